import Foundation

/// Record ids that sort by creation time: `ev_`, 13 digits of unix milliseconds, `_`, 16 hex digits.
///
/// The fixed-width time part makes the lexical order of ids the order of creation (to the
/// millisecond), which keeps a newest-first listing stable; the random part keeps ids unique when
/// several daemons or calls write in the same millisecond.
public enum RecordID {
    public static let prefix = "ev_"

    /// A new id for a record created at `createdAt` (unix milliseconds).
    public static func make(createdAt: Int64) -> String {
        var generator = SystemRandomNumberGenerator()
        return self.make(createdAt: createdAt, using: &generator)
    }

    /// A new id drawing its random part from `generator` (tests pass a seeded one).
    public static func make(createdAt: Int64, using generator: inout some RandomNumberGenerator) -> String {
        let time = String(max(0, createdAt))
        let paddedTime = String(repeating: "0", count: max(0, 13 - time.count)) + time
        let random = String(generator.next() as UInt64, radix: 16)
        let paddedRandom = String(repeating: "0", count: 16 - random.count) + random
        return "\(self.prefix)\(paddedTime)_\(paddedRandom)"
    }

    /// The current time in unix milliseconds, the unit of every timestamp in records and audit.
    public static func now() -> Int64 {
        Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
    }
}
