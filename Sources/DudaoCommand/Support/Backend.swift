import DudaoCore

/// Where evaluations run: in this process (`--local`) or on a daemon.
protocol Backend: Sendable {
    func list() async throws -> [AssessmentDescriptor]
    func describe(id: String) async throws -> AssessmentDescriptor
    func evaluate(_ input: AssessmentInput) async throws -> AssessmentResult
    /// Evaluates many inputs, yielding each outcome as it finishes and the batch views at the end.
    func evaluateBatch(_ inputs: [AssessmentInput]) -> AsyncThrowingStream<BatchEvent, any Error>
}

/// One step of a batch evaluation.
enum BatchEvent: Sendable {
    case item(index: Int, outcome: Result<AssessmentResult, DudaoError>)
    case summary(BatchSummary)
}
