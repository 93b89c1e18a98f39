/// One official evaluation as kept for accountability: what was asked, by whom, when, and the answer.
///
/// Records are immutable: a re-evaluation is a new record whose ``previousRecordID`` names the
/// earlier one, so the chain of judgements about a subject can be followed and none is overwritten.
/// The complete input is kept (not only its digest) so the evaluation can be replayed years later.
public struct EvaluationRecord: Sendable, Hashable, Codable {
    /// Time-ordered unique id (see ``RecordID``).
    public var id: String
    public var assessment: String
    /// The id of the edition the result used.
    public var edition: String
    public var subject: Subject
    public var period: Period
    /// The input as the caller sent it.
    public var input: AssessmentInput
    /// The canonical digest of the normalised input, as in ``AssessmentResult/inputDigest``.
    public var inputDigest: String
    public var result: AssessmentResult
    public var caller: CallerIdentity
    /// Unix milliseconds when the record was made.
    public var createdAt: Int64
    /// The version of the daemon that evaluated.
    public var daemonVersion: String
    /// The record this one re-evaluates (a look-back), if any.
    public var previousRecordID: String?

    public init(
        id: String,
        assessment: String,
        edition: String,
        subject: Subject,
        period: Period,
        input: AssessmentInput,
        inputDigest: String,
        result: AssessmentResult,
        caller: CallerIdentity,
        createdAt: Int64,
        daemonVersion: String,
        previousRecordID: String? = nil
    ) {
        self.id = id
        self.assessment = assessment
        self.edition = edition
        self.subject = subject
        self.period = period
        self.input = input
        self.inputDigest = inputDigest
        self.result = result
        self.caller = caller
        self.createdAt = createdAt
        self.daemonVersion = daemonVersion
        self.previousRecordID = previousRecordID
    }

    /// A record of `result`, evaluated from `input`, with a fresh id unless one is given.
    ///
    /// Assessment, edition, subject, period and digest are taken from the result, so they always
    /// agree with it.
    public init(
        result: AssessmentResult,
        input: AssessmentInput,
        caller: CallerIdentity,
        daemonVersion: String,
        createdAt: Int64 = RecordID.now(),
        previousRecordID: String? = nil,
        id: String? = nil
    ) {
        self.init(
            id: id ?? RecordID.make(createdAt: createdAt),
            assessment: result.assessment,
            edition: result.edition.id,
            subject: result.subject,
            period: result.period,
            input: input,
            inputDigest: result.inputDigest,
            result: result,
            caller: caller,
            createdAt: createdAt,
            daemonVersion: daemonVersion,
            previousRecordID: previousRecordID
        )
    }

    public var verdict: Verdict { self.result.verdict }
}
