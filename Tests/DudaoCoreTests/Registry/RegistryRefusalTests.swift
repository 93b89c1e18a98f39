import DudaoCore
import Testing

/// The registry refuses, at start and with a reason, a descriptor that is broken, empty or
/// inconsistent, instead of serving an assessment with nothing in it.
struct RegistryRefusalTests {
    /// The test assessment with its descriptor changed.
    struct Altered: Assessment {
        var change: @Sendable (inout AssessmentDescriptor) -> Void
        var examples: [WorkedExample] { [] }
        var descriptor: AssessmentDescriptor {
            var descriptor = TestAssessment().descriptor
            self.change(&descriptor)
            return descriptor
        }
        func evaluate(_ input: AssessmentInput, context: EvaluationContext) throws -> Evaluation {
            try TestAssessment().evaluate(input, context: context)
        }
    }

    struct MissingWeight: Error, CustomStringConvertible {
        var description: String { "the edition has no parameter weight.X" }
    }

    /// A module whose descriptor is derived from its edition and fails to build.
    struct Broken: Assessment {
        var examples: [WorkedExample] { [] }
        var descriptor: AssessmentDescriptor {
            AssessmentDescriptor.built(id: "broken") { throw MissingWeight() }
        }
        func evaluate(_ input: AssessmentInput, context: EvaluationContext) throws -> Evaluation { Evaluation(indicators: []) }
    }

    @Test("a descriptor that failed to build is refused with the reason")
    func broken() {
        #expect(throws: RegistryError.brokenDescriptor(id: "broken", reason: "the edition has no parameter weight.X")) {
            try AssessmentRegistry([Broken()])
        }
        #expect(RegistryError.brokenDescriptor(id: "broken", reason: "x").description == "assessment broken could not build its descriptor: x")
    }

    @Test(
        "an empty or inconsistent descriptor is refused, naming what is wrong",
        arguments: [
            ("no indicators", RegistryError.noIndicators("test")),
            ("no editions", RegistryError.noEdition("test")),
            ("no fields", RegistryError.emptySchema("test")),
            ("unknown group", RegistryError.unknownGroup(assessment: "test", indicator: "T-2", group: "S")),
            ("alias clash", RegistryError.duplicateField(assessment: "test", key: "pupils")),
        ]
    )
    func refused(_ problem: String, _ expected: RegistryError) {
        let change: @Sendable (inout AssessmentDescriptor) -> Void =
            switch problem {
            case "no indicators": { $0.indicators = [] }
            case "no editions": { $0.editions = [] }
            case "no fields":
                {
                    $0.schema.facts = []
                    $0.schema.unitFields = []
                }
            case "unknown group": { $0.groups.removeLast() }
            default: { $0.schema.unitFields[1].deprecatedKeys = ["pupils"] }
            }
        #expect(throws: expected) { try AssessmentRegistry([Altered(change: change)]) }
    }
}
