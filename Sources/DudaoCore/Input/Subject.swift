/// Who is assessed: a region (by its GB/T 2260 code) or an institution (by its school code).
public struct Subject: Sendable, Hashable, Codable {
    public var kind: SubjectKind
    /// GB/T 2260 region code (`330110`) or the 10-digit national 学校标识码 / the data set's own id.
    public var code: String
    public var name: String

    public init(kind: SubjectKind, code: String, name: String) {
        self.kind = kind
        self.code = code
        self.name = name
    }
}

/// The level of the assessed subject.
public enum SubjectKind: String, Sendable, Hashable, Codable, CaseIterable {
    case province
    case city
    case county
    /// 功能区 or 经济技术开发区, which have no county code of their own.
    case zone
    case school
    case kindergarten

    public var nameZh: String {
        switch self {
        case .province: "省"
        case .city: "设区市"
        case .county: "县（市、区）"
        case .zone: "功能区"
        case .school: "学校"
        case .kindergarten: "幼儿园"
        }
    }
}
