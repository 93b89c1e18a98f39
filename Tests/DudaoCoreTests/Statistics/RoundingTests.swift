import DudaoCore
import Testing

struct RoundingTests {
    @Test(
        "rounds half away from zero on the decimal form, only for display",
        arguments: [
            (2.675, 2, "2.68"), (0.445, 2, "0.45"), (0.4, 2, "0.40"), (5.0, 0, "5"), (-1.005, 2, "-1.01"),
            (0.123456, 3, "0.123"), (89.81, 1, "89.8"), (1e-5, 3, "0.000"), (0.96, 0, "1"), (9.995, 2, "10.00"),
            (-0.004, 2, "0.00"), (123_456.5, 0, "123457"), (0.05, 1, "0.1"), (1e20, 0, "100000000000000000000"),
            (1.5e-7, 6, "0.000000"), (5e-7, 6, "0.000001"), (0, 2, "0.00"), (170_090_421.155, 2, "170090421.16"),
            (0.0001, 4, "0.0001"), (99.5, 0, "100"), (100, 1, "100.0"), (2e16, 0, "20000000000000000"), (0.999, 2, "1.00"),
        ]
    )
    func format(value: Double, decimals: Int, expected: String) {
        #expect(Rounding.format(value, decimals: decimals) == expected)
        #expect(Rounding.round(value, decimals: decimals) == Double(expected))
    }

    @Test(
        "sums are grouped by thousands after rounding",
        arguments: [
            (170_090_421.155, 2, "170,090,421.16"), (999.995, 2, "1,000.00"), (-1234.5, 0, "-1,235"), (-0.004, 2, "0.00"),
            (123, 0, "123"), (1234.5678, 1, "1,234.6"), (123_456, 0, "123,456"), (1e20, 0, "100,000,000,000,000,000,000"),
        ]
    )
    func grouped(value: Double, decimals: Int, expected: String) {
        #expect(Rounding.grouped(value, decimals: decimals) == expected)
    }

    @Test("percentages show a fraction in percent")
    func percent() {
        #expect(Rounding.percent(0.8765) == "87.7%")
        #expect(Rounding.percent(0.85, decimals: 0) == "85%")
        #expect(Rounding.percent(1.0323, decimals: 2) == "103.23%")
        #expect(Rounding.percent(0, decimals: 0) == "0%")
        #expect(Rounding.percent(0, decimals: 1) == "0.0%")
        #expect(Rounding.shortPercent(0) == "0%")
    }

    @Test("per-100 and shares come from raw totals and have no value without a base")
    func ratios() {
        #expect(Ratios.per100(21, pupils: 500) == 4.2)
        #expect(Ratios.per100(1, pupils: 0) == nil)
        #expect(Ratios.share(3, of: 4) == 0.75)
        #expect(Ratios.share(3, of: 0) == nil)
        #expect(Ratios.quantile([1, 2, 3, 4], 0.25) == 1.75)
        #expect(Ratios.mean([]) == nil)
    }
}
