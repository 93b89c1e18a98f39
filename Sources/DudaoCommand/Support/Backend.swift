import DudaoCore
import DudaoReport

/// Where evaluations run: in this process (`--local`) or on a daemon.
protocol Backend: Sendable {
    func list() async throws -> [AssessmentRow]
    func describe(id: String) async throws -> AssessmentDescriptor
    func evaluate(_ input: AssessmentInput) async throws -> Evaluated
    /// Evaluates many inputs, yielding each outcome as it finishes and the batch views at the end.
    func evaluateBatch(_ inputs: [AssessmentInput]) -> AsyncThrowingStream<BatchEvent, any Error>
    /// Ends the session (closes the connection).
    func close() async
}

/// A result and the id of the record a daemon stored for it (none in local mode).
struct Evaluated: Sendable {
    var result: AssessmentResult
    var recordID: String?
}

/// One step of a batch evaluation.
enum BatchEvent: Sendable {
    case item(index: Int, outcome: Result<AssessmentResult, DudaoError>, recordID: String?)
    case summary(BatchSummary)
}
