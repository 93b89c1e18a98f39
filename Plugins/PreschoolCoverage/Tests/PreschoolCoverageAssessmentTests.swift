import DudaoCore
import Foundation
import PreschoolCoverageAssessment
import Testing

struct PreschoolCoverageAssessmentTests {
    typealias Examples = PreschoolCoverageExamples

    let registry: AssessmentRegistry

    init() throws {
        self.registry = try AssessmentRegistry([PreschoolCoverageAssessment()])
    }

    @Test("the headline rates are computed from the kindergarten totals")
    func headlineRates() throws {
        let result = try self.registry.evaluate(Examples.passingCounty())
        let gross = try #require(result.indicator("PC-A1")?.value)
        let inclusive = try #require(result.indicator("PC-A2")?.value)
        let publicShare = try #require(result.indicator("PC-A3")?.value)
        #expect(abs(gross - 3650.0 / 4000.0) < 1e-12)
        #expect(abs(inclusive - 3150.0 / 3650.0) < 1e-12)
        #expect(abs(publicShare - 1850.0 / 3650.0) < 1e-12)
        #expect(result.indicator("PC-C2")?.value == 0.75)
        let payRatio = try #require(result.indicator("PC-B3")?.value)
        #expect(abs(payRatio - 92_000.0 / 120_000.0) < 1e-12)
    }

    /// One change to the passing county per distinct reason to fail.
    struct FailingCase: Sendable, CustomTestStringConvertible {
        var code: String
        var change: @Sendable (inout AssessmentInput) -> Void
        var testDescription: String { self.code }
    }

    static let failingCases: [FailingCase] = [
        FailingCase(code: "PC-A1") { $0.facts["resident_children_3_5"] = 4500 },
        FailingCase(code: "PC-A2") { $0.units[3].fields["ownership"] = "other_private" },
        FailingCase(code: "PC-A3") { $0.units[2].fields["ownership"] = "inclusive_private" },
        FailingCase(code: "PC-B1") { $0.facts["public_funding_per_child_yuan"] = 480.0 },
        FailingCase(code: "PC-B2") { $0.facts["inclusive_subsidy_per_child_yuan"] = 300.0 },
        FailingCase(code: "PC-B3") { $0.facts["public_non_staff_teacher_pay_total_yuan"] = 3_000_000.0 },
        FailingCase(code: "PC-C1") { $0.units[0].fields["building_area_m2"] = 6000.0 },
        FailingCase(code: "PC-C2") { input in
            for index in [1, 3] { input.units[index].fields["activity_room_area_m2"] = 100.0 }
        },
        FailingCase(code: "PC-C3") { $0.units[3].fields["classes_within_size_limit"] = 0 },
        FailingCase(code: "PC-C4") { input in
            for index in input.units.indices { input.units[index].fields["full_time_teachers"] = 30 }
            for index in input.units.indices { input.units[index].fields["certified_teachers"] = 30 }
        },
        FailingCase(code: "PC-C5") { $0.units[0].fields["certified_teachers"] = 40 },
        FailingCase(code: "PC-C6") { $0.units[5].fields["principal_certified"] = false },
        FailingCase(code: "PC-D1") { $0.facts["social_recognition_rate"] = 0.84 },
        FailingCase(code: "PC-V1") { $0.facts["data_falsified"] = true },
        FailingCase(code: "PC-V2") { $0.facts["serious_public_complaints"] = true },
    ]

    @Test("each distinct reason alone fails the county and is named", arguments: failingCases)
    func failsForEachReason(_ failing: FailingCase) throws {
        let result = try self.registry.evaluate(Examples.county(failing.change))
        #expect(result.verdict == .fail)
        #expect(result.reasonCodes == [failing.code])
        if !failing.code.hasPrefix("PC-V") {
            #expect(result.findings.contains { $0.indicatorCode == failing.code && $0.unitID == nil && ($0.shortfall ?? 0) > 0 })
        }
    }

    @Test("a kindergarten short of space is named in a finding with what it lacks")
    func unitFinding() throws {
        let result = try self.registry.evaluate(Examples.county { $0.units[0].fields["building_area_m2"] = 6000.0 })
        let finding = try #require(result.findings.first { $0.indicatorCode == "PC-C1" && $0.unitID == "K01" })
        #expect(finding.messageZh.contains("生均园舍建筑面积 10.00㎡ < 10.44㎡"))
    }

