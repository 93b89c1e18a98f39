public import DudaoCore
import DudaoProto
import DudaoWire

/// One event of a streamed batch evaluation.
public enum BatchEvent: Sendable, Hashable {
    case item(BatchItem)
    case progress(BatchProgress)
    case done(BatchDone)

    /// `nil` for a message with no kind this client knows (a newer server's addition).
    init?(proto: Dudao_V1_EvaluateBatchResponse) throws {
        switch proto.kind {
        case .item(let item): self = .item(try BatchItem(proto: item))
        case .progress(let progress): self = .progress(BatchProgress(completed: Int(progress.completed), total: Int(progress.total), failed: Int(progress.failed)))
        case .done(let done): self = .done(try BatchDone(proto: done))
        case nil: return nil
        }
    }
}

/// The outcome of one input of a batch.
public struct BatchItem: Sendable, Hashable {
    /// The input's position in the batch.
    public var index: Int
    public var subjectCode: String
    public var outcome: Result<AssessmentResult, DudaoError>
    /// The stored record's id, when the server keeps records.
    public var recordID: String?

    init(proto: Dudao_V1_BatchItem) throws {
        self.index = Int(proto.index)
        self.subjectCode = proto.subjectCode
        self.recordID = proto.recordID.isEmpty ? nil : proto.recordID
        switch proto.outcome {
        case .result(let result): self.outcome = .success(try AssessmentResult(proto: result))
        case .error(let status): self.outcome = .failure(DudaoError(proto: status))
        case nil: self.outcome = .failure(DudaoError(.internal, "the server sent a batch item with no outcome"))
        }
    }
}

/// How far a batch has come.
public struct BatchProgress: Sendable, Hashable {
    public var completed: Int
    public var total: Int
    /// How many of the completed inputs gave an error.
    public var failed: Int
}

/// The end of a batch.
public struct BatchDone: Sendable, Hashable {
    public var evaluated: Int
    public var failed: Int
    /// The assessment's judgement over the successful results, when it has one.
    public var summary: BatchSummary?

    init(proto: Dudao_V1_BatchDone) throws {
        self.evaluated = Int(proto.evaluated)
        self.failed = Int(proto.failed)
        self.summary = proto.hasSummary ? try BatchSummary(proto: proto.summary) : nil
    }
}

/// A whole batch, collected: every item in input order and the end.
public struct BatchOutcome: Sendable, Hashable {
    public var items: [BatchItem]
    public var done: BatchDone
}

/// A result and the id of the record the server stored for it.
public struct RecordedResult: Sendable, Hashable {
    public var result: AssessmentResult
    /// `nil` when the server keeps no records.
    public var recordID: String?
}
