import DudaoPublish
import Testing

@Suite struct NumberStyleTests {
    @Test func moneyIsWholeYuanWithThousandsSeparators() {
        #expect(NumberStyle(unit: "元", decimals: 2).format(1_234_567.5) == "1,234,568")
        #expect(NumberStyle.money.format(-9_876.4) == "-9,876")
        #expect(NumberStyle.money.format(999) == "999")
    }

    @Test func ratesArePercentagesAtTheStandardsDecimals() {
        // A rate kept at 3 decimals as a fraction is 1 decimal as a percentage.
        #expect(NumberStyle(unit: "%", decimals: 3).format(0.9555) == "95.6%")
        #expect(NumberStyle(unit: "%", decimals: 2).format(0.95) == "95%")
    }

    @Test func coefficientsHaveThreeDecimalsAndCountsNone() {
        #expect(NumberStyle.coefficient.format(0.41249) == "0.412")
        #expect(NumberStyle(unit: "人", decimals: 0).format(12_345) == "12,345")
        #expect(NumberStyle.count.format(7) == "7")
    }

    @Test func excelFormatsShowTheSameWay() {
        #expect(NumberStyle.money.excelFormat == "#,##0")
        #expect(NumberStyle.percent(decimals: 1).excelFormat == "0.0%")
        #expect(NumberStyle.coefficient.excelFormat == "0.000")
    }
}
