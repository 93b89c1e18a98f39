/// The metadata keys the protocol gives a meaning to; other keys are passed through and ignored.
///
/// Keys are lower-case ASCII, as in HTTP/2 headers.
public enum MetadataKey {
    /// A caller-chosen id that ties the call to the caller's own logs; echoed into logs and records.
    public static let traceID = "trace-id"
    /// Who is calling, as free text, until credentials exist; stored in records and the audit trail.
    public static let caller = "caller"
    /// Reserved for credentials.
    public static let authorization = "authorization"
    /// A caller-chosen name for one evaluation: a repeated Evaluate with the same key and input
    /// answers with the record first stored, on any daemon sharing the store.
    public static let idempotencyKey = "idempotency-key"
}
