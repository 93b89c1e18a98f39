/// What an assessment module returns: its items and findings. The verdict follows from them.
public struct Evaluation: Sendable, Hashable, Codable {
    public var indicators: [IndicatorResult]
    public var vetoes: [VetoResult]
    public var findings: [Finding]
    public var warnings: [Warning]
    /// Values a module wants to carry for batch views (e.g. a composite score), keyed by name.
    public var measures: [String: Double]

    public init(
        indicators: [IndicatorResult] = [],
        vetoes: [VetoResult] = [],
        findings: [Finding] = [],
        warnings: [Warning] = [],
        measures: [String: Double] = [:]
    ) {
        self.indicators = indicators
        self.vetoes = vetoes
        self.findings = findings
        self.warnings = warnings
        self.measures = measures
    }

    /// Fail if any gating item is not met or any veto fired; else not assessable if any is
    /// unknown; else pass. A known failure is reported even when other data are missing.
    public var verdict: Verdict {
        let failed = self.indicators.contains { $0.gating && $0.outcome == .notMet } || self.vetoes.contains { $0.fired == true }
        if failed { return .fail }
        let unknown = self.indicators.contains { $0.gating && $0.outcome == .notAssessable } || self.vetoes.contains { $0.fired == nil }
        return unknown ? .notAssessable : .pass
    }

    /// Every item that decides a fail or a not-assessable verdict, named.
    public var reasons: [Reason] {
        var reasons: [Reason] = []
        for veto in self.vetoes where veto.fired != false {
            reasons.append(Reason(code: veto.code, scope: nil, kind: veto.fired == true ? .vetoFired : .notAssessable, nameZh: veto.nameZh, nameEn: veto.nameEn, messageZh: veto.explanationZh, messageEn: veto.explanationEn))
        }
        for indicator in self.indicators where indicator.gating && indicator.outcome != .met {
            reasons.append(
                Reason(
                    code: indicator.code, scope: indicator.scope,
                    kind: indicator.outcome == .notMet ? .notMet : .notAssessable,
                    nameZh: indicator.nameZh, nameEn: indicator.nameEn,
                    messageZh: indicator.explanationZh, messageEn: indicator.explanationEn
                )
            )
        }
        return reasons.sorted { ($0.kind.rank, $0.code) < ($1.kind.rank, $1.code) }
    }
}

/// A failing or unknown item that the verdict rests on.
public struct Reason: Sendable, Hashable, Codable {
    public var code: String
    public var scope: String?
    public var kind: Kind
    public var nameZh: String
    public var nameEn: String
    public var messageZh: String
    public var messageEn: String

    public enum Kind: String, Sendable, Hashable, Codable {
        case vetoFired = "veto_fired"
        case notMet = "not_met"
        case notAssessable = "not_assessable"

        var rank: Int {
            switch self {
            case .vetoFired: 0
            case .notMet: 1
            case .notAssessable: 2
            }
        }
    }
}
