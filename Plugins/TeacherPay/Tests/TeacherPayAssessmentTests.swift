import DudaoCore
import Foundation
import TeacherPayAssessment
import Testing

struct TeacherPayAssessmentTests {
    typealias Examples = TeacherPayExamples

    let registry: AssessmentRegistry

    init() throws {
        self.registry = try AssessmentRegistry([TeacherPayAssessment()])
    }

    static func shipped(_ file: String) throws -> Data {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try Data(contentsOf: root.appendingPathComponent("Examples/teacher-pay-parity/\(file)"))
    }

    @Test("averages, difference, ratio and gaps come from the counted item totals")
    func figures() throws {
        let result = try self.registry.evaluate(Examples.county { $0.facts["cs_local_rewards_yuan"] = 60_000_000.0 })
        #expect(result.measures["teacher_average"] == 120_000)
        #expect(result.measures["civil_servant_average"] == 131_000)
        #expect(result.measures["difference"] == -11_000)
        #expect(abs((result.measures["ratio"] ?? 0) - 120.0 / 131.0) < 1e-12)
        #expect(result.measures["per_capita_gap"] == 11_000)
        #expect(result.measures["total_gap"] == 22_000_000)
        let finding = try #require(result.findings.first { $0.indicatorCode == "TP-1" })
        #expect(finding.messageZh.contains("共 22,000,000 元"))
        #expect(abs((finding.shortfall ?? 0) - (1 - 120.0 / 131.0)) < 1e-12)
    }

    @Test("every result states the 口径 used, and the parity result is tagged unconfirmed", arguments: TeacherPayExamples.all.map(\.name))
    func koujingIsVisible(_ name: String) throws {
        let example = try #require(Examples.all.first { $0.name == name })
        let result = try self.registry.evaluate(example.input)
        let warning = try #require(result.warnings.first { $0.code == "TP-W-KOUJING" })
        #expect(warning.messageZh.contains("绩效工资"))
        #expect(warning.messageEn.contains("unconfirmed"))
        #expect(result.indicator("TP-1")?.status == .unconfirmed)
    }

    @Test("given but uncounted items are named in the 口径 warning and do not change the averages")
    func uncountedItems() throws {
        let base = try self.registry.evaluate(Examples.passingCounty())
        let warning = try #require(base.warnings.first { $0.code == "TP-W-KOUJING" })
        #expect(warning.messageEn.contains("Given but not counted: teacher_employer_contributions_yuan"))
        let counted = try self.registry.evaluate(Examples.county { $0.parameterOverrides = ["teacher.items.employer_contributions": .boolean(true)] })
        #expect(counted.measures["teacher_average"] == 155_000)
        #expect(counted.parameterOverrides["teacher.items.employer_contributions"] == .boolean(true))
    }

    @Test("an item switched on by an override but absent makes the comparison not assessable, naming it")
    func countedItemMissing() throws {
        let result = try self.registry.evaluate(Examples.county { $0.parameterOverrides = ["teacher.items.other_local_pay": .boolean(true)] })
        #expect(result.verdict == .notAssessable)
        #expect(result.indicator("TP-1")?.explanationEn == "not assessable: field facts.teacher_other_local_pay_yuan missing")
    }

    @Test("a missing mechanism answer is not assessable; the funding mechanism is reported only")
    func mechanisms() throws {
        let unknown = try self.registry.evaluate(Examples.county { $0.facts["linkage_mechanism_established"] = nil })
        #expect(unknown.verdict == .notAssessable)
        #expect(unknown.reasonCodes == ["TP-2"])
        let noFunding = try self.registry.evaluate(Examples.county { $0.facts["funding_mechanism_established"] = false })
        #expect(noFunding.verdict == .pass)
        #expect(noFunding.indicator("TP-3")?.outcome == .notMet)
    }

