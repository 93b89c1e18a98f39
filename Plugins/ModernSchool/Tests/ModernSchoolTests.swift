import DudaoCore
import ModernSchoolAssessment
import Testing

struct ModernSchoolTests {
    static let registry = try! AssessmentRegistry([ModernSchoolAssessment()])

    @Test("an unknown school type is refused with its path")
    func schoolType() throws {
        var input = ModernSchoolExamples.all[0].input
        input.facts["school_type"] = "university"
        do {
            _ = try Self.registry.evaluate(input)
            Issue.record("expected an error")
        } catch let error as DudaoError {
            #expect(error.violations.map(\.path) == ["facts.school_type"])
        }
    }

    @Test("the recognition line is a parameter: 80 points pass a line of 80")
    func line() throws {
        var input = try #require(ModernSchoolExamples.all.first { $0.name == "not recognised at 80" }).input
        input.parameterOverrides = ["recognition_score": .number(80)]
        #expect(try Self.registry.evaluate(input).verdict == .pass)
    }
}
