import DudaoCore
import Testing

@Suite("One school under two ids")
struct DuplicateUnitTests {
    @Test("a school listed under two ids is evaluated with a warning naming both ids")
    func warned() throws {
        let registry = try AssessmentRegistry([TestAssessment()])
        var input = AssessmentInput.test()
        var twin = input.units[0]
        twin.id = "s1-again"
        input.units.append(twin)
        let result = try registry.evaluate(input)
        let warning = try #require(result.warnings.first { $0.code == AssessmentInput.duplicateUnitWarningCode })
        #expect(warning.unitIDs == [input.units[0].id, "s1-again"])
        #expect(try registry.evaluate(AssessmentInput.test()).warnings.allSatisfy { $0.code != AssessmentInput.duplicateUnitWarningCode })
    }

    @Test("spaces around a name, a full-width one included, do not hide the twin; a name of spaces is no name")
    func spaces() throws {
        let registry = try AssessmentRegistry([TestAssessment()])
        var input = AssessmentInput.test()
        var twin = input.units[0]
        twin.id = "s1-again"
        twin.name = "\u{3000} \(input.units[0].name)\t"
        input.units.append(twin)
        let warning = try #require(try registry.evaluate(input).warnings.first { $0.code == AssessmentInput.duplicateUnitWarningCode })
        #expect(warning.messageZh.contains("“\(input.units[0].name)”"))
        #expect(warning.unitIDs == [input.units[0].id, "s1-again"])

        input.units[0].name = "  "
        input.units[1].name = "\u{3000}"
        #expect(try registry.evaluate(input).warnings.allSatisfy { $0.code != AssessmentInput.duplicateUnitWarningCode })
    }
}
