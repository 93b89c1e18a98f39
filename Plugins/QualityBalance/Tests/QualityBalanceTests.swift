import DudaoCore
import QualityBalanceAssessment
import Testing

/// Runs an input through the whole pipeline (edition, overrides, validation, evaluation).
func evaluate(_ input: AssessmentInput, assessment: QualityBalance = QualityBalance()) throws -> AssessmentResult {
    try AssessmentRegistry([assessment]).evaluate(input)
}

struct QualityBalanceExampleTests {
    @Test("a failing county names every failing item among its reasons")
    func reasonsNameEveryFailure() throws {
        var facts = QualityBalanceExamples.baseFacts
        facts["social_recognition_rate"] = 0.80
        facts["veto_exam_admission_occurred"] = true
        facts["teacher_certificate_rate"] = 0.98
        let result = try evaluate(QualityBalanceExamples.baseInput(facts: facts))
        #expect(result.verdict == .fail)
        #expect(Set(result.reasons.map(\.code)) == ["QB-V1", "QB-S1", "QB-G12"])
        #expect(result.reasons.first?.kind == .vetoFired)
        let finding = try #require(result.findings.first { $0.indicatorCode == "QB-G12" })
        #expect(abs((finding.shortfall ?? 0) - 0.02) < 1e-12)
    }

    /// Found by the proto-input fuzz target (Tools/fuzz/findings/proto-input-infinite-pay-ratio.bin):
    /// the ratio came out infinite and the result could not be encoded (INTERNAL).
    @Test("a reference pay near zero makes the pay ratio infinite: refused naming the indicator, not INTERNAL")
    func infiniteRatio() throws {
        var facts = QualityBalanceExamples.baseFacts
        facts["civil_servant_average_pay_yuan"] = 1e-307
        let error = try #require(throws: DudaoError.self) { try evaluate(QualityBalanceExamples.baseInput(facts: facts)) }
        #expect(error.code == .invalidArgument)
        #expect(error.violations.contains { $0.rule == .notFinite && $0.path.hasPrefix("indicators.") }, "\(error.violations)")
    }

    @Test("every result carries explanations in both languages and a citation")
    func explanations() throws {
        let result = try evaluate(QualityBalanceExamples.passing.input)
        for indicator in result.indicators {
            #expect(!indicator.explanationZh.isEmpty && !indicator.explanationEn.isEmpty, "\(indicator.code)")
            #expect(indicator.citation.number == "教督〔2017〕6号", "\(indicator.code)")
        }
        for veto in result.vetoes { #expect(!veto.explanationZh.isEmpty && !veto.explanationEn.isEmpty) }
        let descriptor = QualityBalance().descriptor
        for indicator in result.indicators {
            #expect(descriptor.indicator(indicator.code) != nil, "\(indicator.code) is not defined")
        }
        // E1, 7 × 2 indicators, 2 rule results, 7 × 2 coefficients, 15 items (G13 twice), 9 quality, S1.
        #expect(result.indicators.count == 1 + 14 + 2 + 14 + 16 + 9 + 1)
        #expect(result.vetoes.map(\.code) == ["QB-V1", "QB-V2", "QB-V3"])
    }

    @Test("an item judged per stage lists 小学 before 初中, as the standard's own tables do")
    func stageOrder() throws {
        let result = try evaluate(QualityBalanceExamples.passing.input)
        let scopes = Dictionary(grouping: result.indicators.filter { $0.scope != nil }, by: \.code).mapValues { $0.map(\.scope) }
        #expect(scopes["QB-G13"] == ["primary", "junior"])
        #expect(scopes.values.allSatisfy { $0 == ["primary", "junior"] }, "\(scopes)")
    }

    @Test("the rectification list names a per-stage county item's 小学 before its 初中, as the results do")
    func findingsInStageOrder() throws {
        var facts = QualityBalanceExamples.baseFacts
        facts["primary_nearby_enrolment_rate"] = 0.5
        facts["junior_nearby_enrolment_rate"] = 0.5
        let result = try evaluate(QualityBalanceExamples.baseInput(facts: facts))
        #expect(result.findings.filter { $0.indicatorCode == "QB-G13" }.map(\.scope) == ["primary", "junior"])
    }
}

struct QualityBalanceMissingDataTests {
    @Test("a missing figure makes its items not assessable and names the field, never reads as zero")
    func namesTheField() throws {
        let result = try evaluate(QualityBalanceExamples.missingSurvey.input)
        #expect(result.verdict == .notAssessable)
        let survey = try #require(result.indicator("QB-S1"))
        #expect(survey.value == nil)
        #expect(survey.explanationEn.contains("facts.social_recognition_rate"))
        let rule = try #require(result.indicator("QB-RS", scope: "primary"))
        #expect(rule.explanationEn.contains("P2") && rule.explanationEn.contains("teaching_aux_floor_area_m2"))
        let coefficient = try #require(result.indicator("QB-D4", scope: "primary"))
        #expect(coefficient.value == nil)
        #expect(result.missing.contains { $0.path == "facts.social_recognition_rate" })
        #expect(result.missing.contains { $0.unitID == "P2" && $0.key == "teaching_aux_floor_area_m2" })
        // Other indicators of P2 are still computed.
        let rooms = try #require(result.indicator("QB-R7", scope: "primary")?.breakdown.first { $0.unitID == "P2" })
        #expect(rooms.value == 2.6)
    }

