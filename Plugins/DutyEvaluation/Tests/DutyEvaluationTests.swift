import DudaoAssessments
import DudaoCore
import DudaoStandards
import Foundation
import Testing

/// 履行教育职责评价 is the standard pack in this folder, served by the bundled registry under the
/// id the Swift module had; it gives the results the module gave (`frozen-results.json`) on every
/// worked example and on the shipped province, and the module's tests hold for it.
struct DutyEvaluationTests {
    static let plugin = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let registry = try! BundledAssessments.registry()
    static let assessment = BundledAssessments.all.first { $0.descriptor.id == "zj-government-education-duty" }!

    static func example(_ name: String) throws -> WorkedExample {
        try #require(Self.assessment.examples.first { $0.name == name })
    }

    @Test("the served pack gives the results of the Swift module it replaced")
    func frozen() async throws {
        #expect(Self.assessment is PackAssessment)
        let differences = try await FrozenResults.differences(of: Self.assessment, plugin: Self.plugin)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    @Test("findings carry the rectification deadline counted from the period")
    func deadline() throws {
        let result = try Self.registry.evaluate(try Self.example("89 points is 良好").input)
        #expect(result.findings.map(\.deadline) == [CalendarDate("2024-03-31"), CalendarDate("2024-03-31")])
    }

    @Test("the cut-offs are parameters: 89 points with 优秀 from 85 is 优秀")
    func cutOffOverride() throws {
        var input = try Self.example("89 points is 良好").input
        input.parameterOverrides = ["grade.excellent": .number(85)]
        let result = try Self.registry.evaluate(input)
        #expect(result.measures["grade_rank"] == 0)
        #expect(result.parameters.first { $0.key == "grade.excellent" }?.value == .number(85))
    }

    @Test("a downgrade rule set to zero grades no longer applies")
    func downgradeOff() throws {
        var input = try Self.example("falsification drops 优秀 to 良好").input
        input.parameterOverrides = ["downgrade.DUTY-D2": .integer(0)]
        #expect(try Self.registry.evaluate(input).measures["grade_rank"] == 0)
    }

    @Test("every weight, cut-off and the sampling share are tagged unconfirmed")
    func statusTags() {
        let parameters = Self.assessment.descriptor.editions[0].parameters
        #expect(parameters.all.allSatisfy { $0.status == .unconfirmed })
        #expect(parameters["grade.pass"]?.value == .number(65))
        #expect(parameters["sampling.fraction"]?.value == .number(1.0 / 3.0))
    }

    @Test("overrides out of range are refused, all at once", arguments: [["sampling.fraction": Value.number(1.5)], ["rectification_days": .integer(-1), "grade.pass": .number(120)]])
    func badOverrides(overrides: [String: Value]) throws {
        var input = Self.assessment.examples[0].input
        input.parameterOverrides = overrides
        let error = try #require(throws: DudaoError.self) { try Self.registry.evaluate(input) }
        #expect(Set(error.violations.map(\.path)) == Set(overrides.keys.map { "parameterOverrides.\($0)" }))
    }

    @Test("a completion rate above 1 is refused with the field path")
    func invalid() throws {
        var input = Self.assessment.examples[0].input
        input.facts["funding_guarantee"] = 1.2
        let error = try #require(throws: DudaoError.self) { try Self.registry.evaluate(input) }
        #expect(error.code == .invalidArgument)
        #expect(error.violations.map(\.path) == ["facts.funding_guarantee"])
    }
}

struct DutySamplingTests {
    static func summary(overrides: [String: Value] = [:], reversed: Bool = false) throws -> BatchSummary {
        let url = DutyEvaluationTests.plugin.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/zj-government-education-duty/province.json")
        var inputs = try CanonicalJSON.decode([AssessmentInput].self, from: Data(contentsOf: url))
        for index in inputs.indices { inputs[index].parameterOverrides = overrides }
        if reversed { inputs.reverse() }
        let results = try inputs.map(DutyEvaluationTests.registry.evaluate)
        #expect(results.count == 101)
        return try #require(DutyEvaluationTests.assessment.summarize(results))
    }

    static func sample(_ summary: BatchSummary) -> [String] {
        summary.rows.filter { ["selected", "forced"].contains($0.labels["on_site"]) }.map(\.subjectCode).sorted()
    }

    @Test("the shipped province draws a third of its 90 counties, city by city, and records the plan")
    func shippedProvince() throws {
        let summary = try Self.summary()
        let onSite = summary.rows.filter { ["selected", "forced"].contains($0.labels["on_site"]) }
        #expect(onSite.count == 30)
        #expect(summary.statistics["sampling.target"] == 30)
        #expect(summary.statistics["sampling.seed"] == 20_180_101)
        #expect(summary.rows.filter { $0.labels["kind"] == "city" }.allSatisfy { $0.labels["on_site"] == "not_applicable" })
        // Each city's share follows its size: Hangzhou's 13 counties give 13 × 30 / 90 = 4.33 → 4 or 5.
        let perCity = Dictionary(grouping: onSite, by: { $0.labels["stratum"] ?? "" }).mapValues(\.count)
        #expect(perCity.count == 11)
        #expect((4...5).contains(perCity["3301"] ?? 0))
        #expect(perCity["3309"] == 1)
        #expect(summary.notesEn.contains { $0.contains("seed 20180101") })
        // Grades are counted and ranks follow totals.
        let totals = summary.rows.compactMap { $0.values["total"] }
        #expect(zip(totals, totals.dropFirst()).allSatisfy { $0 >= $1 })
        let graded = ["excellent", "good", "pass", "fail"].compactMap { summary.statistics["grade.\($0)"] }.reduce(0, +)
        #expect(graded == Double(summary.rows.filter { $0.labels["grade"] != nil }.count))
        #expect(graded > 0)
    }

    @Test("the same seed re-draws the same sample from the recorded plan; another seed draws another")
    func reproducible() throws {
        let first = try Self.summary()
        #expect(Self.sample(try Self.summary(reversed: true)) == Self.sample(first))
        #expect(Self.sample(try Self.summary(overrides: ["sampling.seed": .integer(7)])) != Self.sample(first))
        // The plan alone re-draws it from the county list.
        let plan = SamplingPlan(seed: 20_180_101, fraction: 1.0 / 3.0)
        let counties = first.rows.filter { $0.labels["kind"] == "county" }.map(\.subjectCode)
        #expect(plan.draw(from: counties).selected == Self.sample(first))
    }

    @Test("forced and excluded counties given as parameters are honoured")
    func forcedAndExcluded() throws {
        let summary = try Self.summary(overrides: ["sampling.forced": .text("330101,330902"), "sampling.excluded": .text("330201, 330202")])
        let labels = Dictionary(uniqueKeysWithValues: summary.rows.map { ($0.subjectCode, $0.labels["on_site"] ?? "") })
        #expect(labels["330101"] == "forced")
        #expect(labels["330902"] == "forced")
        #expect(labels["330201"] == "excluded")
        #expect(labels["330202"] == "excluded")
        #expect(summary.statistics["sampling.eligible"] == 88)
        #expect(summary.statistics["sampling.target"] == 30)
    }
}
