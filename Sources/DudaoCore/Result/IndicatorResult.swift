/// The result of one indicator for the subject, or for one scope of it (a 学段).
public struct IndicatorResult: Sendable, Hashable, Codable {
    public var code: String
    /// The part of the subject it covers, e.g. `primary` or `junior`; `nil` for the whole subject.
    public var scope: String?
    public var nameZh: String
    public var nameEn: String
    public var group: String
    public var unit: String?
    /// The unrounded value; `nil` when not assessable.
    public var value: Double?
    public var threshold: Double?
    public var comparator: Comparator
    public var outcome: Outcome
    public var decimals: Int
    public var gating: Bool
    public var citation: Citation
    /// The weakest status of the rule and the figures it used.
    public var status: StatusTag
    /// Per-unit values where the indicator is computed across units.
    public var breakdown: [UnitMeasure]
    public var explanationZh: String
    public var explanationEn: String

    /// Builds a result from its definition.
    public init(
        _ definition: IndicatorDefinition,
        scope: String? = nil,
        value: Double?,
        threshold: Double?,
        outcome: Outcome? = nil,
        status: StatusTag? = nil,
        breakdown: [UnitMeasure] = [],
        zh: String,
        en: String
    ) {
        self.code = definition.code
        self.scope = scope
        self.nameZh = definition.nameZh
        self.nameEn = definition.nameEn
        self.group = definition.group
        self.unit = definition.unit
        self.value = value
        self.threshold = threshold
        self.comparator = definition.comparator
        self.decimals = definition.decimals
        self.gating = definition.gating
        self.citation = definition.citation
        self.status = max(definition.status, status ?? definition.status)
        self.breakdown = breakdown
        self.explanationZh = zh
        self.explanationEn = en
        if let outcome {
            self.outcome = outcome
        } else if let value, let threshold {
            self.outcome = definition.comparator.holds(value, threshold) ? .met : .notMet
        } else {
            self.outcome = .notAssessable
        }
    }

    /// The value as displayed, rounded to the indicator's decimals.
    public var displayValue: String { self.value.map { Rounding.format($0, decimals: self.decimals) } ?? "—" }
    public var displayThreshold: String { self.threshold.map { Rounding.format($0, decimals: self.decimals) } ?? "—" }
}

/// One unit's value of an indicator.
public struct UnitMeasure: Sendable, Hashable, Codable {
    public var unitID: String
    public var unitName: String
    public var scope: String?
    public var value: Double?
    public var threshold: Double?
    public var outcome: Outcome
    /// The unit's weight in a statistic across units (Pᵢ/P of an enrolment-weighted 差异系数).
    public var weight: Double?
    public var note: String?

    public init(
        unitID: String,
        unitName: String,
        scope: String? = nil,
        value: Double?,
        threshold: Double?,
        outcome: Outcome,
        weight: Double? = nil,
        note: String? = nil
    ) {
        self.unitID = unitID
        self.unitName = unitName
        self.scope = scope
        self.value = value
        self.threshold = threshold
        self.outcome = outcome
        self.weight = weight
        self.note = note
    }
}
