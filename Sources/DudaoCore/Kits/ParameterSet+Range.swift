extension ParameterSet {
    /// An issue when the numeric parameter `key` lies outside `range`, for an assessment's
    /// ``Assessment/validate(_:parameters:)`` to refuse a what-if override that makes no sense
    /// (a sampling share above 1, a negative rectification period).
    public func issue(_ key: String, outside range: ClosedRange<Double>) -> ValidationIssue? {
        guard let value = self[key]?.value.numberValue, !range.contains(value) else { return nil }
        return ValidationIssue(
            path: "parameterOverrides.\(key)", rule: .outOfRange,
            zh: "参数 \(key) 应在 \(range.lowerBound) … \(range.upperBound) 之间，实际为 \(value)",
            en: "parameter \(key) must lie in \(range.lowerBound) … \(range.upperBound); got \(value)"
        )
    }
}
