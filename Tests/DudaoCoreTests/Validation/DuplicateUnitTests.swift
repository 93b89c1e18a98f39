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
}
