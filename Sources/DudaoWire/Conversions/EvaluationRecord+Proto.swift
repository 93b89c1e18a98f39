public import DudaoCore
public import DudaoProto

extension EvaluationRecord {
    /// The whole record on the wire; ``init(proto:)`` reads it back equal (the caller's
    /// authenticated identity is not carried until the protocol has credentials).
    public var proto: Dudao_V1_Record {
        var proto = Dudao_V1_Record()
        proto.id = self.id
        proto.assessment = self.assessment
        proto.edition = self.edition
        proto.subject = self.subject.proto
        proto.period = self.period.proto
        proto.input = self.input.proto
        proto.inputDigest = self.inputDigest
        proto.result = self.result.proto
        proto.caller = self.caller.clientName
        proto.createdAtUnixMs = self.createdAt
        proto.daemonVersion = self.daemonVersion
        if let previous = self.previousRecordID { proto.previousRecordID = previous }
        proto.origin = self.previousRecordID == nil ? .evaluate : .lookBack
        return proto
    }

    /// The short form for listings.
    public var summaryProto: Dudao_V1_RecordSummary {
        var proto = Dudao_V1_RecordSummary()
        proto.id = self.id
        proto.assessment = self.assessment
        proto.edition = self.edition
        proto.subject = self.subject.proto
        proto.period = self.period.proto
        proto.verdict = self.verdict.proto
        proto.inputDigest = self.inputDigest
        proto.caller = self.caller.clientName
        proto.createdAtUnixMs = self.createdAt
        if let previous = self.previousRecordID { proto.previousRecordID = previous }
        proto.origin = self.previousRecordID == nil ? .evaluate : .lookBack
        return proto
    }

    /// Reads a record from the wire.
    ///
    /// - Throws: ``DudaoError`` ``DudaoError/Code/invalidArgument`` listing every field the
    ///   domain cannot accept.
    public init(proto: Dudao_V1_Record) throws {
        self = try ConversionIssues.convert("record") { issues in
            var input: AssessmentInput?
            if proto.hasInput {
                input = AssessmentInput(proto: proto.input, path: "input", issues: &issues)
            } else {
                issues.missing("input")
            }
            var result: AssessmentResult?
            if proto.hasResult {
                result = AssessmentResult(proto: proto.result, path: "result", issues: &issues)
            } else {
                issues.missing("result")
            }
            guard let input, let result else { return nil }
            return EvaluationRecord(
                id: proto.id,
                assessment: proto.assessment,
                edition: proto.edition,
                subject: result.subject,
                period: result.period,
                input: input,
                inputDigest: proto.inputDigest,
                result: result,
                caller: CallerIdentity(clientName: proto.caller),
                createdAt: proto.createdAtUnixMs,
                daemonVersion: proto.daemonVersion,
                previousRecordID: proto.previousRecordIDPresent == nil ? nil : proto.previousRecordID
            )
        }
    }
}

/// A record as a listing shows it, read back from a `RecordSummary`.
public struct RecordSummary: Sendable, Hashable {
    public var id: String
    public var assessment: String
    public var edition: String
    public var subject: Subject
    public var period: Period
    public var verdict: Verdict
    public var inputDigest: String
    public var caller: String
    /// Unix milliseconds.
    public var createdAt: Int64
    public var previousRecordID: String?

    public init(record: EvaluationRecord) {
        self.id = record.id
        self.assessment = record.assessment
        self.edition = record.edition
        self.subject = record.subject
        self.period = record.period
        self.verdict = record.verdict
        self.inputDigest = record.inputDigest
        self.caller = record.caller.clientName
        self.createdAt = record.createdAt
        self.previousRecordID = record.previousRecordID
    }

    /// - Throws: ``DudaoError`` ``DudaoError/Code/invalidArgument`` for a summary missing its
    ///   subject, period or verdict.
    public init(proto: Dudao_V1_RecordSummary) throws {
        let (subject, period, verdict) = try ConversionIssues.convert("record summary") { issues -> (Subject, Period, Verdict)? in
            let subject = proto.hasSubject ? Subject(proto: proto.subject, path: "subject", issues: &issues) : nil
            if !proto.hasSubject { issues.missing("subject") }
            let period = proto.hasPeriod ? Period(proto: proto.period, path: "period", issues: &issues) : nil
            if !proto.hasPeriod { issues.missing("period") }
            let verdict = Verdict(proto: proto.verdict, path: "verdict", issues: &issues)
            guard let subject, let period, let verdict else { return nil }
            return (subject, period, verdict)
        }
        self.id = proto.id
        self.assessment = proto.assessment
        self.edition = proto.edition
        self.subject = subject
        self.period = period
        self.verdict = verdict
        self.inputDigest = proto.inputDigest
        self.caller = proto.caller
        self.createdAt = proto.createdAtUnixMs
        self.previousRecordID = proto.previousRecordIDPresent == nil ? nil : proto.previousRecordID
    }
}
