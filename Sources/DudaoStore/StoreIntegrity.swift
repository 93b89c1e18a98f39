import DudaoCore
import Foundation
import GRDB

/// Checks that `records.sqlite` is what it claims to be before the daemon serves from it.
///
/// A file cut to zero bytes would otherwise open as a new, empty store (every record silently
/// gone), and a file with damaged pages would open and report SERVING until a read hits the
/// damage. The check at start is quick: the header always, SQLite's `quick_check` on files up
/// to ``quickCheckLimit``; ``fullCheck(directory:)`` (`dudaod admin store check`) reads every
/// page and index.
public enum StoreIntegrity {
    /// The largest file given a `quick_check` at start (256 MiB, about a second of reading here);
    /// larger ones get the header check, and the operator runs the full check on demand.
    public static let quickCheckLimit = 256 * 1024 * 1024

    /// What the check at start did.
    public enum StartCheck: Sendable, Hashable {
        /// No store yet: one is created.
        case absent
        /// The header and SQLite's quick check passed.
        case quickChecked
        /// The header passed; the file is too large for a quick check at start.
        case headerChecked(bytes: Int)
    }

    /// The check at start.
    ///
    /// - Throws: `DATA_LOSS` saying what is wrong and what to do.
    public static func checkAtStart(directory: String) throws -> StartCheck {
        let path = URL(fileURLWithPath: directory).appendingPathComponent(SQLiteRecordStore.fileName).path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return .absent }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size == 0, Self.size(of: path + "-wal") > 0 {
            // A store whose pages are all still in its write-ahead log; SQLite reads it from there.
            return .absent
        }
        try self.checkHeader(path: path, size: size)
        guard size <= Self.quickCheckLimit else { return .headerChecked(bytes: size) }
        let problems: [String]
        do {
            problems = try self.run("quick_check", path: path)
        } catch let error as DudaoError where error.code == .unavailable {
            // It cannot be opened for the check (a read-only directory without its shared-memory
            // file); the store opens it its own way and serves reads.
            return .headerChecked(bytes: size)
        }
        guard problems.isEmpty else {
            throw self.damaged(path, problems)
        }
        return .quickChecked
    }

    /// SQLite's full `integrity_check`: every page, every index.
    ///
    /// - Returns: The problems found; empty when the store is sound.
    /// - Throws: `DATA_LOSS` when the file is not a database at all; `NOT_FOUND` when absent.
    public static func fullCheck(directory: String) throws -> [String] {
        let path = URL(fileURLWithPath: directory).appendingPathComponent(SQLiteRecordStore.fileName).path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            throw DudaoError(.notFound, "there is no \(SQLiteRecordStore.fileName) in \(directory)")
        }
        try self.checkHeader(path: path, size: (attributes[.size] as? NSNumber)?.intValue ?? 0)
        do {
            return try self.run("integrity_check", path: path)
        } catch let error as DudaoError where error.code == .dataLoss {
            // Damage that stops SQLite before the check can list anything is itself the finding.
            return [error.message]
        }
    }

    private static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// The 100-byte header: the magic string, a page size that is a power of two, and a file
    /// that is a whole number of pages.
    private static func checkHeader(path: String, size: Int) throws {
        let name = SQLiteRecordStore.fileName
        guard size > 0 else {
            throw DudaoError(
                .dataLoss,
                "\(path) is empty (0 bytes): the records it held are gone. Restore it from a backup; to start an empty store on purpose, remove the file"
            )
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DudaoError(.unavailable, "\(path) cannot be read; check its owner and mode")
        }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        let magic = Array("SQLite format 3\0".utf8)
        guard header.count == 100, Array(header[0..<16]) == magic else {
            throw DudaoError(.dataLoss, "\(path) is not a SQLite database (its header is wrong); restore \(name) from a backup")
        }
        let raw = Int(header[16]) << 8 | Int(header[17])
        let pageSize = raw == 1 ? 65_536 : raw
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0, size % pageSize == 0 else {
            throw DudaoError(
                .dataLoss,
                "\(path) is damaged: its size (\(size) bytes) is not a whole number of \(pageSize)-byte pages; restore \(name) from a backup"
            )
        }
    }

    private static func run(_ pragma: String, path: String) throws -> [String] {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "dudao.integrity"
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let rows = try queue.read { db in try String.fetchAll(db, sql: "PRAGMA \(pragma)") }
            return rows == ["ok"] ? [] : rows
        } catch let error as DatabaseError where [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode) {
            throw self.damaged(path, [error.message ?? "\(error.resultCode)"])
        } catch let error as DatabaseError {
            throw DudaoError(.unavailable, "\(path) cannot be checked: \(error.message ?? "\(error.resultCode)")")
        }
    }

    private static func damaged(_ path: String, _ problems: [String]) -> DudaoError {
        let shown = problems.prefix(5).joined(separator: "; ")
        let more = problems.count > 5 ? " (and \(problems.count - 5) more)" : ""
        return DudaoError(
            .dataLoss,
            "\(path) is damaged: \(shown)\(more). Restore \(SQLiteRecordStore.fileName) from a backup; `dudaod admin store check` lists every problem"
        )
    }
}
