/// A field an input gave under a deprecated key, and the key it was read as.
public struct RenamedField: Sendable, Hashable, Codable {
    /// Where the old key stood, e.g. `units[3].sports_area_m2`.
    public var path: String
    public var deprecatedKey: String
    public var key: String

    public init(path: String, deprecatedKey: String, key: String) {
        self.path = path
        self.deprecatedKey = deprecatedKey
        self.key = key
    }

    /// One warning for every use of the same deprecated key, listing where it stood.
    static func warnings(_ renamed: [RenamedField]) -> [Warning] {
        let byKey = Dictionary(grouping: renamed) { "\($0.deprecatedKey)\u{0}\($0.key)" }
        return byKey.keys.sorted().compactMap { group in
            guard let uses = byKey[group], let first = uses.first else { return nil }
            let places = uses.count == 1 ? first.path : "\(first.path) and \(uses.count - 1) more"
            return Warning(
                code: "deprecated_field",
                zh: "字段 \(first.deprecatedKey) 已更名为 \(first.key)（\(places)），已按新名读取；请改用 \(first.key)",
                en: "field \(first.deprecatedKey) is deprecated; read as \(first.key) (\(places)); use \(first.key) instead"
            )
        }
    }
}
