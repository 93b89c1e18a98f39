import DudaoCore
import GRDB

/// Turns what SQLite reports into the status codes callers see.
///
/// Conditions that go away by themselves or by an operator's hand (read-only files, a full disk,
/// a lock held by another process, an I/O error) are `UNAVAILABLE`, "try again later", with a
/// message naming the cause; a broken rule of the schema is the caller's or the code's fault.
enum StoreFailure {
    static let notWritablePrefix = "the record store cannot be written"

    static func notWritable(_ reason: String) -> DudaoError {
        DudaoError(.unavailable, "\(self.notWritablePrefix): \(reason); reads still work, and writes resume once this is fixed")
    }

    /// The store's file as callers are told of it: its name, never its absolute path, which
    /// would tell a remote caller how the server's disk is laid out.
    static func fileName(_ location: String) -> String {
        location.split(separator: "/").last.map(String.init) ?? location
    }

    /// The ``DudaoError`` for an error thrown while writing.
    static func forWrite(_ error: any Error, location path: String) -> DudaoError {
        if let error = error as? DudaoError { return error }
        let location = Self.fileName(path)
        guard let error = error as? DatabaseError else {
            return DudaoError(.internal, "the record store failed writing")
        }
        let detail = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_READONLY, .SQLITE_PERM:
            return self.notWritable("the data directory or \(location) is read-only (\(detail))")
        case .SQLITE_CANTOPEN:
            return self.notWritable("\(location) cannot be opened for writing; check that the data directory exists and is writable (\(detail))")
        case .SQLITE_FULL:
            return self.notWritable("the disk is full or the store reached its size limit (\(detail))")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return self.notWritable("the database is locked by another process or connection (\(detail))")
        case .SQLITE_IOERR:
            return self.notWritable("an I/O error occurred writing \(location) (\(detail))")
        case .SQLITE_CONSTRAINT:
            return self.constraint(error, detail: detail)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return DudaoError(.dataLoss, "\(location) is damaged (\(detail)); restore it from a backup")
        default:
            return DudaoError(.internal, "the record store failed writing: \(detail)")
        }
    }

    /// The ``DudaoError`` for an error thrown while reading.
    static func forRead(_ error: any Error, location path: String) -> DudaoError {
        if let error = error as? DudaoError { return error }
        let location = Self.fileName(path)
        guard let error = error as? DatabaseError else {
            return DudaoError(.internal, "the record store failed reading")
        }
        let detail = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_IOERR, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY:
            return DudaoError(.unavailable, "the record store cannot be read now: \(detail)")
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return DudaoError(.dataLoss, "\(location) is damaged (\(detail)); restore it from a backup")
        default:
            return DudaoError(.internal, "the record store failed reading: \(detail)")
        }
    }

    private static func constraint(_ error: DatabaseError, detail: String) -> DudaoError {
        switch error.extendedResultCode {
        case .SQLITE_CONSTRAINT_PRIMARYKEY, .SQLITE_CONSTRAINT_UNIQUE:
            DudaoError(.alreadyExists, "a record with this id is already stored (\(detail))")
        case .SQLITE_CONSTRAINT_FOREIGNKEY:
            DudaoError(.failedPrecondition, "the previous record named by the new record is not stored (\(detail))")
        case .SQLITE_CONSTRAINT_TRIGGER:
            DudaoError(.failedPrecondition, detail)
        default:
            DudaoError(.internal, "the record store refused a write: \(detail)")
        }
    }
}
