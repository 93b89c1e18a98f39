/// A caller's name for one evaluation, so that a retry after a lost answer finds the first record
/// instead of making a second.
///
/// Keys are scoped by the caller (its authenticated identity, else its client name): two callers
/// choosing the same key do not see each other's records. A store keeps each (scope, key) once,
/// under a unique index, so two daemons racing on the same retry cannot both insert.
public struct IdempotencyKey: Sendable, Hashable, CustomStringConvertible {
    /// The metadata entry a call carries its key in.
    public static let metadataKey = "idempotency-key"
    /// The longest key accepted.
    public static let maximumLength = 128

    /// Who chose the key.
    public var scope: String
    /// The key as the caller sent it (for a batch item, with `#index` appended).
    public var key: String

    /// - Throws: ``DudaoError/Code/invalidArgument`` naming `metadata.idempotency-key` when the key
    ///   is empty, longer than ``maximumLength``, or holds anything but printable ASCII.
    public init(_ key: String, caller: CallerIdentity) throws {
        let printable = key.unicodeScalars.allSatisfy { (0x21...0x7E).contains($0.value) }
        guard !key.isEmpty, key.utf8.count <= Self.maximumLength, printable else {
            throw DudaoError(
                .invalidArgument,
                "metadata \(Self.metadataKey) must be 1 to \(Self.maximumLength) printable ASCII characters without spaces",
                violations: [
                    ValidationIssue(
                        path: "metadata.\(Self.metadataKey)", rule: .malformedKey,
                        zh: "幂等键须为 1 至 \(Self.maximumLength) 个可打印 ASCII 字符（不含空格）",
                        en: "an idempotency key must be 1 to \(Self.maximumLength) printable ASCII characters without spaces"
                    )
                ]
            )
        }
        self.scope = caller.authenticatedIdentity.map { "id:\($0)" } ?? "client:\(caller.clientName)"
        self.key = key
    }

    /// The key of item `index` of a batch sent under this key.
    public func item(_ index: Int) -> IdempotencyKey {
        var item = self
        item.key = "\(self.key)#\(index)"
        return item
    }

    public var description: String { "\(self.key) (\(self.scope))" }

    /// The error for a key reused with another input: the first evaluation stands.
    public static func conflict(_ key: IdempotencyKey, storedRecordID: String) -> DudaoError {
        DudaoError(
            .failedPrecondition,
            "idempotency key \(key.key) was already used for record \(storedRecordID) with a different input; use a new key for a new evaluation"
        )
    }
}

extension ValidationRule {
    /// A key or token in call metadata breaks its syntax (length, characters).
    public static let malformedKey: ValidationRule = "malformed_key"
}
