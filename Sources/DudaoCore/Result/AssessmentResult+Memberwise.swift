// Memberwise initialisers for the result types whose only other initialisers derive them from an
// evaluation. A result read back from the wire or from storage has no descriptor or evaluation to
// derive from; it must be rebuilt field by field so that it equals the result that was sent.

extension AssessmentResult {
    /// Rebuilds a result from its stored or transmitted fields.
    public init(
        assessment: String,
        assessmentVersion: String,
        titleZh: String,
        titleEn: String,
        edition: EditionReference,
        parameters: [Parameter],
        parameterOverrides: [String: Value],
        subject: Subject,
        period: Period,
        verdict: Verdict,
        reasons: [Reason],
        indicators: [IndicatorResult],
        vetoes: [VetoResult],
        findings: [Finding],
        warnings: [Warning],
        missing: [MissingField],
        measures: [String: Double],
        inputDigest: String
    ) {
        self.assessment = assessment
        self.assessmentVersion = assessmentVersion
        self.titleZh = titleZh
        self.titleEn = titleEn
        self.edition = edition
        self.parameters = parameters
        self.parameterOverrides = parameterOverrides
        self.subject = subject
        self.period = period
        self.verdict = verdict
        self.reasons = reasons
        self.indicators = indicators
        self.vetoes = vetoes
        self.findings = findings
        self.warnings = warnings
        self.missing = missing
        self.measures = measures
        self.inputDigest = inputDigest
    }
}

extension EditionReference {
    /// Rebuilds a reference from its stored or transmitted fields.
    public init(id: String, titleZh: String, titleEn: String, effectiveFrom: CalendarDate, effectiveUntil: CalendarDate?) {
        self.id = id
        self.titleZh = titleZh
        self.titleEn = titleEn
        self.effectiveFrom = effectiveFrom
        self.effectiveUntil = effectiveUntil
    }
}

extension IndicatorResult {
    /// Rebuilds an indicator result from its stored or transmitted fields, outcome and status as given.
    public init(
        code: String,
        scope: String?,
        nameZh: String,
        nameEn: String,
        group: String,
        unit: String?,
        value: Double?,
        threshold: Double?,
        comparator: Comparator,
        outcome: Outcome,
        decimals: Int,
        gating: Bool,
        citation: Citation,
        status: StatusTag,
        breakdown: [UnitMeasure],
        explanationZh: String,
        explanationEn: String
    ) {
        self.code = code
        self.scope = scope
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.group = group
        self.unit = unit
        self.value = value
        self.threshold = threshold
        self.comparator = comparator
        self.outcome = outcome
        self.decimals = decimals
        self.gating = gating
        self.citation = citation
        self.status = status
        self.breakdown = breakdown
        self.explanationZh = explanationZh
        self.explanationEn = explanationEn
    }
}

extension Reason {
    /// Rebuilds a reason from its stored or transmitted fields.
    ///
    /// The synthesized memberwise initialiser stays internal; this one takes the messages as
    /// `zh:`/`en:`, as ``Finding`` does, so that the two do not clash.
    public init(code: String, scope: String?, kind: Kind, nameZh: String, nameEn: String, zh: String, en: String) {
        self.code = code
        self.scope = scope
        self.kind = kind
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.messageZh = zh
        self.messageEn = en
    }
}
