import Synchronization

/// Digests of inputs and result templates the store has committed.
///
/// Inputs and templates are append-only, so a digest once committed stays stored; knowing it lets
/// a record leave that body out instead of encoding and compressing it again on every call. The
/// set is bounded: past ``capacity`` it starts over, which costs only that encoding.
final class StoredDigests: Sendable {
    static let capacity = 4096
    private let digests = Mutex<Set<String>>([])

    func contains(_ digest: String) -> Bool {
        self.digests.withLock { $0.contains(digest) }
    }

    /// Notes the digests of a committed record.
    func insert(_ prepared: RecordRow.Prepared) {
        self.digests.withLock { digests in
            if digests.count + 2 > Self.capacity { digests.removeAll(keepingCapacity: true) }
            digests.insert(prepared.inputDigest)
            digests.insert(prepared.templateDigest)
        }
    }
}
