/// A matter that needs rectification (整改事项): which unit, which indicator, how far short.
public struct Finding: Sendable, Hashable, Codable {
    public var unitID: String?
    public var unitName: String?
    public var indicatorCode: String
    public var scope: String?
    public var nameZh: String
    public var nameEn: String
    public var value: Double?
    public var threshold: Double?
    /// How far the value is from the threshold, in the indicator's unit (always ≥ 0).
    public var shortfall: Double?
    public var unit: String?
    /// A date by which it must be rectified, where the standard sets one.
    public var deadline: CalendarDate?
    public var messageZh: String
    public var messageEn: String

    public init(
        unitID: String? = nil,
        unitName: String? = nil,
        indicatorCode: String,
        scope: String? = nil,
        nameZh: String,
        nameEn: String,
        value: Double? = nil,
        threshold: Double? = nil,
        shortfall: Double? = nil,
        unit: String? = nil,
        deadline: CalendarDate? = nil,
        zh: String,
        en: String
    ) {
        self.unitID = unitID
        self.unitName = unitName
        self.indicatorCode = indicatorCode
        self.scope = scope
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.value = value
        self.threshold = threshold
        self.shortfall = shortfall
        self.unit = unit
        self.deadline = deadline
        self.messageZh = zh
        self.messageEn = en
    }
}

/// Something the reader should know that does not change the verdict by itself.
public struct Warning: Sendable, Hashable, Codable {
    public var code: String
    public var messageZh: String
    public var messageEn: String
    public var unitIDs: [String]

    public init(code: String, zh: String, en: String, unitIDs: [String] = []) {
        self.code = code
        self.messageZh = zh
        self.messageEn = en
        self.unitIDs = unitIDs
    }
}
