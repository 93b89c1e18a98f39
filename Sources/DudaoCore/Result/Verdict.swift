/// The overall judgement of an evaluation.
public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
    /// 达标 / 认定
    case pass
    /// 未达标
    case fail
    /// 不可评估: needed data are missing and nothing has failed yet.
    case notAssessable = "not_assessable"

    public var nameZh: String {
        switch self {
        case .pass: "达标"
        case .fail: "未达标"
        case .notAssessable: "不可评估"
        }
    }

    public var nameEn: String {
        switch self {
        case .pass: "pass"
        case .fail: "fail"
        case .notAssessable: "not assessable"
        }
    }
}

/// The outcome of one indicator, rule or check.
public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
    case met
    case notMet = "not_met"
    case notAssessable = "not_assessable"

    public var nameZh: String {
        switch self {
        case .met: "达标"
        case .notMet: "未达标"
        case .notAssessable: "不可评估"
        }
    }

    /// Combines outcomes that must all hold: any not met wins, then any not assessable.
    ///
    /// Inlinable, so that modules calling it in their loops get it specialised for their sequence.
    @inlinable
    public static func all(_ outcomes: some Sequence<Outcome>) -> Outcome {
        var result = Outcome.met
        for outcome in outcomes {
            if outcome == .notMet { return .notMet }
            if outcome == .notAssessable { result = .notAssessable }
        }
        return result
    }
}