    @Test("a known failure decides the verdict even when other data are missing")
    func failureWins() throws {
        var input = QualityBalanceExamples.missingSurvey.input
        input.facts["veto_illegal_school_choice_occurred"] = true
        let result = try evaluate(input)
        #expect(result.verdict == .fail)
        #expect(result.reasons.first?.code == "QB-V2")
        #expect(result.reasons.contains { $0.code == "QB-S1" && $0.kind == .notAssessable })
    }
}

struct StageSplitTests {
    let weighted = StageSplit(rule: .weighted, throughWeights: [.primary: 1, .junior: 1.1, .senior: 1.32], completeSecondaryWeights: [.junior: 1, .senior: 1.2])

    @Test("a nine-year school splits 1 : 1.1 by weighted pupils, or by plain enrolment")
    func nineYear() throws {
        // 600 primary, 400 junior: weighted 600 + 440 = 1040.
        let shares = try #require(self.weighted.shares(kind: .nineYear, pupils: [.primary: 600, .junior: 400]))
        #expect(abs(shares[.primary]! - 600.0 / 1040.0) < 1e-15)
        #expect(abs(shares[.junior]! - 440.0 / 1040.0) < 1e-15)
        var proportional = self.weighted
        proportional.rule = .proportional
        let plain = try #require(proportional.shares(kind: .nineYear, pupils: [.primary: 600, .junior: 400]))
        #expect(plain == [.primary: 0.6, .junior: 0.4])
    }

    @Test("a twelve-year school gives 1.32 to senior pupils and a complete secondary school 1.2")
    func withSenior() throws {
        // 600 + 1.1 × 400 + 1.32 × 300 = 600 + 440 + 396 = 1436.
        let twelve = try #require(self.weighted.shares(kind: .twelveYear, pupils: [.primary: 600, .junior: 400, .senior: 300]))
        #expect(abs(twelve[.junior]! - 440.0 / 1436.0) < 1e-15)
        #expect(abs(twelve[.senior]! - 396.0 / 1436.0) < 1e-15)
        // 500 + 1.2 × 500 = 1100.
        let complete = try #require(self.weighted.shares(kind: .completeSecondary, pupils: [.junior: 500, .senior: 500]))
        #expect(abs(complete[.junior]! - 500.0 / 1100.0) < 1e-15)
    }

