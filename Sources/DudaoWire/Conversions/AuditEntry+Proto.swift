public import DudaoCore
public import DudaoProto

extension AuditEntry {
    /// The entry on the wire. The event id is the daemon's call id, unique per call.
    public var proto: Dudao_V1_AuditEvent {
        var proto = Dudao_V1_AuditEvent()
        proto.id = self.callID
        proto.atUnixMs = self.time
        proto.caller = self.caller.clientName
        proto.method = self.method
        proto.code = self.status.proto
        proto.recordID = self.recordID ?? ""
        proto.subjectCode = self.subjectCode ?? ""
        proto.traceID = self.traceID ?? ""
        proto.durationMs = UInt32(clamping: max(0, self.durationMilliseconds))
        return proto
    }

    /// Reads an entry from the wire (the status message is not carried there).
    public init(proto: Dudao_V1_AuditEvent) {
        self.init(
            time: proto.atUnixMs,
            caller: CallerIdentity(clientName: proto.caller),
            method: proto.method,
            subjectCode: proto.subjectCode.isEmpty ? nil : proto.subjectCode,
            recordID: proto.recordID.isEmpty ? nil : proto.recordID,
            status: DudaoError.Code(proto: proto.code),
            durationMilliseconds: Int64(proto.durationMs),
            callID: proto.id,
            traceID: proto.traceID.isEmpty ? nil : proto.traceID
        )
    }
}
