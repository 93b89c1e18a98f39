import BasicBalanceAssessment
import DudaoCore
import Foundation
import Testing

struct BasicBalanceAssessmentTests {
    typealias Examples = BasicBalanceExamples

    let registry: AssessmentRegistry

    init() throws {
        self.registry = try AssessmentRegistry([BasicBalanceAssessment()])
    }

    @Test("a single coefficient is the enrolment-weighted population coefficient of the raw school figures")
    func singleCoefficient() throws {
        let input = Examples.balancedCounty()
        let result = try self.registry.evaluate(input)
        let primary = input.units.filter { $0.kind == .primary }
        let pupils = primary.map { Double($0.fields["pupils"]!.value.integerValue!) }
        let books = primary.map { Double($0.fields["books"]!.value.integerValue!) }
        let total = pupils.reduce(0, +)
        let mean = books.reduce(0, +) / total
        var variance = 0.0
        for (count, amount) in zip(pupils, books) {
            variance += count / total * (amount / count - mean) * (amount / count - mean)
        }
        let expected = variance.squareRoot() / mean
        let indicator = try #require(result.indicator("BB-5", scope: "primary"))
        #expect(abs((indicator.value ?? 0) - expected) < 1e-12)
        let school = try #require(indicator.breakdown.first { $0.unitID == "P05" })
        #expect(school.value == books[4] / pupils[4])
        #expect(school.note?.contains("above the county mean") == true)
        #expect(indicator.breakdown.map(\.unitID) == ["P01", "P02", "P03", "P04", "P05"])
    }

    @Test("the composite is the mean of the eight unrounded single coefficients", arguments: ["primary", "junior"])
    func composite(_ stage: String) throws {
        let result = try self.registry.evaluate(Examples.balancedCounty())
        let singles = try BasicBalanceResource.all.map { try #require(result.indicator($0.code, scope: stage)?.value) }
        let composite = try #require(result.indicator("BB-C", scope: stage)?.value)
        #expect(composite == singles.reduce(0, +) / 8)
        #expect(result.measures["composite.\(stage)"] == composite)
        #expect(result.indicator("BB-C", scope: stage)?.status == .unconfirmed, "the limit is [U]")
    }

    @Test("the unbalanced examples exceed their limit by a clear margin")
    func unbalancedMargin() throws {
        let example = try #require(Examples.all.first { $0.name == "primary-composite-above-limit" })
        let result = try self.registry.evaluate(example.input)
        let composite = try #require(result.indicator("BB-C", scope: "primary"))
        #expect((composite.value ?? 0) > 0.7)
        #expect(result.indicator("BB-C", scope: "junior")?.outcome == .met)
        let finding = try #require(result.findings.first)
        #expect(finding.scope == "primary")
        #expect(abs((finding.shortfall ?? 0) - ((composite.value ?? 0) - 0.65)) < 1e-12)
    }

    @Test("coefficients that grew since the previous year are listed, without changing the verdict")
    func worsened() throws {
        let input = Examples.county {
            $0.facts["previous_cv_books_primary"] = 0.01
            $0.facts["previous_cv_composite_junior"] = 0.01
        }
        let result = try self.registry.evaluate(input)
        #expect(result.verdict == .pass)
        #expect(result.indicator("BB-5", scope: "primary")?.outcome == .notMet)
        #expect(result.indicator("BB-CT", scope: "junior")?.outcome == .notMet)
        let worsenedCodes = result.indicators.filter { $0.outcome == .notMet }.map { "\($0.code) \($0.scope ?? "")" }
        #expect(worsenedCodes.sorted() == ["BB-5 primary", "BB-CT junior"])
        let warning = try #require(result.warnings.first { $0.code == "BB-W-WORSENED" })
        #expect(warning.messageZh.contains("小学生均图书册数 由上年 0.010 扩大为"))
        #expect(warning.messageEn.contains("junior secondary composite grew from 0.010"))
    }

    @Test("a coefficient equal to last year's at the published precision has not grown")
    func comparisonPrecision() throws {
        let first = try self.registry.evaluate(Examples.balancedCounty())
        let current = try #require(first.indicator("BB-1", scope: "primary")?.value)
        let published = Rounding.round(current, decimals: 3)
        let result = try self.registry.evaluate(Examples.county { $0.facts["previous_cv_teaching_area_primary"] = .init(.number(published)) })
        #expect(result.indicator("BB-1", scope: "primary")?.outcome == .met)
        let lower = try self.registry.evaluate(Examples.county { $0.facts["previous_cv_teaching_area_primary"] = .init(.number(published - 0.001)) })
        #expect(lower.indicator("BB-1", scope: "primary")?.outcome == .notMet)
    }

    @Test("without previous-year figures the trend items are unknown but the verdict stands")
    func noPreviousYear() throws {
        let result = try self.registry.evaluate(Examples.county { $0.facts = [:] })
        #expect(result.verdict == .pass)
        #expect(result.indicators.filter { $0.code != "BB-C" }.allSatisfy { $0.outcome == .notAssessable && !$0.gating })
        #expect(!result.warnings.contains { $0.code == "BB-W-WORSENED" })
    }

    @Test("a resource the schools of a stage do not have at all has no coefficient, and says so")
    func zeroResource() throws {
        let input = Examples.county { input in
            for index in input.units.indices where input.units[index].kind == .primary {
                input.units[index].fields["computers"] = 0
            }
        }
        let result = try self.registry.evaluate(input)
        #expect(result.verdict == .notAssessable)
        #expect(result.indicator("BB-4", scope: "primary")?.explanationEn.contains("computers at all") == true)
        #expect(result.indicator("BB-C", scope: "primary")?.explanationEn == "not assessable: single coefficients BB-4 are not assessable")
        #expect(result.indicator("BB-C", scope: "junior")?.outcome == .met)
    }

    @Test("a missing school figure names the field and the school")
    func missingField() throws {
        let result = try self.registry.evaluate(Examples.county { $0.units[6].fields["books"] = nil })
        #expect(result.indicator("BB-5", scope: "junior")?.explanationEn == "not assessable: field books missing for J02 实验学校初中部")
        #expect(result.indicator("BB-5", scope: "primary")?.outcome == .met)
    }

    @Test("a county without junior schools is monitored on its primary schools, with a warning")
    func singleStage() throws {
        let result = try self.registry.evaluate(Examples.county { $0.units.removeAll { $0.kind == .junior } })
        #expect(result.verdict == .pass)
        #expect(result.indicators.allSatisfy { $0.scope == "primary" })
        #expect(result.warnings.contains { $0.code == "BB-W-NO-STAGE" })
    }

    @Test("bad input is rejected with every problem and its path")
    func validation() throws {
        let input = Examples.county {
            $0.units[0].fields["pupils"] = 0
            $0.units[1].fields["sports_venue_area_m2"] = -3.0
            $0.units[2].fields["books"] = 1.5
            $0.units[3].id = "P01"
            $0.units[4].kind = .senior
        }
        let error = try #require(throws: DudaoError.self) { try self.registry.evaluate(input) }
        let found = Set(error.violations.map { "\($0.path) \($0.rule.rawValue)" })
        #expect(
            found == [
                "units[0].pupils must_be_positive", "units[1].sports_venue_area_m2 negative", "units[2].books type_mismatch",
                "units[3].id duplicate_id", "units[4].kind unknown_unit_kind",
            ]
        )
    }

