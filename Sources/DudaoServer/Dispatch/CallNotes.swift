import Synchronization

/// What a handler notes about its call for the audit trail: the subject it was about and the
/// record it made or read.
///
/// The dispatcher writes the audit entry after the handler returns, whatever it returned, so the
/// handler leaves these notes as soon as it knows them (before a failure can cut it short).
public final class CallNotes: Sendable {
    private let state = Mutex<(subjectCode: String?, recordID: String?, unaudited: Bool)>((nil, nil, false))

    public init() {}

    public var subjectCode: String? {
        get { self.state.withLock { $0.subjectCode } }
        set { self.state.withLock { $0.subjectCode = newValue } }
    }

    /// Set for a call left out of the audit trail on purpose: a rate-limited call that is
    /// counted in the next audited refusal instead of writing a row of its own.
    public var unaudited: Bool {
        get { self.state.withLock { $0.unaudited } }
        set { self.state.withLock { $0.unaudited = newValue } }
    }

    public var recordID: String? {
        get { self.state.withLock { $0.recordID } }
        set { self.state.withLock { $0.recordID = newValue } }
    }
}
