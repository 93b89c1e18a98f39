import DudaoCore
import DudaoProto
import DudaoWire

/// How much of what a caller sends about itself the server keeps.
///
/// The client name, the `caller` and the `trace-id` go into logs, records and every audit row,
/// so their size is bounded here, once, before anything else sees them: a 4 MB client name must
/// not become 4 MB per audit row.
enum MetadataBounds {
    /// Entries kept per call; later ones are dropped.
    static let maxEntries = 32
    /// Longest key kept; an entry with a longer key is dropped (no key the protocol knows is long).
    static let maxKeyBytes = 64
    /// Longest value kept whole (room for a bearer token); longer values are cut.
    static let maxValueBytes = 4096
    /// Longest client name, `caller` or `trace-id` kept; longer ones are cut.
    static let maxNameBytes = 128

    /// The call's metadata as the server keeps it.
    static func bounded(_ entries: [Dudao_V1_MetadataEntry]) -> [String: String] {
        var metadata: [String: String] = [:]
        for entry in entries where entry.key.utf8.count <= Self.maxKeyBytes {
            guard metadata.count < Self.maxEntries || metadata[entry.key] != nil else { break }
            let limit = entry.key == MetadataKey.traceID || entry.key == MetadataKey.caller ? Self.maxNameBytes : Self.maxValueBytes
            metadata[entry.key] = entry.value.truncated(toUTF8Bytes: limit)
        }
        return metadata
    }

    /// The client name of a hello as the server keeps it.
    static func clientName(_ name: String) -> String {
        name.truncated(toUTF8Bytes: Self.maxNameBytes)
    }

    /// A method name as it may appear in an answer or a log line.
    static func methodName(_ name: String) -> String {
        name.truncated(toUTF8Bytes: Self.maxNameBytes)
    }
}
