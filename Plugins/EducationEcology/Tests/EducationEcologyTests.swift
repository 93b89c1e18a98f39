import DudaoAssessments
import DudaoCore
import DudaoStandards
import Foundation
import Testing

/// 县域基础教育生态监测 is the standard pack in this folder, served by the bundled registry under the
/// id the Swift module had; it gives the results the module gave (`frozen-results.json`) on every
/// worked example and shipped input, and the module's tests hold for it.
struct EducationEcologyTests {
    static let plugin = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let registry = try! BundledAssessments.registry()
    static let assessment = BundledAssessments.all.first { $0.descriptor.id == "zj-basic-education-ecology" }!

    /// The facts of the worked example that meets every target exactly, with no anomaly.
    static var targetFacts: [String: FieldValue] {
        Self.assessment.examples.first { $0.name == "every target met" }!.input.facts
    }

    @Test("the served pack gives the results of the Swift module it replaced")
    func frozen() async throws {
        #expect(Self.assessment is PackAssessment)
        let differences = try await FrozenResults.differences(of: Self.assessment, plugin: Self.plugin)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    @Test("3 一级, 15 二级 and 25 监测点")
    func structure() throws {
        let descriptor = Self.assessment.descriptor
        let parameters = descriptor.editions[0].parameters.all
        // Every node has a weight, every 监测点 a target, every 一级 a group (beside the total's).
        let nodes = parameters.filter { $0.key.hasPrefix("weight.") }.count
        let points = parameters.filter { $0.key.hasPrefix("target.") }.count
        let first = descriptor.groups.count - 1
        #expect(first == 3)
        #expect(nodes - first - points == 15)
        #expect(points == 25)
        #expect(descriptor.indicator("ECO-TOTAL")?.status == .unconfirmed)
    }

    @Test("failing a band after an anomaly fails the verdict")
    func anomalyFails() throws {
        var facts = Self.targetFacts
        facts["abnormal_death"] = true
        facts["fitness_pass_rate"] = 0.0
        facts["fitness_good_rate"] = 0.0
        facts["quality_balance_met"] = false
        let input = AssessmentInput(assessment: "zj-basic-education-ecology", subject: Subject(kind: .county, code: "330825", name: "示例县"), period: .calendarYear(2021), facts: facts)
        // 100 − 7 − 7 = 86 → 良好 → one band down → 一般; still a pass.
        #expect(try Self.registry.evaluate(input).measures["grade_rank"] == 1)
        var worse = input
        worse.parameterOverrides = ["downgrade.ECO-X2": .integer(2)]
        #expect(try Self.registry.evaluate(worse).verdict == .fail)
    }

    @Test("a batch of counties is ranked with the distribution and each county's weakest points")
    func batch() throws {
        let results = try Self.assessment.examples.enumerated().map { index, example in
            var input = example.input
            input.subject = Subject(kind: .county, code: "33082\(index)", name: "县\(index)")
            return try Self.registry.evaluate(input)
        }
        let summary = try #require(Self.assessment.summarize(results))
        #expect(summary.rows.map(\.rank) == [1, 1, 3, nil])
        #expect(summary.rows[2].labels["weakest"] == "ECO-E3.1,ECO-P5.3")
        #expect(summary.rows[3].labels["missing"] == "school_belonging_index")
        #expect(summary.statistics["scored"] == 3)
        #expect(summary.statistics["verdict.not_assessable"] == 1)
    }
}
