import DudaoProto
import Synchronization

/// The templates of recent results, so that a result whose template is one of them takes its
/// digest and body from here rather than encoding and hashing the template again.
///
/// A template changes only with the assessment, its edition and parameters, so a few cover the
/// calls of a day. Comparing a template with one kept is cheap: their names and citations share
/// storage with the assessment's definitions.
final class TemplateCache: Sendable {
    static let capacity = 16
    private let recent = Mutex<[ResultTemplate]>([])

    func template(for message: Dudao_V1_AssessmentResult) throws -> ResultTemplate {
        let recent = self.recent.withLock { $0 }
        if let kept = recent.last(where: { $0.message == message }) { return kept }
        let made = try ResultTemplate(message)
        self.recent.withLock { recent in
            if recent.count >= Self.capacity { recent.removeFirst() }
            recent.append(made)
        }
        return made
    }
}
