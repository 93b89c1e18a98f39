/// The region codes a caller may evaluate and read: every code, or those starting with one of a
/// set of prefixes.
///
/// Region codes are the administrative division codes (行政区划代码): `33` is Zhejiang, `3301`
/// Hangzhou, `330106` Xihu district. A prefix covers every code under it, so a city's prefix
/// covers its counties.
public enum RegionScope: Sendable, Hashable {
    /// No region restriction: the provincial platform, or a daemon without a policy.
    case all
    /// Codes starting with one of these prefixes; an empty set covers nothing.
    case prefixes(Set<String>)

    /// Builds a scope from a policy's region list, where `*` stands for every code.
    public init(_ regions: [String]) {
        if regions.contains("*") {
            self = .all
        } else {
            self = .prefixes(Set(regions))
        }
    }

    /// Whether `code` lies in the scope.
    public func contains(_ code: String) -> Bool {
        switch self {
        case .all:
            return true
        case .prefixes(let prefixes):
            return prefixes.contains { !$0.isEmpty && code.hasPrefix($0) }
        }
    }
}