    @Test("a single-stage school keeps all its resources")
    func singleStage() {
        #expect(self.weighted.shares(kind: .junior, pupils: [.junior: 320]) == [.junior: 1])
        #expect(self.weighted.shares(kind: .primary, pupils: [.primary: 0]) == nil)
    }

    @Test("the two presets give different primary and junior figures for a nine-year school")
    func presetsDiffer() throws {
        let weighted = try evaluate(QualityBalanceExamples.passing.input)
        let proportional = try evaluate(QualityBalanceExamples.proportionalSplit.input)
        func value(_ result: AssessmentResult, _ code: String, _ scope: String) -> Double? {
            result.indicator(code, scope: scope)?.breakdown.first { $0.unitID == "N1" }?.value
        }
        // Equipment 2 600 000 元: weighted 1 500 000 / 600 = 2500 and 1 100 000 / 400 = 2750;
        // proportional 1 560 000 / 600 = 2600 = 1 040 000 / 400.
        #expect(abs(value(weighted, "QB-R6", "primary")! - 2500) < 1e-9)
        #expect(abs(value(weighted, "QB-R6", "junior")! - 2750) < 1e-9)
        #expect(abs(value(proportional, "QB-R6", "primary")! - 2600) < 1e-9)
        #expect(abs(value(proportional, "QB-R6", "junior")! - 2600) < 1e-9)
        // Teachers are reported by stage and do not move: 30 / 600 × 100 = 5.0 either way.
        #expect(value(weighted, "QB-R1", "primary") == value(proportional, "QB-R1", "primary"))
    }
}

struct QualityBalanceCoverageTests {
    @Test("a teaching point with at least the minimum pupils is included, one below is excluded with a warning")
    func teachingPointThreshold() throws {
        let units = QualityBalanceExamples.baseUnits.map { unit -> Unit in
            guard unit.id == "T1" else { return unit }
            var unit = unit
            // 50 pupils: area 200 ㎡ → 4.0 ㎡ (< 4.5, 88.9%); everything else generous.
            unit.fields = [
                "primary_pupils": 50, "primary_qualified_teachers": 3, "primary_backbone_teachers": 1, "primary_pe_art_teachers": 1,
                "teaching_aux_floor_area_m2": 200, "sports_venue_area_m2": 400, "equipment_value_yuan": 120_000, "multimedia_classrooms": 2,
                "primary_max_class_size": 12,
            ]
            return unit
        }
        let included = try evaluate(QualityBalanceExamples.baseInput(units: units))
        #expect(!included.warnings.contains { $0.code == "excluded_school" && $0.unitIDs == ["T1"] })
        #expect(included.indicator("QB-RS", scope: "primary")?.breakdown.contains { $0.unitID == "T1" } == true)
        #expect(included.findings.contains { $0.unitID == "T1" && $0.indicatorCode == "QB-R4" })
        #expect(included.verdict == .pass)

        let raised = try evaluate(QualityBalanceExamples.baseInput(units: units, overrides: ["coverage.teaching_point_min_pupils": .integer(51)]))
        let warning = try #require(raised.warnings.first { $0.code == "excluded_school" && $0.unitIDs == ["T1"] })
        #expect(warning.messageZh.contains("石门教学点") && warning.messageZh.contains("50"))
        #expect(raised.indicator("QB-RS", scope: "primary")?.breakdown.contains { $0.unitID == "T1" } == false)
    }

    @Test("unconfirmed veto items apply only when switched on")
    func optionalVeto() throws {
        var facts = QualityBalanceExamples.baseFacts
        facts["veto_falsified_data_occurred"] = true
        let off = try evaluate(QualityBalanceExamples.baseInput(facts: facts))
        #expect(off.verdict == .pass)
        #expect(off.warnings.contains { $0.code == "veto_not_applied" })
        let on = try evaluate(QualityBalanceExamples.baseInput(facts: facts, overrides: ["veto.falsified_data.enabled": .boolean(true)]))
        #expect(on.verdict == .fail)
        #expect(on.firedVetoes.map(\.code) == ["QB-V6"])
        let unknown = try evaluate(QualityBalanceExamples.baseInput(overrides: ["veto.major_safety_incident.enabled": .boolean(true)]))
        #expect(unknown.verdict == .notAssessable)
        #expect(unknown.reasons.map(\.code) == ["QB-V5"])
    }

