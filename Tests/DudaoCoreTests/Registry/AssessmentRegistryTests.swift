import DudaoCore
import Testing

struct AssessmentRegistryTests {
    @Test("a duplicate id is an error")
    func duplicate() {
        #expect(throws: RegistryError.duplicateID("test")) {
            try AssessmentRegistry([TestAssessment(), TestAssessment()])
        }
    }

    @Test("looks up by id and lists descriptors in order")
    func lookup() throws {
        let registry = try AssessmentRegistry([TestAssessment()])
        #expect(registry.assessment(id: "test") != nil)
        #expect(registry.assessment(id: "nope") == nil)
        #expect(registry.descriptors.map(\.id) == ["test"])
    }

    @Test("evaluates through the whole pipeline and names the edition and digest")
    func evaluate() throws {
        let result = try AssessmentRegistry([TestAssessment()]).evaluate(.test())
        #expect(result.verdict == .pass)
        #expect(result.edition.id == "2020")
        #expect(result.indicator("T-1")?.value == 5)
        #expect(result.inputDigest.hasPrefix("sha256-bin:"))
        #expect(result.inputDigest.count == "sha256-bin:".count + 64)
    }

    @Test("an invalid input is INVALID_ARGUMENT with every violation")
    func invalid() throws {
        var input = AssessmentInput.test()
        input.units[0].fields["pupils"] = 0
        input.units[1].fields["area_m2"] = -3
        let error = try #require(throws: DudaoError.self) { try AssessmentRegistry([TestAssessment()]).evaluate(input) }
        #expect(error.code == .invalidArgument)
        #expect(error.violations.map(\.path).sorted() == ["units[0].pupils", "units[1].area_m2"])
    }

    @Test("an unknown assessment is NOT_FOUND")
    func unknownAssessment() throws {
        var input = AssessmentInput.test()
        input.assessment = "nope"
        let error = try #require(throws: DudaoError.self) { try AssessmentRegistry([TestAssessment()]).evaluate(input) }
        #expect(error.code == .notFound)
    }

    @Test("missing data make the verdict not assessable; a known failure still fails")
    func verdicts() throws {
        let registry = try AssessmentRegistry([TestAssessment()])
        var missing = AssessmentInput.test()
        missing.facts["recognition_rate"] = nil
        let notAssessable = try registry.evaluate(missing)
        #expect(notAssessable.verdict == .notAssessable)
        #expect(notAssessable.missing.map(\.path) == ["facts.recognition_rate"])
        #expect(notAssessable.reasons.map(\.code) == ["T-2"])

        var vetoed = missing
        vetoed.facts["exam_admission"] = true
        let failed = try registry.evaluate(vetoed)
        #expect(failed.verdict == .fail)
        #expect(failed.firedVetoes.map(\.code) == ["T-V1"])
        #expect(failed.reasons.first?.kind == .vetoFired)
    }

    @Test("parameter overrides are applied, recorded, and checked")
    func overrides() throws {
        let registry = try AssessmentRegistry([TestAssessment()])
        var input = AssessmentInput.test()
        input.parameterOverrides = ["area.min": .integer(6)]
        let result = try registry.evaluate(input)
        #expect(result.verdict == .fail)
        #expect(result.indicator("T-1")?.threshold == 6)
        #expect(result.parameterOverrides == ["area.min": .integer(6)])

        input.parameterOverrides = ["area.max": .number(1), "split": .text("half")]
        let error = try #require(throws: DudaoError.self) { try registry.evaluate(input) }
        #expect(Set(error.violations.map(\.rule)) == [.unknownParameter, .notAllowed])
    }

    @Test("an override of NaN, infinity or 1e308 is INVALID_ARGUMENT naming the parameter", arguments: [Double.nan, .infinity, -.infinity, 1e308])
    func overrideNotFinite(value: Double) throws {
        let registry = try AssessmentRegistry([TestAssessment()])
        var input = AssessmentInput.test()
        input.parameterOverrides = ["area.min": .number(value)]
        let error = try #require(throws: DudaoError.self) { try registry.evaluate(input) }
        #expect(error.code == .invalidArgument)
        #expect(error.violations.map(\.path) == ["parameterOverrides.area.min"])
        #expect(error.violations.first?.messageEn.contains("area.min") == true)
    }

    @Test("every value at 1e308 is INVALID_ARGUMENT naming the fields, not a sum that overflows")
    func overflowingValues() throws {
        let registry = try AssessmentRegistry([TestAssessment()])
        var input = AssessmentInput.test()
        for index in input.units.indices {
            input.units[index].fields["area_m2"] = FieldValue(.number(1e308))
        }
        let error = try #require(throws: DudaoError.self) { try registry.evaluate(input) }
        #expect(error.code == .invalidArgument)
        #expect(Set(error.violations.map(\.rule)) == [.tooLarge])
        #expect(error.violations.map(\.path) == input.units.indices.map { "units[\($0)].area_m2" })
    }
}
