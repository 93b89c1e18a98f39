/// One call as the audit trail keeps it: who called what, about which subject, and how it ended.
///
/// The trail is append-only and records every call, including refused and failed ones, because
/// "who looked at or tried to change what, and when" is what an audit is asked first.
public struct AuditEntry: Sendable, Hashable {
    /// Unix milliseconds when the call arrived.
    public var time: Int64
    public var caller: CallerIdentity
    /// The method called, e.g. `Evaluate`, `ListRecords`.
    public var method: String
    /// The subject's code, where the call is about one subject.
    public var subjectCode: String?
    /// The record the call made or read, where there is one.
    public var recordID: String?
    public var status: DudaoError.Code
    /// The status message sent with a non-OK status.
    public var message: String?
    public var durationMilliseconds: Int64
    /// The daemon's id of the call, unique per call.
    public var callID: String
    /// The caller's trace id, to join the trail with the caller's own logs.
    public var traceID: String?

    public init(
        time: Int64,
        caller: CallerIdentity,
        method: String,
        subjectCode: String? = nil,
        recordID: String? = nil,
        status: DudaoError.Code,
        message: String? = nil,
        durationMilliseconds: Int64,
        callID: String,
        traceID: String? = nil
    ) {
        self.time = time
        self.caller = caller
        self.method = method
        self.subjectCode = subjectCode
        self.recordID = recordID
        self.status = status
        self.message = message
        self.durationMilliseconds = durationMilliseconds
        self.callID = callID
        self.traceID = traceID
    }
}