    @Test("per-school government items name the school that breaks them")
    func schoolItems() throws {
        let units = QualityBalanceExamples.baseUnits.map { unit -> Unit in
            var unit = unit
            if unit.id == "P1" { unit.fields["primary_max_class_size"] = 52 }
            if unit.id == "J1" { unit.fields["classes"] = 25 }  // needs 3 rooms of each, has 2
            return unit
        }
        let result = try evaluate(QualityBalanceExamples.baseInput(units: units))
        #expect(result.indicator("QB-G05")?.outcome == .notMet)
        #expect(result.indicator("QB-G03")?.outcome == .notMet)
        let classSize = try #require(result.findings.first { $0.indicatorCode == "QB-G05" })
        #expect(classSize.unitID == "P1" && classSize.shortfall == 7)
        let rooms = try #require(result.findings.first { $0.indicatorCode == "QB-G03" })
        #expect(rooms.unitID == "J1" && rooms.threshold == 3)
    }

    @Test("a school lacking figures leaves each per-school item not assessable and names every absent field")
    func schoolItemsMissing() throws {
        let units = QualityBalanceExamples.baseUnits.map { unit -> Unit in
            var unit = unit
            if unit.id == "P1" {
                unit.fields["music_rooms"] = nil
                unit.fields["art_rooms"] = nil
                unit.fields["primary_max_class_size"] = nil
            }
            return unit
        }
        let result = try evaluate(QualityBalanceExamples.baseInput(units: units))
        for (code, note) in [("QB-G03", "missing: music_rooms, art_rooms"), ("QB-G05", "missing: primary_max_class_size")] {
            let item = try #require(result.indicator(code))
            #expect(item.outcome == .notAssessable && item.value == nil)
            let row = try #require(item.breakdown.first { $0.unitID == "P1" })
            #expect(row.outcome == .notAssessable && row.value == nil && row.note == note)
            #expect(item.breakdown.filter { $0.unitID != "P1" }.allSatisfy { $0.outcome != .notAssessable })
        }
        #expect(result.indicator("QB-G04")?.outcome == .met)
    }
}

struct QualityBalanceValidationTests {
    func issues(_ input: AssessmentInput) -> [ValidationIssue] {
        do {
            _ = try evaluate(input)
            return []
        } catch let error as DudaoError {
            return error.violations
        } catch {
            return []
        }
    }

    @Test("a school with no pupils is an error naming the school")
    func zeroPupils() {
        let units = QualityBalanceExamples.baseUnits.map { unit -> Unit in
            var unit = unit
            if unit.id == "P2" { unit.fields["primary_pupils"] = 0 }
            return unit
        }
        let found = self.issues(QualityBalanceExamples.baseInput(units: units))
        #expect(found.contains { $0.path == "units[1]" && $0.rule == .mustBePositive })
    }

    @Test("stage pupils must match the kind of school")
    func stageMismatch() {
        // The schema rejects a stage field on a school without that stage.
        var primaryWithJunior = QualityBalanceExamples.baseUnits
        primaryWithJunior[0].fields["junior_pupils"] = 30
        let schema = self.issues(QualityBalanceExamples.baseInput(units: primaryWithJunior))
        #expect(schema.map(\.path) == ["units[0].junior_pupils"])
        #expect(schema.first?.rule == .notApplicable)
        // The module rejects a nine-year school without junior pupils and a class larger than its stage.
        var nineYearWithoutJunior = QualityBalanceExamples.baseUnits
        nineYearWithoutJunior[3].fields["junior_pupils"] = 0
        nineYearWithoutJunior[1].fields["primary_max_class_size"] = 501
        let module = self.issues(QualityBalanceExamples.baseInput(units: nineYearWithoutJunior))
        #expect(module.contains { $0.path == "units[3].junior_pupils" && $0.rule == .inconsistent })
        #expect(module.contains { $0.path == "units[1].primary_max_class_size" && $0.rule == .inconsistent })
    }

