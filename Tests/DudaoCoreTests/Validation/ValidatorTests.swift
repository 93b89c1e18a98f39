import DudaoCore
import Testing

struct ValidatorTests {
    let validator = Validator(schema: TestAssessment().descriptor.schema)

    func rules(_ input: AssessmentInput) -> [String: ValidationRule] {
        Dictionary(self.validator.validate(input).issues.map { ($0.path, $0.rule) }, uniquingKeysWith: { first, _ in first })
    }

    @Test("a valid input has no issues and nothing missing")
    func valid() {
        let report = self.validator.validate(.test())
        #expect(report.issues.isEmpty)
        #expect(report.missing.isEmpty)
    }

    @Test(
        "each bad value is reported with its path and rule",
        arguments: [
            ("pupils", FieldValue(.integer(-5)), ValidationRule.negative),
            ("pupils", FieldValue(.integer(0)), .mustBePositive),
            ("pupils", FieldValue(.number(12.5)), .typeMismatch),
            ("area_m2", FieldValue(.number(.nan)), .notFinite),
            ("area_m2", FieldValue(.number(.infinity)), .notFinite),
            ("area_m2", FieldValue(.text("500")), .typeMismatch),
            ("area_m2", FieldValue(.number(-1)), .negative),
            ("area_m2", FieldValue(.number(1e308)), .tooLarge),
            ("pupils", FieldValue(.integer(Int64.max)), .tooLarge),
            ("area_m3", FieldValue(.number(1)), .unknownField),
        ]
    )
    func badValue(key: String, value: FieldValue, rule: ValidationRule) {
        var input = AssessmentInput.test()
        input.units[1].fields[key] = value
        #expect(self.rules(input)["units[1].\(key)"] == rule)
    }

    @Test("reports every problem at once")
    func allTogether() {
        var input = AssessmentInput.test()
        input.units[0].fields["pupils"] = -1
        input.units[1].id = "s1"
        input.facts["recognition_rate"] = 1.2
        input.subject.code = "33"
        let rules = self.rules(input)
        #expect(rules["units[0].pupils"] == .negative)
        #expect(rules["units[1].id"] == .duplicateID)
        #expect(rules["facts.recognition_rate"] == .outOfRange)
        #expect(rules["subject.code"] == .invalidCode)
        #expect(rules.count == 4)
    }

    @Test("every message names the field in both languages")
    func bilingualMessages() throws {
        var input = AssessmentInput.test()
        input.units[0].fields["pupils"] = -1
        let issue = try #require(self.validator.validate(input).issues.first)
        #expect(issue.messageEn.contains("pupils"))
        #expect(issue.messageZh.contains("在校生数"))
    }

    @Test("unknown unit kinds and subject kinds are errors")
    func kinds() {
        var input = AssessmentInput.test()
        input.units[0].kind = "university"
        input.subject.kind = .school
        let rules = self.rules(input)
        #expect(rules["units[0].kind"] == .unknownUnitKind)
        #expect(rules["subject.kind"] == .subjectKind)
    }

    @Test("a missing field is listed as missing, not as an error and not as zero")
    func missingIsNotZero() throws {
        var input = AssessmentInput.test()
        input.units[1].fields["area_m2"] = nil
        input.facts["recognition_rate"] = nil
        let report = self.validator.validate(input)
        #expect(report.issues.isEmpty)
        #expect(Set(report.missing.map(\.path)) == ["units[1].area_m2", "facts.recognition_rate"])
        #expect(report.missing.first { $0.path == "units[1].area_m2" }?.unitID == "s2")
    }

    @Test("integers given for number fields are normalised so equal data digest equally")
    func normalisation() throws {
        var asIntegers = AssessmentInput.test()
        asIntegers.units[0].fields["area_m2"] = 500
        var asNumbers = AssessmentInput.test()
        asNumbers.units[0].fields["area_m2"] = 500.0
        let a = self.validator.validate(asIntegers).normalized
        let b = self.validator.validate(asNumbers).normalized
        #expect(a == b)
        #expect(InputDigest.of(a) == InputDigest.of(b))
    }
}
