public import DudaoCore
public import DudaoProto

extension AssessmentResult {
    /// The whole result on the wire; ``init(proto:)`` reads it back equal.
    public var proto: Dudao_V1_AssessmentResult {
        var proto = Dudao_V1_AssessmentResult()
        proto.assessment = self.assessment
        proto.assessmentVersion = self.assessmentVersion
        proto.titleZh = self.titleZh
        proto.titleEn = self.titleEn
        proto.edition = self.edition.proto
        proto.parameters = self.parameters.map(\.proto)
        proto.parameterOverrides = self.parameterOverrides.proto
        proto.subject = self.subject.proto
        proto.period = self.period.proto
        proto.verdict = self.verdict.proto
        proto.reasons = self.reasons.map(\.proto)
        var units = UnitTable()
        proto.indicators = self.indicators.map { $0.proto(units: &units) }
        proto.units = units.labels
        proto.vetoes = self.vetoes.map(\.proto)
        proto.findings = self.findings.map(\.proto)
        proto.warnings = self.warnings.map(\.proto)
        proto.missing = self.missing.map(\.proto)
        proto.measures = self.measures
        proto.inputDigest = self.inputDigest
        return proto
    }

    /// Reads a result from the wire, as a client does with an `EvaluateResponse`.
    ///
    /// - Throws: ``DudaoError`` ``DudaoError/Code/invalidArgument`` with one violation per field
    ///   the domain cannot accept (unset enums and `oneof`s, malformed dates).
    public init(proto: Dudao_V1_AssessmentResult) throws {
        self = try ConversionIssues.convert("result") { AssessmentResult(proto: proto, path: "", issues: &$0) }
    }

    init?(proto: Dudao_V1_AssessmentResult, path: String, issues: inout ConversionIssues) {
        func required<Message>(_ present: Bool, _ name: String, _ read: (String) -> Message?) -> Message? {
            guard present else {
                issues.missing(join(path, name))
                return nil
            }
            return read(join(path, name))
        }
        let edition = required(proto.hasEdition, "edition") { EditionReference(proto: proto.edition, path: $0, issues: &issues) }
        let subject = required(proto.hasSubject, "subject") { Subject(proto: proto.subject, path: $0, issues: &issues) }
        let period = required(proto.hasPeriod, "period") { Period(proto: proto.period, path: $0, issues: &issues) }
        let verdict = Verdict(proto: proto.verdict, path: join(path, "verdict"), issues: &issues)
        let overrides = [String: Value](proto: proto.parameterOverrides, path: join(path, "parameterOverrides"), issues: &issues)
        let parameters = Self.all(proto.parameters, join(path, "parameters")) { Parameter(proto: $0, path: $1, issues: &issues) }
        let reasons = Self.all(proto.reasons, join(path, "reasons")) { Reason(proto: $0, path: $1, issues: &issues) }
        let indicators = Self.all(proto.indicators, join(path, "indicators")) {
            IndicatorResult(proto: $0, units: proto.units, path: $1, issues: &issues)
        }
        let vetoes = Self.all(proto.vetoes, join(path, "vetoes")) { VetoResult(proto: $0, path: $1, issues: &issues) }
        let findings = Self.all(proto.findings, join(path, "findings")) { Finding(proto: $0, path: $1, issues: &issues) }
        guard let edition, let subject, let period, let verdict, let overrides, let parameters, let reasons,
            let indicators, let vetoes, let findings
        else {
            return nil
        }
        self.init(
            assessment: proto.assessment,
            assessmentVersion: proto.assessmentVersion,
            titleZh: proto.titleZh,
            titleEn: proto.titleEn,
            edition: edition,
            parameters: parameters,
            parameterOverrides: overrides,
            subject: subject,
            period: period,
            verdict: verdict,
            reasons: reasons,
            indicators: indicators,
            vetoes: vetoes,
            findings: findings,
            warnings: proto.warnings.map(Warning.init(proto:)),
            missing: proto.missing.map(MissingField.init(proto:)),
            measures: proto.measures,
            inputDigest: proto.inputDigest
        )
    }

    /// Converts every element, or returns `nil` when any of them could not be converted.
    static func all<Message, Element>(
        _ messages: [Message],
        _ path: String,
        _ convert: (Message, String) -> Element?
    ) -> [Element]? {
        var elements: [Element] = []
        elements.reserveCapacity(messages.count)
        for (index, message) in messages.enumerated() {
            if let element = convert(message, "\(path)[\(index)]") {
                elements.append(element)
            }
        }
        return elements.count == messages.count ? elements : nil
    }
}

extension Verdict {
    public var proto: Dudao_V1_Verdict {
        switch self {
        case .pass: .pass
        case .fail: .fail
        case .notAssessable: .notAssessable
        }
    }

    init?(proto: Dudao_V1_Verdict, path: String, issues: inout ConversionIssues) {
        switch proto {
        case .pass: self = .pass
        case .fail: self = .fail
        case .notAssessable: self = .notAssessable
        case .unspecified:
            issues.missing(path)
            return nil
        case .UNRECOGNIZED(let number):
            issues.invalid(path, zh: "未知的结论 \(number)", en: "unknown verdict \(number)")
            return nil
        }
    }
}

extension Outcome {
    public var proto: Dudao_V1_Outcome {
        switch self {
        case .met: .met
        case .notMet: .notMet
        case .notAssessable: .notAssessable
        }
    }

    init?(proto: Dudao_V1_Outcome, path: String, issues: inout ConversionIssues) {
        switch proto {
        case .met: self = .met
        case .notMet: self = .notMet
        case .notAssessable: self = .notAssessable
        case .unspecified:
            issues.missing(path)
            return nil
        case .UNRECOGNIZED(let number):
            issues.invalid(path, zh: "未知的结果 \(number)", en: "unknown outcome \(number)")
            return nil
        }
    }
}

extension Reason {
    public var proto: Dudao_V1_Reason {
        var proto = Dudao_V1_Reason()
        proto.code = self.code
        if let scope = self.scope { proto.scope = scope }
        proto.kind =
            switch self.kind {
            case .vetoFired: .vetoFired
            case .notMet: .notMet
            case .notAssessable: .notAssessable
            }
        proto.nameZh = self.nameZh
        proto.nameEn = self.nameEn
        proto.messageZh = self.messageZh
        proto.messageEn = self.messageEn
        return proto
    }

    init?(proto: Dudao_V1_Reason, path: String, issues: inout ConversionIssues) {
        let kind: Kind
        switch proto.kind {
        case .vetoFired: kind = .vetoFired
        case .notMet: kind = .notMet
        case .notAssessable: kind = .notAssessable
        case .unspecified:
            issues.missing(join(path, "kind"))
            return nil
        case .UNRECOGNIZED(let number):
            issues.invalid(join(path, "kind"), zh: "未知的原因类型 \(number)", en: "unknown reason kind \(number)")
            return nil
        }
        var scope: String?
        if case .scope(let text)? = proto.scopePresent { scope = text }
        self.init(code: proto.code, scope: scope, kind: kind, nameZh: proto.nameZh, nameEn: proto.nameEn, zh: proto.messageZh, en: proto.messageEn)
    }
}
