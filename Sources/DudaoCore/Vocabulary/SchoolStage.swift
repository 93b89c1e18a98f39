/// A 学段 of school education. Every assessment that speaks of stages uses this one type, so a
/// county reports "primary" and "junior" the same way to each of them.
public enum SchoolStage: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case primary
    case junior
    /// Matters to compulsory-education rules only where 十二年一贯制 schools and 完全中学 share
    /// their buildings with it.
    case senior

    /// The two compulsory stages, in report order.
    public static let compulsory: [SchoolStage] = [.primary, .junior]

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

    /// The unit kind of a school (or a school's part) that teaches this stage only.
    public var unitKind: UnitKind {
        switch self {
        case .primary: .primary
        case .junior: .junior
        case .senior: .senior
        }
    }

    /// The stage's place in `allCases` (report order), for comparing stages and for tables made
    /// once per stage.
    public var index: Int {
        switch self {
        case .primary: 0
        case .junior: 1
        case .senior: 2
        }
    }

    public static func < (lhs: SchoolStage, rhs: SchoolStage) -> Bool {
        lhs.index < rhs.index
    }
}
