/// A unit record inside the assessed subject: a school, a kindergarten, a teaching point, a zone.
public struct Unit: Sendable, Hashable, Codable {
    /// The national 学校标识码 where known, else the data set's own stable id.
    public var id: String
    public var name: String
    public var kind: UnitKind
    public var fields: [String: FieldValue]

    public init(id: String, name: String, kind: UnitKind, fields: [String: FieldValue] = [:]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.fields = fields
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, kind, fields
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
        self.kind = try container.decode(UnitKind.self, forKey: .kind)
        self.fields = try container.decodeIfPresent([String: FieldValue].self, forKey: .fields) ?? [:]
    }
}

/// The kind of a unit record; each assessment's schema lists the kinds it accepts.
public struct UnitKind: RawRepresentable, Sendable, Hashable, Codable, Comparable, ExpressibleByStringLiteral {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: any Decoder) throws {
        self.rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(self.rawValue)
    }

    public static func < (lhs: UnitKind, rhs: UnitKind) -> Bool { lhs.rawValue < rhs.rawValue }

    /// 小学
    public static let primary: UnitKind = "primary"
    /// 初中
    public static let junior: UnitKind = "junior"
    /// 九年一贯制学校
    public static let nineYear: UnitKind = "nine_year"
    /// 十二年一贯制学校
    public static let twelveYear: UnitKind = "twelve_year"
    /// 完全中学
    public static let completeSecondary: UnitKind = "complete_secondary"
    /// 普通高中
    public static let senior: UnitKind = "senior"
    /// 教学点
    public static let teachingPoint: UnitKind = "teaching_point"
    /// 特殊教育学校
    public static let special: UnitKind = "special"
    /// 中等职业学校
    public static let vocational: UnitKind = "vocational"
    /// 幼儿园
    public static let kindergarten: UnitKind = "kindergarten"
}
