import DudaoCore
import Testing

/// Replacing the served set (a reload of standard packs) and the archive of replaced versions.
struct RegistryReplaceTests {
    /// The test assessment under another version.
    struct Versioned: Assessment {
        var version: String
        var id = "test"

        var descriptor: AssessmentDescriptor {
            var descriptor = TestAssessment().descriptor
            descriptor.id = self.id
            descriptor.version = self.version
            return descriptor
        }

        var examples: [WorkedExample] { [] }

        func evaluate(_ input: AssessmentInput, context: EvaluationContext) throws -> Evaluation {
            try TestAssessment().evaluate(input, context: context)
        }
    }

    @Test("a replace is seen by every copy of the registry; the replaced version stays for replays")
    func replace() throws {
        let registry = try AssessmentRegistry([Versioned(version: "1")])
        let copy = registry
        try registry.replace([Versioned(version: "2")])
        #expect(copy.assessment(id: "test")?.descriptor.version == "2")
        #expect(try copy.evaluate(.test()).assessmentVersion == "2")
        #expect(try copy.evaluate(.test(), version: "1").assessmentVersion == "1")
        // An unknown version falls back to the one served now.
        #expect(try copy.evaluate(.test(), version: "0").assessmentVersion == "2")
    }

    @Test("a refused replace changes nothing")
    func refused() throws {
        let registry = try AssessmentRegistry([Versioned(version: "1")])
        #expect(throws: RegistryError.duplicateID("test")) {
            try registry.replace([Versioned(version: "2"), Versioned(version: "3")])
        }
        #expect(registry.descriptors.map(\.version) == ["1"])
        #expect(registry.assessment(id: "test", version: "2") == nil)
    }

    @Test("an archived version is kept for replays without being served")
    func archive() throws {
        let registry = try AssessmentRegistry([Versioned(version: "2")])
        registry.archive(Versioned(version: "1"))
        #expect(registry.descriptors.map(\.version) == ["2"])
        #expect(try registry.evaluate(.test(), version: "1").assessmentVersion == "1")
    }
}
