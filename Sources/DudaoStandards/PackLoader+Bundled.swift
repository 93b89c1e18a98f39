public import DudaoCore

extension PackLoader {
    /// Loads packs that ship with the build; a pack that fails its check becomes an assessment
    /// with a broken descriptor, which the registry refuses at start naming every problem.
    public static func assessments(_ sources: [PackSource], catalog: [PackSource]) -> [any Assessment] {
        let loader = PackLoader(catalog: catalog)
        return sources.map { source -> any Assessment in
            do throws(PackErrors) {
                return try loader.load(source).assessment
            } catch {
                return RefusedPack(id: source.name, errors: error)
            }
        }
    }
}

/// A bundled pack that failed its check: it carries the reason so the registry refuses it.
struct RefusedPack: Assessment {
    let id: String
    let errors: PackErrors

    var descriptor: AssessmentDescriptor {
        AssessmentDescriptor.built(id: self.id) { throw self.errors }
    }

    var examples: [WorkedExample] { [] }

    func evaluate(_ input: AssessmentInput, context: EvaluationContext) throws -> Evaluation {
        throw DudaoError(.internal, "\(self.errors)")
    }
}
