import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SQLiteRecordStore {
    /// How a store is opened.
    public struct Options: Sendable {
        /// Open read-only on purpose (inspecting an archived data directory); writes are refused.
        public var readOnly: Bool
        /// How long a write waits for a lock held by another connection before it is UNAVAILABLE.
        public var busyTimeout: Duration
        /// A cap on the database size in pages (SQLite `max_page_count`); `nil` for SQLite's
        /// default. A store at its cap behaves as on a full disk.
        public var maximumPageCount: Int?
        /// Says why the data directory cannot be written, or `nil` when it can. Asked when the
        /// store opens and again before a write while the store is read-only, so that a directory
        /// made writable again is picked up without a restart. The default is
        /// ``SQLiteRecordStore/probeWritability(directory:file:)``.
        public var writabilityProbe: @Sendable (_ directory: String, _ file: String) -> String?

        public init(
            readOnly: Bool = false,
            busyTimeout: Duration = .seconds(5),
            maximumPageCount: Int? = nil,
            writabilityProbe: @escaping @Sendable (_ directory: String, _ file: String) -> String? = SQLiteRecordStore.probeWritability
        ) {
            self.readOnly = readOnly
            self.busyTimeout = busyTimeout
            self.maximumPageCount = maximumPageCount
            self.writabilityProbe = writabilityProbe
        }
    }

    /// Asks the operating system whether the directory (and the database file, if present) may be
    /// written, and says why not.
    ///
    /// This uses `access(2)`, which reports a read-only mount (`EROFS`) and missing permissions.
    /// A process running as root passes the permission check whatever the mode bits, because root
    /// really can write there; only a read-only mount stops it.
    @Sendable
    public static func probeWritability(directory: String, file: String) -> String? {
        for path in [directory, file] {
            if path == file, access(path, F_OK) != 0 { continue }
            if access(path, W_OK) != 0 {
                let reason = String(cString: strerror(errno))
                let what = path == directory ? "the data directory \(path)" : "the database file \(path)"
                return "\(what) is read-only (\(reason))"
            }
        }
        return nil
    }
}
