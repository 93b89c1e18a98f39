/// A subject evaluated again (回头看) and compared with an earlier record.
public struct LookBack: Sendable, Hashable {
    /// The earlier record's id.
    public var earlierRecordID: String
    /// The input the new evaluation used.
    public var input: AssessmentInput
    /// The new result.
    public var result: AssessmentResult
    public var comparison: ResultComparison

    public init(earlierRecordID: String, input: AssessmentInput, result: AssessmentResult, comparison: ResultComparison) {
        self.earlierRecordID = earlierRecordID
        self.input = input
        self.result = result
        self.comparison = comparison
    }

    /// The new record to store, linked to the earlier one.
    public func record(caller: CallerIdentity, daemonVersion: String, createdAt: Int64 = RecordID.now()) -> EvaluationRecord {
        EvaluationRecord(
            result: self.result,
            input: self.input,
            caller: caller,
            daemonVersion: daemonVersion,
            createdAt: createdAt,
            previousRecordID: self.earlierRecordID
        )
    }
}
