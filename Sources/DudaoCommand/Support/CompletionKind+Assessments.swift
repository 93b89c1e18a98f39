import ArgumentParser
import DudaoAssessments
import DudaoCore

extension CompletionKind {
    /// Completes the ids of the bundled assessments (`dudao describe <TAB>`).
    static var assessmentIDs: CompletionKind {
        .custom { (_: [String], _: Int, _: String) -> [String] in (try? BundledAssessments.registry())?.ids ?? [] }
    }
}