    @Test("negative amounts, rates above one and out-of-range overrides are rejected together")
    func ranges() {
        var units = QualityBalanceExamples.baseUnits
        units[2].fields["sports_venue_area_m2"] = -1
        var facts = QualityBalanceExamples.baseFacts
        facts["social_recognition_rate"] = 91
        let found = self.issues(QualityBalanceExamples.baseInput(facts: facts, units: units, overrides: ["school_rule.remaining_floor_fraction": .number(1.5)]))
        #expect(found.contains { $0.path == "units[2].sports_venue_area_m2" && $0.rule == .negative })
        #expect(found.contains { $0.path == "facts.social_recognition_rate" && $0.rule == .outOfRange })
        #expect(found.count >= 2)
        let rule = self.issues(QualityBalanceExamples.baseInput(overrides: ["school_rule.remaining_floor_fraction": .number(1.5)]))
        #expect(rule.map(\.path) == ["parameterOverrides.school_rule.remaining_floor_fraction"])
        let preset = self.issues(QualityBalanceExamples.baseInput(overrides: ["split.rule": .text("by_floor")]))
        #expect(preset.first?.rule == .notAllowed)
    }
}

struct QualityBalanceEditionTests {
    @Test("the 2017 edition states every figure with a citation, and marks the unconfirmed ones")
    func parameters() throws {
        let edition = QualityBalanceEditions.edition2017
        #expect(try edition.parameters.number("resource.primary.qualified_teachers_per_100") == 4.2)
        #expect(edition.parameters["resource.primary.qualified_teachers_per_100"]?.status == .confirmed)
        #expect(edition.parameters["school_rule.remaining_floor_fraction"]?.status == .unconfirmed)
        #expect(edition.parameters["split.rule"]?.status == .unconfirmed)
        #expect(edition.notes.contains { $0.contains("2017-04-19") && $0.contains("[U]") })
        for parameter in edition.parameters.all {
            #expect(parameter.citation.article != nil, "\(parameter.key)")
        }
    }

    @Test("the edition in force for the period is chosen, and a named edition overrides it")
    func selection() throws {
        // A later edition made up for this test: primary teaching area raised to 6.0 ㎡ from 2030.
        var later = QualityBalanceEditions.edition2017
        later.id = "test-2030"
        later.effectiveFrom = CalendarDate(year: 2030, month: 1, day: 1)!
        let (raised, issues) = later.parameters.applying(["resource.primary.teaching_aux_area_per_pupil_m2": .number(6.0)])
        #expect(issues.isEmpty)
        later.parameters = raised
        let assessment = QualityBalance(editions: QualityBalanceEditions.all + [later])

        var input = QualityBalanceExamples.baseInput()
        let current = try evaluate(input, assessment: assessment)
        #expect(current.edition.id == "2017")
        #expect(current.verdict == .pass)

        input.period = .schoolYear(2030)
        let future = try evaluate(input, assessment: assessment)
        #expect(future.edition.id == "test-2030")
        // P1 5.0, P2 4.8 and N1 5.77 ㎡ are now all below 6.0: three shortfalls, but each school has one only.
        #expect(future.findings.filter { $0.indicatorCode == "QB-R4" && $0.scope == "primary" }.count == 3)

        input.edition = "2017"
        #expect(try evaluate(input, assessment: assessment).edition.id == "2017")
        input.period = .schoolYear(2016)
        input.edition = nil
        #expect(throws: DudaoError.self) { try evaluate(input, assessment: assessment) }
    }
}
