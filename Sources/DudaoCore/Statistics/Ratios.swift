/// Ratios computed from raw totals, shared by every assessment.
public enum Ratios {
    /// Resource per 100 pupils (每百名学生拥有…), or `nil` without pupils.
    public static func per100(_ count: Double, pupils: Double) -> Double? {
        pupils > 0 ? count / pupils * 100 : nil
    }

    /// Resource per pupil (生均…), or `nil` without pupils.
    public static func perPupil(_ amount: Double, pupils: Double) -> Double? {
        pupils > 0 ? amount / pupils : nil
    }

    /// `part / whole` as a fraction, or `nil` when the whole is zero.
    public static func share(_ part: Double, of whole: Double) -> Double? {
        whole > 0 ? part / whole : nil
    }

    /// The arithmetic mean, or `nil` for no values.
    public static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// The `q`-quantile (0 … 1) by linear interpolation between closest ranks (type 7, as in
    /// spreadsheet QUARTILE.INC), or `nil` for no values.
    public static func quantile(_ values: [Double], _ q: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let position = q * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
    }
}
