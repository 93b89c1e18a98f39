/// One figure of an edition of a standard: a threshold, a limit, a weight, a rule choice.
///
/// Every threshold that is not confirmed lives here, never as a constant in code, so that a later
/// edition (or a caller's what-if override) can change it and every result shows what was used.
public struct Parameter: Sendable, Hashable, Codable {
    /// Stable key, e.g. `resource.primary.qualified_teachers_per_100`.
    public var key: String
    public var nameZh: String
    public var nameEn: String
    public var value: Value
    public var unit: String?
    public var citation: Citation
    public var status: StatusTag
    /// Where the value is a choice among presets (e.g. the 一贯制 split rule), the allowed values.
    public var allowedValues: [Value]?

    public init(
        _ key: String,
        _ value: Value,
        nameZh: String,
        nameEn: String,
        unit: String? = nil,
        citation: Citation,
        status: StatusTag,
        allowedValues: [Value]? = nil
    ) {
        self.key = key
        self.value = value
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.unit = unit
        self.citation = citation
        self.status = status
        self.allowedValues = allowedValues
    }
}
