public import DudaoCore

/// One row of the modernization indicator table: a node of the 5 / 12 / 42 tree.
///
/// The weight and, for a leaf, the target are defaults of the shipped edition; the tree reads the
/// edition's parameters (`weight.<code>`, `target.<code>`), so a later 细则 or a what-if run can
/// change them.
public struct ModernizationIndicator: Sendable, Hashable {
    public var code: String
    public var parent: String?
    public var level: IndicatorLevel
    public var nameZh: String
    public var nameEn: String
    public var weight: Double
    public var weightStatus: StatusTag
    public var measure: Measure?

    /// What a leaf reads.
    public struct Measure: Sendable, Hashable {
        public var field: String
        public var kind: Kind
        public var target: Double
        public var comparator: Comparator
        public var targetStatus: StatusTag

        public enum Kind: Sendable, Hashable {
            /// A yes/no fact.
            case yesNo
            /// A share given as a fraction 0 … 1.
            case fraction
            /// A year-on-year growth rate as a fraction (may be negative).
            case growth
            /// Pupils per teacher (the `n` of `n:1`).
            case ratio
            /// A difference coefficient.
            case coefficient
        }

        public var unit: String? {
            switch self.kind {
            case .yesNo: nil
            case .fraction, .growth: "%"
            case .ratio: ":1"
            case .coefficient: nil
            }
        }
    }

    /// The key of the weight parameter.
    public var weightKey: String { "weight.\(self.code)" }
    /// The key of the target parameter (leaves only).
    public var targetKey: String { "target.\(self.code)" }
}
