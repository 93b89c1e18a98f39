/// The 综合差异系数: the arithmetic mean of several single 差异系数 of one 学段.
///
/// The 基本均衡 method (教督〔2012〕3号) judged a county on this composite; it is reproduced on 23
/// published county rows only when the single coefficients enter unrounded and the mean is rounded
/// once, for display (REFERENCE §1.8 and the appendix). Keeping the parts lets a report show them.
public struct CompositeCoefficient: Sendable, Hashable, Codable {
    /// The single coefficients, unrounded, in the order given.
    public var components: [Double]
    /// Their arithmetic mean, unrounded.
    public var value: Double

    /// The mean of `components`, or `nil` when there are none or one is not finite.
    public init?(_ components: [Double]) {
        guard !components.isEmpty, components.allSatisfy(\.isFinite) else { return nil }
        self.components = components
        self.value = components.reduce(0, +) / Double(components.count)
    }

    /// The composite of computed coefficients.
    public init?(_ coefficients: [DifferenceCoefficient]) {
        self.init(coefficients.map(\.coefficient))
    }
}