    @Test("a missing kindergarten figure makes only the items that need it not assessable, naming it")
    func missingUnitField() throws {
        let result = try self.registry.evaluate(Examples.county { $0.units[4].fields["enrolled_children"] = nil })
        #expect(result.verdict == .notAssessable)
        let gross = try #require(result.indicator("PC-A1"))
        #expect(gross.outcome == .notAssessable)
        #expect(gross.explanationEn == "not assessable: field enrolled_children missing for K05 小树苗幼儿园")
        #expect(result.indicator("PC-C3")?.outcome == .met)
        #expect(result.missing.contains { $0.path == "units[4].enrolled_children" })
    }

    @Test("the non-编制 pay ratio names a missing fact, and needs no comparison without non-编制 teachers")
    func nonStaffPay() throws {
        let missing = try self.registry.evaluate(Examples.county { $0.facts["public_staff_teachers"] = nil })
        #expect(missing.indicator("PC-B3")?.explanationEn == "not assessable: field facts.public_staff_teachers missing")
        let none = try self.registry.evaluate(
            Examples.county {
                $0.facts["public_non_staff_teachers"] = 0
                $0.facts["public_non_staff_teacher_pay_total_yuan"] = 0.0
            }
        )
        #expect(none.indicator("PC-B3")?.outcome == .met)
        #expect(none.indicator("PC-B3")?.value == nil)
        #expect(none.verdict == .pass)
    }

    @Test("a kindergarten without children is left out of the conditions rate")
    func emptyKindergarten() throws {
        let result = try self.registry.evaluate(
            Examples.county {
                $0.units[0].fields["enrolled_children"] = 0
                $0.units[0].fields["outdoor_play_area_m2"] = 0.0
            }
        )
        let conditions = try #require(result.indicator("PC-C1"))
        #expect(conditions.value == 1)
        #expect(conditions.breakdown.map(\.unitID) == ["K03"])
    }

    @Test("a known failure wins over missing data")
    func failureWinsOverMissing() throws {
        let result = try self.registry.evaluate(
            Examples.county {
                $0.facts["social_recognition_rate"] = nil
                $0.facts["public_funding_per_child_yuan"] = 100.0
            }
        )
        #expect(result.verdict == .fail)
        #expect(result.reasons.map(\.kind) == [.notMet, .notAssessable])
    }

    @Test("a parameter override changes the threshold and is recorded")
    func override() throws {
        var input = Examples.county { $0.facts["resident_children_3_5"] = 4200 }
        #expect(try self.registry.evaluate(input).verdict == .pass)
        input.parameterOverrides = ["coverage.gross_enrolment_rate.min": .number(0.90)]
        let result = try self.registry.evaluate(input)
        #expect(result.verdict == .fail)
        #expect(result.indicator("PC-A1")?.threshold == 0.90)
        #expect(result.parameterOverrides["coverage.gross_enrolment_rate.min"] == .number(0.90))
    }

    @Test("bad input is rejected with every problem and its path")
    func validation() throws {
        let input = Examples.county {
            $0.units[0].fields["ownership"] = "private"
            $0.units[1].fields["enrolled_children"] = -5
            $0.units[2].fields["certified_teachers"] = 1000
            $0.units[3].fields["classes_within_size_limit"] = 99
            $0.units[4].fields["children"] = 3
            $0.facts["social_recognition_rate"] = 1.2
            $0.subject.code = "3399"
        }
        let error = try #require(throws: DudaoError.self) { try self.registry.evaluate(input) }
        #expect(error.code == .invalidArgument)
        let found = Set(error.violations.map { "\($0.path) \($0.rule.rawValue)" })
        #expect(found.contains("units[0].ownership not_allowed") == false, "custom rules run only once the schema passes")
        #expect(found.isSuperset(of: ["units[1].enrolled_children negative", "units[4].children unknown_field", "facts.social_recognition_rate out_of_range", "subject.code invalid_code"]))
    }

    @Test("inconsistent parts and an unknown ownership are rejected together")
    func customValidation() throws {
        let input = Examples.county {
            $0.units[0].fields["ownership"] = "private"
            $0.units[2].fields["certified_teachers"] = 1000
            $0.units[3].fields["classes_within_size_limit"] = 99
        }
        let error = try #require(throws: DudaoError.self) { try self.registry.evaluate(input) }
        let found = Set(error.violations.map { "\($0.path) \($0.rule.rawValue)" })
        #expect(found == ["units[0].ownership not_allowed", "units[2].certified_teachers inconsistent", "units[3].classes_within_size_limit inconsistent"])
    }

