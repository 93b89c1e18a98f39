import DudaoCore
import Testing
import ThrowawayComputerCheckAssessment

struct ThrowawayComputerCheckTests {
    @Test("a floor above the county's figure fails it")
    func floor() throws {
        var input = ThrowawayComputerCheck.county()
        input.parameterOverrides = ["floor": .number(20)]
        #expect(try AssessmentRegistry([ThrowawayComputerCheck()]).evaluate(input).verdict == .fail)
    }
}
