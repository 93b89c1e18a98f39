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

    /// The region prefixes to query when a caller in this scope asks for `requested` (`nil` for
    /// every region): the part of its request that lies inside the scope, as one prefix per
    /// allowed branch. A list method runs its query once per prefix, so its results are filtered
    /// to the scope; an empty answer means nothing is visible.
    ///
    /// `[nil]` means no restriction. With scope `3301` a request for `33` becomes `["3301"]`, and
    /// a request for `330106` stays `["330106"]`; a request for `3302` becomes `[]`.
    public func prefixes(within requested: String?) -> [String?] {
        switch self {
        case .all:
            return [requested]
        case .prefixes(let allowed):
            var result = Set<String>()
            for prefix in allowed where !prefix.isEmpty {
                guard let requested else {
                    result.insert(prefix)
                    continue
                }
                if requested.hasPrefix(prefix) {
                    result.insert(requested)
                } else if prefix.hasPrefix(requested) {
                    result.insert(prefix)
                }
            }
            // A prefix covered by a shorter one adds nothing.
            let minimal = result.filter { code in !result.contains { $0 != code && code.hasPrefix($0) } }
            return minimal.sorted()
        }
    }
}
