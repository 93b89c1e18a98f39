extension Value {
    /// The largest magnitude a number in an input or an override may have: 10¹⁵.
    ///
    /// No statistic of a county or province comes near it (a province's yearly education budget
    /// in yuan is about 10¹¹), and below it a Double still holds every whole number exactly
    /// (up to 2⁵³ ≈ 9·10¹⁵), so sums of up to a million such values neither overflow to
    /// infinity nor drop units. A 1e308 would otherwise add up to infinity, and reach the caller
    /// as an encoder's error instead of a rule naming the field.
    public static let largestMagnitude = 1e15

    /// Why `number` cannot be used, or `nil` when it can: not finite, or beyond ``largestMagnitude``.
    public static func magnitudeIssue(_ number: Double) -> (rule: ValidationRule, zh: String, en: String)? {
        guard number.isFinite else {
            return (.notFinite, "不是有限数（NaN 或无穷）", "must be a finite number, not NaN or infinity")
        }
        guard abs(number) <= Self.largestMagnitude else {
            return (.tooLarge, "超出允许的数量级（绝对值不得超过 10¹⁵），实际为 \(number)", "must not exceed 10¹⁵ in magnitude; got \(number)")
        }
        return nil
    }
}
