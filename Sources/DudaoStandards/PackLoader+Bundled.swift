public import DudaoCore
import Dispatch
import Synchronization

extension PackLoader {
    /// Loads packs that ship with the build; a pack that fails its check becomes an assessment
    /// with a broken descriptor, which the registry refuses at start naming every problem.
    public static func assessments(_ sources: [PackSource], catalog: [PackSource]) -> [any Assessment] {
        let loader = PackLoader(catalog: catalog)
        // Checked side by side, one pack per core: reading and checking them is most of a start.
        let loaded = Mutex([(any Assessment)?](repeating: nil, count: sources.count))
        DispatchQueue.concurrentPerform(iterations: sources.count) { index in
            let assessment: any Assessment
            do throws(PackErrors) {
                assessment = try loader.load(sources[index]).assessment
            } catch {
                assessment = RefusedPack(id: sources[index].name, errors: error)
            }
            loaded.withLock { $0[index] = assessment }
        }
        return loaded.withLock { $0.compactMap { $0 } }
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