    @Test("teachers' parts above the teachers and a certification after the year are rejected")
    func customValidation() throws {
        let input = Examples.county {
            $0.units[0].fields["qualified_teachers"] = 500
            $0.facts["certification_year"] = 2030
        }
        let error = try #require(throws: DudaoError.self) { try self.registry.evaluate(input) }
        #expect(Set(error.violations.map(\.path)) == ["units[0].qualified_teachers", "facts.certification_year"])
    }

    @Test("a county that still uses the old field names gets the same figures, with a warning naming old and new names")
    func deprecatedFieldNames() throws {
        let current = try self.registry.evaluate(Examples.balancedCounty())
        let renames = ["teaching_aux_floor_area_m2": "teaching_aux_area_m2", "sports_venue_area_m2": "sports_area_m2", "full_time_teachers": "teachers"]
        let old = Examples.county { input in
            for index in input.units.indices {
                for (key, oldKey) in renames {
                    input.units[index].fields[oldKey] = input.units[index].fields.removeValue(forKey: key)
                }
            }
        }
        let result = try self.registry.evaluate(old)
        #expect(result.indicators == current.indicators)
        #expect(result.inputDigest == current.inputDigest, "the input is read under the new names")
        let warnings = result.warnings.filter { $0.code == "deprecated_field" }
        #expect(warnings.count == 3)
        let sports = try #require(warnings.first { $0.messageEn.hasPrefix("field sports_area_m2 is deprecated") })
        #expect(sports.messageEn.contains("read as sports_venue_area_m2 (units[0].sports_area_m2 and 8 more)"))
        #expect(sports.messageZh.contains("sports_area_m2 已更名为 sports_venue_area_m2"))
        let both = Examples.county { $0.units[0].fields["sports_area_m2"] = 1.0 }
        let error = try #require(throws: DudaoError.self) { try self.registry.evaluate(both) }
        #expect(error.violations.map(\.path) == ["units[0].sports_area_m2"])
    }

    @Test("the shipped synthetic county passes and reports the coefficients that grew")
    func shippedExample() throws {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/compulsory-basic-balance-monitoring/county.json")
        let input = try CanonicalJSON.decode(AssessmentInput.self, from: try Data(contentsOf: url))
        let result = try self.registry.evaluate(input)
        #expect(result.verdict == .pass)
        #expect(input.units.count >= 20)
        #expect(result.warnings.contains { $0.code == "BB-W-WORSENED" })
    }

    @Test("the descriptor lists the 8 indicators with their source, the composite, and the [U] limits")
    func descriptor() throws {
        let descriptor = BasicBalanceAssessment.descriptor
        #expect(descriptor.indicators.count == 10)
        #expect(descriptor.indicators.allSatisfy { $0.citation.number == "教督〔2012〕3号" })
        let edition = try #require(descriptor.edition(id: "2012"))
        #expect(edition.parameters["composite.primary.max"]?.status == .unconfirmed)
        #expect(edition.parameters["composite.junior.max"]?.value == .number(0.55))
    }

    @Test("an overridden limit is used, recorded and stated in the limits warning")
    func overriddenLimit() throws {
        let baseline = try self.registry.evaluate(Examples.balancedCounty())
        let composite = try #require(baseline.indicator("BB-C", scope: "junior")?.value)
        let input = Examples.county { $0.parameterOverrides = ["composite.junior.max": .number(composite - 0.01)] }
        let result = try self.registry.evaluate(input)
        #expect(result.verdict == .fail)
        #expect(result.indicator("BB-C", scope: "junior")?.threshold == composite - 0.01)
        let warning = try #require(result.warnings.first { $0.code == "BB-W-LIMITS" })
        #expect(warning.messageEn.hasPrefix("Composite limits used: primary 0.65, junior \(Rounding.format(composite - 0.01, decimals: 2))"))
    }
}
