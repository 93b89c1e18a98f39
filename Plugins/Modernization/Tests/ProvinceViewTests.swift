import DudaoAssessments
import DudaoCore
import Foundation
import Testing

/// The province view of the served pack: ranking, distribution, 创建率 and each county's weakest indicators.
struct ProvinceViewTests {
    static let registry = try! BundledAssessments.registry()
    static let assessment = BundledAssessments.all.first { $0.descriptor.id == "zj-county-education-modernization" }!

    static func load() throws -> [AssessmentResult] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/zj-county-education-modernization/province.json")
        let inputs = try CanonicalJSON.decode([AssessmentInput].self, from: Data(contentsOf: url))
        return try inputs.map(Self.registry.evaluate)
    }

    @Test("the shipped synthetic province ranks counties by score and its statistics agree with the rows")
    func shippedProvince() throws {
        let results = try Self.load()
        #expect(results.count == 92)
        let summary = try #require(Self.assessment.summarize(results))
        #expect(summary.rows.count == 92)
        _ = try CanonicalJSON.encode(summary)
        let ranked = summary.rows.filter { $0.rank != nil }
        let totals = ranked.compactMap { $0.values["total"] }
        #expect(totals.count == 91)
        #expect(zip(totals, totals.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(ranked.first?.rank == 1)
        #expect(summary.rows.last?.rank == nil)
        #expect(summary.rows.last?.labels["missing"] == "public_satisfaction_rate")
        let mean = try #require(summary.statistics["mean"])
        #expect(abs(mean - totals.reduce(0, +) / Double(totals.count)) < 1e-9)
        #expect(summary.statistics["max"] == totals.first)
        #expect(summary.statistics["min"] == totals.last)
        let q1 = try #require(summary.statistics["q1"])
        let median = try #require(summary.statistics["median"])
        let q3 = try #require(summary.statistics["q3"])
        #expect(totals.last! <= q1 && q1 <= median && median <= q3 && q3 <= totals.first!)
        #expect(totals.filter { $0 >= median }.count >= 45)
        #expect((60...75).contains(mean), "synthetic scores centre near the published 2017 mean of 67.52")
        #expect(summary.statistics["creation_rate"] == 88.0 / 92.0)
        #expect(summary.verdict == .pass)
        #expect(ranked.allSatisfy { !($0.labels["weakest"] ?? "").isEmpty || $0.values["total"] == 100 })
        #expect(summary.rows.contains { $0.subjectCode == "3301ED" && $0.labels["kind"] == "zone" })
    }

    @Test("equal scores share a rank and the creation rate is a range while some counties do not say")
    func tiesAndUnknowns() throws {
        // The facts of the worked example that meets every target exactly.
        var facts = Self.assessment.examples.first { $0.name == "every target met" }!.input.facts
        var inputs: [AssessmentInput] = []
        for (index, code) in ["330101", "330102", "330103"].enumerated() {
            facts["recognized_modernized"] = index == 2 ? nil : true
            if index == 2 { facts["teacher_pay_parity"] = false }
            inputs.append(AssessmentInput(assessment: Self.assessment.descriptor.id, subject: Subject(kind: .county, code: code, name: "县\(index)"), period: .calendarYear(2017), facts: facts))
        }
        let summary = try #require(Self.assessment.summarize(try inputs.map(Self.registry.evaluate)))
        #expect(summary.rows.map(\.rank) == [1, 1, 3])
        #expect(summary.rows.map(\.subjectCode) == ["330101", "330102", "330103"])
        #expect(summary.rows[2].labels["weakest"] == "MOD-1.2.2")
        #expect(summary.statistics["creation_rate_low"] == 2.0 / 3.0)
        #expect(summary.statistics["creation_rate_high"] == 1)
        #expect(summary.verdict == .notAssessable)
    }
}
