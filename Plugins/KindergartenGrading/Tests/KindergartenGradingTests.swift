import DudaoCore
import KindergartenGradingAssessment
import Testing

struct KindergartenGradingTests {
    static let registry = try! AssessmentRegistry([KindergartenGradingAssessment()])

    @Test("seven areas, weights adding up to 100, unknown weights tagged unconfirmed")
    func structure() {
        let descriptor = KindergartenGradingAssessment.descriptor
        #expect(descriptor.groups.count == 8)
        let weights = descriptor.editions[0].parameters.all.filter { $0.key.hasPrefix("weight.") }
        #expect(weights.count == 7)
        #expect(weights.compactMap(\.value.numberValue).reduce(0, +) == 100)
        #expect(weights.allSatisfy { $0.status == .unconfirmed })
    }
}
