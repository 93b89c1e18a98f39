/// What a leaf of a scored tree measures: the input field, the target and the credit rule.
public struct TreeLeaf: Sendable, Hashable, Codable {
    /// The input key holding the leaf's value. A yes/no field reads as 1 (yes) or 0 (no).
    public var field: String
    public var target: Double
    public var comparator: Comparator
    public var credit: CreditRule
    /// The unit of the value and target, e.g. `%` as a fraction, `元`, `:1`.
    public var unit: String?

    public init(field: String, target: Double, comparator: Comparator = .atLeast, credit: CreditRule = .allOrNothing, unit: String? = nil) {
        self.field = field
        self.target = target
        self.comparator = comparator
        self.credit = credit
        self.unit = unit
    }

    /// A yes/no leaf: full weight when the field is true.
    public static func yes(_ field: String) -> TreeLeaf {
        TreeLeaf(field: field, target: 1, comparator: .isTrue, credit: .allOrNothing)
    }
}
