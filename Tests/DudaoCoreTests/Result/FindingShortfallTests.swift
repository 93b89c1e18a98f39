import DudaoCore
import Testing

struct FindingShortfallTests {
    static let citation = Citation(document: "示例", number: nil, article: nil)

    @Test("the shortfall is the distance to the threshold on the failing side", arguments: [
        (Comparator.atLeast, 0.8, 0.85, 0.05), (.atLeast, 0.9, 0.85, 0.0), (.atMost, 0.7, 0.65, 0.05), (.lessThan, 0.5, 0.65, 0.0),
    ])
    func shortfall(_ comparator: Comparator, _ value: Double, _ threshold: Double, _ expected: Double) throws {
        let shortfall = try #require(comparator.shortfall(value, threshold))
        #expect(abs(shortfall - expected) < 1e-12)
    }

    @Test("yes/no comparators have no distance")
    func yesNo() {
        #expect(Comparator.isTrue.shortfall(0, 1) == nil)
        #expect(Comparator.isFalse.shortfall(1, 0) == nil)
    }

    @Test("a finding built from an indicator carries its value, threshold, shortfall and message")
    func findingFromIndicator() {
        let definition = IndicatorDefinition(code: "X-1", zh: "甲", en: "A", unit: "%", group: "G", comparator: .atLeast, citation: Self.citation, status: .confirmed)
        let result = IndicatorResult(definition, scope: "primary", value: 0.8, threshold: 0.85, zh: "低", en: "low")
        let finding = Finding(result, unitID: "U1")
        #expect(finding.indicatorCode == "X-1")
        #expect(finding.scope == "primary")
        #expect(finding.unitID == "U1")
        #expect(abs((finding.shortfall ?? 0) - 0.05) < 1e-12)
        #expect(finding.messageEn == "low")
        let unknown = IndicatorResult.notAssessable(definition, threshold: 0.85, missing: [.fact("rate")])
        #expect(unknown.outcome == .notAssessable)
        #expect(unknown.explanationZh == "不可评估：缺少字段 facts.rate")
    }
}