    // MARK: - Province batch

    func county(_ code: String, sampled: Bool, _ change: @escaping (inout AssessmentInput) -> Void = { _ in }) throws -> AssessmentResult {
        try self.registry.evaluate(
            Examples.county {
                $0.subject = Subject(kind: .county, code: code, name: "合成县\(code)")
                $0.facts["sampled_for_national_check"] = .init(.boolean(sampled))
                change(&$0)
            }
        )
    }

    @Test("one failing sampled county stops its province's batch and is named")
    func batchStopped() throws {
        let results = [
            try self.county("339901", sampled: true),
            try self.county("339902", sampled: true) { $0.facts["resident_children_3_5"] = 6000 },
            try self.county("339903", sampled: false),
            try self.county("349901", sampled: true),
        ]
        let summary = try #require(PreschoolCoverageAssessment().summarize(results))
        #expect(summary.verdict == .fail)
        #expect(summary.statistics["provinces_stopped"] == 1)
        #expect(summary.notesZh.contains { $0.contains("合成县339902") && $0.contains("终止") })
        #expect(summary.rows.filter { $0.labels["province"] == "330000" }.allSatisfy { $0.labels["province_batch"] == "fail" })
        #expect(summary.rows.filter { $0.labels["province"] == "340000" }.allSatisfy { $0.labels["province_batch"] == "pass" })
    }

    @Test("a failing county that was not sampled does not stop the batch but is listed")
    func unsampledFailure() throws {
        let results = [
            try self.county("339901", sampled: true),
            try self.county("339902", sampled: false) { $0.facts["resident_children_3_5"] = 6000 },
        ]
        let summary = try #require(PreschoolCoverageAssessment().summarize(results))
        #expect(summary.verdict == .pass)
        #expect(summary.notesEn.first?.contains("合成县339902") == true)
    }

    @Test("a batch without a sampled county cannot be judged")
    func noSampledCounty() throws {
        let summary = try #require(PreschoolCoverageAssessment().summarize([try self.county("339901", sampled: false)]))
        #expect(summary.verdict == .notAssessable)
        #expect(PreschoolCoverageAssessment().summarize([]) == nil)
    }

    // MARK: - Shipped data and description

    @Test("the shipped synthetic county passes")
    func shippedExample() throws {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/preschool-universal-inclusive/county.json")
        let input = try CanonicalJSON.decode(AssessmentInput.self, from: try Data(contentsOf: url))
        let result = try self.registry.evaluate(input)
        #expect(result.verdict == .pass, "\(result.reasons.map(\.messageEn))")
        #expect(input.units.count >= 20)
    }

    @Test("the shipped synthetic province batch is stopped by its one failing sampled county")
    func shippedBatch() throws {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/preschool-universal-inclusive/province.json")
        let inputs = try CanonicalJSON.decode([AssessmentInput].self, from: try Data(contentsOf: url))
        let results = try inputs.map { try self.registry.evaluate($0) }
        #expect(results.filter { $0.verdict == .fail }.map(\.subject.code) == ["339903"])
        let summary = try #require(PreschoolCoverageAssessment().summarize(results))
        #expect(summary.verdict == .fail)
        #expect(summary.statistics["sampled"] == 3)
        #expect(summary.notesZh == ["330000：抽查县 合成第3县（339903） 未达标，终止该省本年度认定"])
    }

    @Test("the descriptor lists every indicator with its source and status, and the edition's parameters")
    func descriptor() throws {
        let descriptor = PreschoolCoverageAssessment.descriptor
        #expect(descriptor.indicators.map(\.code).filter { $0.hasPrefix("PC-A") } == ["PC-A1", "PC-A2", "PC-A3"])
        #expect(descriptor.indicators.filter { $0.code.hasPrefix("PC-A") }.allSatisfy { $0.status == .confirmed && $0.citation.number == "教督〔2020〕1号" })
        let edition = try #require(descriptor.edition(id: "2020"))
        #expect(edition.parameters["guarantee.public_funding_per_child.min_yuan"]?.status == .unconfirmed)
        #expect(edition.parameters.all.allSatisfy { $0.citation.article != nil })
    }
}
