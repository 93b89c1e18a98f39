import DudaoCore
import Testing

struct RecordsComparisonTests {
    static let citation = Citation(document: "测试", number: nil, article: nil)

    static func indicator(_ comparator: Comparator, value: Double?, threshold: Double) -> IndicatorResult {
        let definition = IndicatorDefinition(code: "X-1", zh: "指标", en: "indicator", group: "G", comparator: comparator, citation: self.citation, status: .confirmed)
        return IndicatorResult(definition, value: value, threshold: threshold, zh: "", en: "")
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var comparator: Comparator
        var before: Double?
        var after: Double?
        var threshold: Double
        var change: ComparisonChange
        var testDescription: String {
            let before = self.before.map { String($0) } ?? "nil"
            let after = self.after.map { String($0) } ?? "nil"
            return "\(self.comparator.rawValue) \(before) → \(after) (threshold \(self.threshold)): \(self.change.rawValue)"
        }
    }

    @Test(
        "an indicator's change follows its comparator, with the outcome deciding first",
        arguments: [
            Case(comparator: .atLeast, before: 4.6, after: 4.9, threshold: 4.2, change: .improved),
            Case(comparator: .atLeast, before: 4.9, after: 4.6, threshold: 4.2, change: .declined),
            Case(comparator: .atLeast, before: 4.0, after: 4.3, threshold: 4.2, change: .improved),
            Case(comparator: .greaterThan, before: 1, after: 0.5, threshold: 0, change: .declined),
            Case(comparator: .atMost, before: 44, after: 40, threshold: 45, change: .improved),
            Case(comparator: .atMost, before: 40, after: 44, threshold: 45, change: .declined),
            Case(comparator: .atMost, before: 44, after: 46, threshold: 45, change: .declined),
            Case(comparator: .lessThan, before: 0.3, after: 0.2, threshold: 0.5, change: .improved),
            Case(comparator: .isTrue, before: 0, after: 1, threshold: 1, change: .improved),
            Case(comparator: .isFalse, before: 0, after: 1, threshold: 0, change: .declined),
            Case(comparator: .atLeast, before: 4.6, after: 4.6, threshold: 4.2, change: .unchanged),
            Case(comparator: .atLeast, before: nil, after: 4.6, threshold: 4.2, change: .newlyAssessable),
            Case(comparator: .atMost, before: 40, after: nil, threshold: 45, change: .noLongerAssessable),
            Case(comparator: .atMost, before: nil, after: nil, threshold: 45, change: .unchanged),
        ]
    )
    func indicatorChange(_ test: Case) {
        let before = Self.indicator(test.comparator, value: test.before, threshold: test.threshold)
        let after = Self.indicator(test.comparator, value: test.after, threshold: test.threshold)
        #expect(ComparisonChange.of(indicator: before, after) == test.change)
        #expect(IndicatorComparison(before: before, after: after).change == test.change)
    }

    @Test("a met outcome that a stricter threshold turns into not met is a decline, even with a better value")
    func outcomeDecides() {
        let before = Self.indicator(.atLeast, value: 4.3, threshold: 4.2)
        let after = Self.indicator(.atLeast, value: 4.4, threshold: 4.5)
        let comparison = IndicatorComparison(before: before, after: after)
        #expect(comparison.change == .declined)
        #expect(comparison.thresholdChanged)
    }

    @Test("an indicator present on one side only is newly or no longer assessable")
    func oneSided() {
        let present = Self.indicator(.atLeast, value: 4.3, threshold: 4.2)
        #expect(IndicatorComparison(before: nil, after: present).change == .newlyAssessable)
        #expect(IndicatorComparison(before: present, after: nil).change == .noLongerAssessable)
        #expect(IndicatorComparison(before: present, after: nil).outcomeAfter == nil)
    }

    @Test(
        "a verdict's change",
        arguments: [
            (Verdict.fail, Verdict.pass, ComparisonChange.improved), (.pass, .fail, .declined), (.pass, .pass, .unchanged),
            (.notAssessable, .fail, .newlyAssessable), (.pass, .notAssessable, .noLongerAssessable),
        ]
    )
    func verdictChange(before: Verdict, after: Verdict, change: ComparisonChange) {
        #expect(ComparisonChange.of(verdict: before, after) == change)
    }
}