    @Test("bad input is rejected with every problem and its path")
    func validation() throws {
        let input = Examples.county {
            $0.facts["teacher_headcount"] = 0.0
            $0.facts["cs_basic_pay_yuan"] = -1.0
            $0.facts["linkage_mechanism_established"] = "yes"
            $0.facts["teacher_bonus_yuan"] = 5.0
            $0.subject.kind = .school
        }
        let error = try #require(throws: DudaoError.self) { try self.registry.evaluate(input) }
        #expect(error.code == .invalidArgument)
        let found = Set(error.violations.map { "\($0.path) \($0.rule.rawValue)" })
        #expect(
            found == [
                "facts.teacher_headcount must_be_positive", "facts.cs_basic_pay_yuan negative",
                "facts.linkage_mechanism_established type_mismatch", "facts.teacher_bonus_yuan unknown_field", "subject.kind subject_kind",
            ]
        )
    }

    @Test("pay data of another year than the edition compares is rejected")
    func dataYear() throws {
        let error = try #require(throws: DudaoError.self) { try self.registry.evaluate(Examples.county { $0.facts["pay_data_year"] = 2022 }) }
        #expect(error.violations.map(\.path) == ["facts.pay_data_year"])
        let previousYear = Examples.county {
            $0.facts["pay_data_year"] = 2022
            $0.parameterOverrides = ["comparison.data_year_offset": .integer(-1)]
        }
        #expect(try self.registry.evaluate(previousYear).verdict == .pass)
    }

    // MARK: - Roll-up

    @Test("the roll-up of a synthetic province lists the counties below the line first, largest gap first, with totals")
    func provinceRollUp() throws {
        let inputs = try CanonicalJSON.decode([AssessmentInput].self, from: try Self.shipped("province.json"))
        #expect(inputs.count == 20)
        let results = try inputs.map { try self.registry.evaluate($0) }
        let summary = try #require(TeacherPayAssessment().summarize(results))

        // Recompute from the raw facts which counties are below the line.
        func average(_ input: AssessmentInput, _ keys: [String], _ heads: String) -> Double {
            keys.reduce(0) { $0 + (input.facts[$1]?.value.numberValue ?? 0) } / (input.facts[heads]?.value.numberValue ?? 1)
        }
        let expectedBelow = Set(
            inputs.filter { input in
                average(input, ["teacher_basic_pay_yuan", "teacher_allowances_yuan", "teacher_performance_pay_yuan"], "teacher_headcount")
                    < average(input, ["cs_basic_pay_yuan", "cs_allowances_yuan", "cs_year_end_bonus_yuan", "cs_local_rewards_yuan"], "civil_servant_headcount")
            }.map(\.subject.code)
        )
        #expect(expectedBelow.count == 5)
        let belowRows = summary.rows.prefix { $0.labels["below_line"] == "yes" }
        #expect(Set(belowRows.map(\.subjectCode)) == expectedBelow)
        #expect(summary.rows.dropFirst(belowRows.count).allSatisfy { $0.labels["below_line"] == "no" })
        let gaps = belowRows.map { $0.values["total_gap"] ?? 0 }
        #expect(gaps == gaps.sorted(by: >))
        #expect(belowRows.map(\.rank) == Array(1...5))
        #expect(abs((summary.statistics["total_gap"] ?? 0) - gaps.reduce(0, +)) < 1e-3)
        #expect(summary.statistics["counties_below_line"] == 5)
        #expect(summary.statistics["counties_without_linkage"] == 1)
        #expect(summary.verdict == .fail)
        #expect(summary.titleZh.contains("省 330000"))
        #expect(summary.notesZh.count == 6, "one note per county below the line, then the 口径")
        #expect(summary.notesZh.last?.contains("比较口径") == true)
    }

    @Test("a roll-up of one city's counties is named after the city and counts missing data apart")
    func cityRollUp() throws {
        let results = [
            try self.registry.evaluate(Examples.county { $0.subject.code = "339902" }),
            try self.registry.evaluate(Examples.county { $0.subject.code = "339903"; $0.facts["teacher_basic_pay_yuan"] = nil }),
        ]
        let summary = try #require(TeacherPayAssessment().summarize(results))
        #expect(summary.titleEn == "Teacher pay roll-up (city 339900)")
        #expect(summary.verdict == .notAssessable)
        #expect(summary.rows.map(\.subjectCode) == ["339903", "339902"])
        #expect(summary.statistics["counties_not_assessable"] == 1)
        #expect(summary.statistics["teacher_average"] == 120_000)
    }

    @Test("the shipped single county passes")
    func shippedCounty() throws {
        let input = try CanonicalJSON.decode(AssessmentInput.self, from: try Self.shipped("county.json"))
        #expect(try self.registry.evaluate(input).verdict == .pass)
    }

    @Test("the descriptor shows the parity rule's source and every 口径 parameter as unconfirmed")
    func descriptor() throws {
        let descriptor = TeacherPayAssessment.descriptor
        #expect(descriptor.indicator("TP-1")?.citation.article == "第二十五条")
        let edition = try #require(descriptor.editions.first)
        let koujing = edition.parameters.all.filter { $0.key.hasPrefix("teacher.items") || $0.key.hasPrefix("civil_servant.items") || $0.key.hasPrefix("population") }
        #expect(koujing.count == 12)
        #expect(koujing.allSatisfy { $0.status == .unconfirmed })
        #expect(edition.parameters["parity.min_ratio"]?.status == .confirmed)
    }
}
