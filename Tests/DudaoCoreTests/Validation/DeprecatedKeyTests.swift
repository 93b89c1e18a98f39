import DudaoCore
import Testing

/// A field renamed to its shared name keeps its old key: inputs that use it are read under the
/// new key, the rename is reported, and giving both keys is an error.
struct DeprecatedKeyTests {
    var schema: InputSchema {
        var schema = TestAssessment().descriptor.schema
        schema.facts[0].deprecatedKeys = ["social_recognition"]
        schema.unitFields[1].deprecatedKeys = ["floor_area_m2"]
        return schema
    }

    @Test("old keys are read as the new ones, with a note of each rename, and a needed field is not missing")
    func renamed() {
        var input = AssessmentInput.test()
        input.facts["social_recognition"] = input.facts.removeValue(forKey: "recognition_rate")
        for index in input.units.indices {
            input.units[index].fields["floor_area_m2"] = input.units[index].fields.removeValue(forKey: "area_m2")
        }
        let report = Validator(schema: self.schema).validate(input)
        #expect(report.issues.isEmpty)
        #expect(report.missing.isEmpty)
        #expect(report.normalized == Validator(schema: self.schema).validate(.test()).normalized)
        #expect(
            report.renamed.map(\.path) == ["facts.social_recognition", "units[0].floor_area_m2", "units[1].floor_area_m2"]
        )
        #expect(report.renamed.allSatisfy { $0.key == ($0.deprecatedKey == "social_recognition" ? "recognition_rate" : "area_m2") })
    }

    @Test("giving a field under both keys is inconsistent, at the old key's path")
    func both() {
        var input = AssessmentInput.test()
        input.facts["social_recognition"] = 0.5
        let report = Validator(schema: self.schema).validate(input)
        #expect(report.issues.map { "\($0.path) \($0.rule.rawValue)" } == ["facts.social_recognition inconsistent"])
        #expect(report.issues.first?.messageEn == "social_recognition is the deprecated name of recognition_rate; give only recognition_rate")
    }
}
