import DudaoCore
import PostgresNIO

/// Turns what PostgreSQL and the connection report into the status codes callers see, as
/// `StoreFailure` does for SQLite: whatever goes away by itself or by an operator's hand (the
/// server down or restarting, a network cut, a read-only standby, a full disk, missing rights) is
/// `UNAVAILABLE` naming the cause; a broken rule of the schema is the caller's or the code's fault.
enum PostgresFailure {
    static let notWritablePrefix = "the record store cannot be written"

    static func map(_ error: any Error, location: String, writing: Bool) -> DudaoError {
        switch error {
        case let error as DudaoError:
            return error
        case let error as PostgresTransactionError:
            let cause = error.closureError ?? error.beginError ?? error.commitError ?? error.rollbackError
            return cause.map { self.map($0, location: location, writing: writing) }
                ?? DudaoError(.internal, "the record store failed a transaction")
        case let error as PSQLError:
            return self.map(error, location: location, writing: writing)
        case is CancellationError:
            return DudaoError(.cancelled, "the store operation was cancelled")
        default:
            return DudaoError(.unavailable, "the record store \(location) cannot be reached: \(error)")
        }
    }

    private static func map(_ error: PSQLError, location: String, writing: Bool) -> DudaoError {
        guard error.code == .server, let info = error.serverInfo else {
            // Connection refused, closed, TLS failure, pool shut down: the database is not there now.
            let cause = error.underlying.map { "\($0)" } ?? error.code.description
            return DudaoError(.unavailable, "the record store \(location) cannot be reached: \(cause)")
        }
        let state = info[.sqlState] ?? ""
        let detail = info[.message] ?? state
        let unavailable = writing ? "\(self.notWritablePrefix): \(detail) (SQLSTATE \(state))" : "the record store cannot be read now: \(detail) (SQLSTATE \(state))"
        switch state {
        case "23505":
            return DudaoError(.alreadyExists, "a record with this id is already stored (\(detail))")
        case "23503":
            return DudaoError(.failedPrecondition, "the previous record named by the new record is not stored (\(detail))")
        case "23001":
            return DudaoError(.failedPrecondition, detail)
        case "22P02", "22003", "42P01", "42703":
            return DudaoError(.internal, "the record store refused a statement: \(detail) (SQLSTATE \(state))")
        default:
            break
        }
        switch state.prefix(2) {
        // Connection, resources, operator intervention, system errors, a read-only transaction or
        // standby, missing rights, and serialization failures that a retry resolves.
        case "08", "53", "57", "58", "25", "42", "40", "55":
            return DudaoError(.unavailable, unavailable)
        case "XX":
            return DudaoError(.dataLoss, "the record store \(location) reports damage: \(detail) (SQLSTATE \(state))")
        default:
            return DudaoError(.internal, "the record store failed: \(detail) (SQLSTATE \(state))")
        }
    }
}
