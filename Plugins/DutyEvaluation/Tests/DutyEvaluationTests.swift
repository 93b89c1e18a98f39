import DudaoCore
import DudaoStandards
import DutyEvaluationAssessment
import Foundation
import Testing

struct DutyEvaluationTests {
    static let registry = try! AssessmentRegistry([DutyEvaluationAssessment()])

    @Test func frozen() async throws {
        let plugin = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let differences = try await FrozenResults.differences(of: DutyEvaluationAssessment(), plugin: plugin)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    @Test("findings carry the rectification deadline counted from the period")
    func deadline() throws {
        let example = try #require(DutyExamples.all.first { $0.name == "89 points is 良好" })
        let result = try Self.registry.evaluate(example.input)
        #expect(result.findings.map(\.deadline) == [CalendarDate("2024-03-31"), CalendarDate("2024-03-31")])
    }

    @Test("the cut-offs are parameters: 89 points with 优秀 from 85 is 优秀")
    func cutOffOverride() throws {
        var input = try #require(DutyExamples.all.first { $0.name == "89 points is 良好" }).input
        input.parameterOverrides = ["grade.excellent": .number(85)]
        let result = try Self.registry.evaluate(input)
        #expect(result.measures["grade_rank"] == 0)
        #expect(result.parameters.first { $0.key == "grade.excellent" }?.value == .number(85))
    }

    @Test("a downgrade rule set to zero grades no longer applies")
    func downgradeOff() throws {
        var input = try #require(DutyExamples.all.first { $0.name == "falsification drops 优秀 to 良好" }).input
        input.parameterOverrides = ["downgrade.DUTY-D2": .integer(0)]
        #expect(try Self.registry.evaluate(input).measures["grade_rank"] == 0)
    }

    @Test("every weight, cut-off and the sampling share are tagged unconfirmed")
    func statusTags() {
        let parameters = DutyEditions.provisional.parameters.all
        #expect(parameters.allSatisfy { $0.status == .unconfirmed })
        #expect(DutyEditions.provisional.parameters["grade.pass"]?.value == .number(65))
        #expect(DutyEditions.provisional.parameters["sampling.fraction"]?.value == .number(1.0 / 3.0))
    }

    @Test("overrides out of range are refused, all at once", arguments: [["sampling.fraction": Value.number(1.5)], ["rectification_days": .integer(-1), "grade.pass": .number(120)]])
    func badOverrides(overrides: [String: Value]) throws {
        var input = DutyExamples.all[0].input
        input.parameterOverrides = overrides
        do {
            _ = try Self.registry.evaluate(input)
            Issue.record("expected an error")
        } catch let error as DudaoError {
            #expect(Set(error.violations.map(\.path)) == Set(overrides.keys.map { "parameterOverrides.\($0)" }))
        }
    }

    @Test("a completion rate above 1 is refused with the field path")
    func invalid() throws {
        var input = DutyExamples.all[0].input
        input.facts["funding_guarantee"] = 1.2
        do {
            _ = try Self.registry.evaluate(input)
            Issue.record("expected an error")
        } catch let error as DudaoError {
            #expect(error.code == .invalidArgument)
            #expect(error.violations.map(\.path) == ["facts.funding_guarantee"])
        }
    }
}

struct DutySamplingTests {
    static func results(overrides: [String: Value] = [:]) throws -> [AssessmentResult] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/zj-government-education-duty/province.json")
        var inputs = try CanonicalJSON.decode([AssessmentInput].self, from: Data(contentsOf: url))
        for index in inputs.indices { inputs[index].parameterOverrides = overrides }
        let registry = try AssessmentRegistry([DutyEvaluationAssessment()])
        return try inputs.map(registry.evaluate)
    }

    @Test("the shipped province draws a third of its 90 counties, city by city, and records the plan")
    func shippedProvince() throws {
        let results = try Self.results()
        #expect(results.count == 101)
        let summary = try #require(DutyEvaluationAssessment().summarize(results))
        _ = try CanonicalJSON.encode(summary)
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
    }

    @Test("the same seed re-draws the same sample from the recorded plan; another seed draws another")
    func reproducible() throws {
        let first = try #require(DutyEvaluationAssessment().summarize(try Self.results()))
        let again = try #require(DutyEvaluationAssessment().summarize(try Self.results().reversed()))
        func sample(_ summary: BatchSummary) -> [String] {
            summary.rows.filter { ["selected", "forced"].contains($0.labels["on_site"]) }.map(\.subjectCode).sorted()
        }
        #expect(sample(first) == sample(again))
        let other = try #require(DutyEvaluationAssessment().summarize(try Self.results(overrides: ["sampling.seed": .integer(7)])))
        #expect(sample(other) != sample(first))
        // The plan alone re-draws it from the county list.
        let plan = SamplingPlan(seed: 20_180_101, fraction: 1.0 / 3.0)
        let counties = first.rows.filter { $0.labels["kind"] == "county" }.map(\.subjectCode)
        #expect(plan.draw(from: counties).selected == sample(first))
    }

    @Test("forced and excluded counties given as parameters are honoured")
    func forcedAndExcluded() throws {
        let summary = try #require(
            DutyEvaluationAssessment().summarize(
                try Self.results(overrides: ["sampling.forced": .text("330101,330902"), "sampling.excluded": .text("330201, 330202")])
            )
        )
        let labels = Dictionary(uniqueKeysWithValues: summary.rows.map { ($0.subjectCode, $0.labels["on_site"] ?? "") })
        #expect(labels["330101"] == "forced")
        #expect(labels["330902"] == "forced")
        #expect(labels["330201"] == "excluded")
        #expect(labels["330202"] == "excluded")
        #expect(summary.statistics["sampling.eligible"] == 88)
        #expect(summary.statistics["sampling.target"] == 30)
    }
}
