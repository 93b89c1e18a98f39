/// One group's average set against a reference group's average, from raw totals.
///
/// Several standards ask whether one group's average pay is "not lower than" another's: compulsory
/// teachers against local civil servants (《教师法》 art. 25), or a public kindergarten's teachers
/// without 编制 against those with it (教督〔2020〕1号). Both are averages of totals over head
/// counts, compared by difference and ratio; the gap is what it would cost to close the difference
/// for every member of the compared group.
public struct AverageComparison: Sendable, Hashable, Codable {
    /// Total paid to the compared group, and its head count.
    public var total: Double
    public var headcount: Double
    /// Total paid to the reference group, and its head count.
    public var referenceTotal: Double
    public var referenceHeadcount: Double

    /// The compared group's average: `total / headcount`.
    public var average: Double
    /// The reference group's average.
    public var referenceAverage: Double
    /// `average − referenceAverage`; negative when the compared group is below.
    public var difference: Double
    /// `average / referenceAverage`.
    public var ratio: Double
    /// How much each member of the compared group would need to reach `target × referenceAverage`;
    /// zero when already there.
    public var perCapitaGap: Double
    /// `perCapitaGap × headcount`: the funding that would close the gap for the whole group.
    public var totalGap: Double

    /// Compares the averages, or returns `nil` when a head count or the reference total is not
    /// positive (an average of nobody, or a zero reference, has no ratio).
    ///
    /// - Parameter target: the share of the reference average the compared group must reach
    ///   (1 for "not lower than", 0.75 for "at least 75% of").
    public init?(total: Double, headcount: Double, referenceTotal: Double, referenceHeadcount: Double, target: Double = 1) {
        guard headcount > 0, referenceHeadcount > 0, referenceTotal > 0, total >= 0,
            [total, headcount, referenceTotal, referenceHeadcount, target].allSatisfy(\.isFinite)
        else { return nil }
        self.total = total
        self.headcount = headcount
        self.referenceTotal = referenceTotal
        self.referenceHeadcount = referenceHeadcount
        self.average = total / headcount
        self.referenceAverage = referenceTotal / referenceHeadcount
        self.difference = self.average - self.referenceAverage
        self.ratio = self.average / self.referenceAverage
        self.perCapitaGap = max(0, target * self.referenceAverage - self.average)
        self.totalGap = self.perCapitaGap * headcount
    }
}
