import DudaoCore
import Testing

struct AverageComparisonTests {
    @Test("compares averages from totals and prices the gap for the whole group")
    func below() throws {
        let comparison = try #require(AverageComparison(total: 240_000_000, headcount: 2000, referenceTotal: 196_500_000, referenceHeadcount: 1500))
        #expect(comparison.average == 120_000)
        #expect(comparison.referenceAverage == 131_000)
        #expect(comparison.difference == -11_000)
        #expect(comparison.ratio == 120_000.0 / 131_000.0)
        #expect(comparison.perCapitaGap == 11_000)
        #expect(comparison.totalGap == 22_000_000)
    }

    @Test("has no gap when the group is above the target share of the reference")
    func aboveTarget() throws {
        let comparison = try #require(AverageComparison(total: 80, headcount: 1, referenceTotal: 100, referenceHeadcount: 1, target: 0.75))
        #expect(comparison.perCapitaGap == 0)
        #expect(comparison.totalGap == 0)
        let short = try #require(AverageComparison(total: 70, headcount: 2, referenceTotal: 100, referenceHeadcount: 1, target: 0.75))
        #expect(short.perCapitaGap == 40)
        #expect(short.totalGap == 80)
    }

    @Test("has no value for an empty group or a zero reference", arguments: [(1.0, 0.0, 1.0, 1.0), (1.0, 1.0, 0.0, 1.0), (1.0, 1.0, 1.0, 0.0), (-1.0, 1.0, 1.0, 1.0)])
    func undefined(_ figures: (Double, Double, Double, Double)) {
        #expect(AverageComparison(total: figures.0, headcount: figures.1, referenceTotal: figures.2, referenceHeadcount: figures.3) == nil)
    }
}
