/// A 学段. The resource indicators are judged separately for 小学 and 初中; 高中 matters only
/// because 十二年一贯制 schools and 完全中学 share their buildings with it.
public enum Stage: String, Sendable, Hashable, CaseIterable, Comparable {
    case primary
    case junior
    case senior

    /// The two compulsory stages, in report order.
    public static let compulsory: [Stage] = [.primary, .junior]

    public var nameZh: String {
        switch self {
        case .primary: "小学"
        case .junior: "初中"
        case .senior: "高中"
        }
    }

    public var nameEn: String {
        switch self {
        case .primary: "primary"
        case .junior: "junior secondary"
        case .senior: "senior secondary"
        }
    }

    /// The unit field holding this stage's 在校生数.
    public var pupilsKey: String { "\(self.rawValue)_pupils" }

    public static func < (lhs: Stage, rhs: Stage) -> Bool {
        Self.allCases.firstIndex(of: lhs)! < Self.allCases.firstIndex(of: rhs)!
    }
}
