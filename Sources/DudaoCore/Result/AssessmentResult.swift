/// The complete, self-describing result of one evaluation, fit to store and to publish.
public struct AssessmentResult: Sendable, Hashable, Codable {
    public var assessment: String
    /// Version of the module's code that produced it.
    public var assessmentVersion: String
    public var titleZh: String
    public var titleEn: String
    public var edition: EditionReference
    /// The parameters as used, after any overrides.
    public var parameters: [Parameter]
    public var parameterOverrides: [String: Value]
    public var subject: Subject
    public var period: Period
    public var verdict: Verdict
    public var reasons: [Reason]
    public var indicators: [IndicatorResult]
    public var vetoes: [VetoResult]
    public var findings: [Finding]
    public var warnings: [Warning]
    public var missing: [MissingField]
    public var measures: [String: Double]
    /// The digest of the canonical input, `sha256-bin:` and 64 hex digits (see ``InputDigest``).
    public var inputDigest: String

    public init(
        descriptor: AssessmentDescriptor,
        edition: Edition,
        parameters: ParameterSet,
        input: AssessmentInput,
        evaluation: Evaluation,
        missing: [MissingField],
        inputDigest: String
    ) {
        self.assessment = descriptor.id
        self.assessmentVersion = descriptor.version
        self.titleZh = descriptor.titleZh
        self.titleEn = descriptor.titleEn
        self.edition = EditionReference(edition)
        self.parameters = parameters.all
        self.parameterOverrides = input.parameterOverrides
        self.subject = input.subject
        self.period = input.period
        self.verdict = evaluation.verdict
        self.reasons = evaluation.reasons
        self.indicators = evaluation.indicators
        self.vetoes = evaluation.vetoes
        self.findings = evaluation.findings
        self.warnings = evaluation.warnings
        self.missing = missing
        self.measures = evaluation.measures
        self.inputDigest = inputDigest
    }

    /// The veto items that fired.
    public var firedVetoes: [VetoResult] { self.vetoes.filter { $0.fired == true } }

    public func indicator(_ code: String, scope: String? = nil) -> IndicatorResult? {
        self.indicators.first { $0.code == code && $0.scope == scope }
    }
}

/// Which edition a result used.
public struct EditionReference: Sendable, Hashable, Codable {
    public var id: String
    public var titleZh: String
    public var titleEn: String
    public var effectiveFrom: CalendarDate
    public var effectiveUntil: CalendarDate?

    public init(_ edition: Edition) {
        self.id = edition.id
        self.titleZh = edition.titleZh
        self.titleEn = edition.titleEn
        self.effectiveFrom = edition.effectiveFrom
        self.effectiveUntil = edition.effectiveUntil
    }
}

/// A judgement over many results evaluated together, e.g. a province's batch or a ranking.
public struct BatchSummary: Sendable, Hashable, Codable {
    public var assessment: String
    public var verdict: Verdict?
    public var titleZh: String
    public var titleEn: String
    /// Rows of a table (a ranking, a roll-up), each keyed by subject code.
    public var rows: [SummaryRow]
    public var statistics: [String: Double]
    public var notesZh: [String]
    public var notesEn: [String]

    public init(assessment: String, verdict: Verdict?, titleZh: String, titleEn: String, rows: [SummaryRow], statistics: [String: Double], notesZh: [String], notesEn: [String]) {
        self.assessment = assessment
        self.verdict = verdict
        self.titleZh = titleZh
        self.titleEn = titleEn
        self.rows = rows
        self.statistics = statistics
        self.notesZh = notesZh
        self.notesEn = notesEn
    }
}

/// One row of a ``BatchSummary``.
public struct SummaryRow: Sendable, Hashable, Codable {
    public var subjectCode: String
    public var subjectName: String
    public var rank: Int?
    public var values: [String: Double]
    public var labels: [String: String]

    public init(subjectCode: String, subjectName: String, rank: Int? = nil, values: [String: Double] = [:], labels: [String: String] = [:]) {
        self.subjectCode = subjectCode
        self.subjectName = subjectName
        self.rank = rank
        self.values = values
        self.labels = labels
    }
}
