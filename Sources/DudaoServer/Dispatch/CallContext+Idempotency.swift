public import DudaoCore

extension CallContext {
    /// The call's idempotency key (metadata `idempotency-key`), scoped to its caller; `nil` when
    /// the call carries none.
    ///
    /// - Throws: `INVALID_ARGUMENT` naming `metadata.idempotency-key` for a malformed key.
    public func idempotencyKey() throws -> IdempotencyKey? {
        try self.metadata[IdempotencyKey.metadataKey].map { try IdempotencyKey($0, caller: self.caller) }
    }
}
