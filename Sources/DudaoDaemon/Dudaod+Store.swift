import DudaoCore
import DudaoPostgresStore
import DudaoStore
import Foundation
import Logging

/// The record store a daemon serves from, and how to let it go at shutdown.
struct OpenedStore {
    var store: any RecordStore
    var close: @Sendable () async -> Void
}

extension OpenedStore {
    /// Opens the store the settings name: PostgreSQL for a `postgres://` URL, else SQLite in the
    /// data directory.
    ///
    /// - Throws: ``DudaoError``: `FAILED_PRECONDITION` for a store of another schema version,
    ///   `UNAVAILABLE` when it cannot be reached or created, `INVALID_ARGUMENT` for a bad URL.
    static func open(settings: DaemonSettings, logger: Logger) async throws -> OpenedStore {
        if let url = settings.store {
            let postgres = try await PostgresRecordStore.open(settings: try Self.postgresSettings(url: url, passwordFile: settings.storePasswordFile), logger: logger)
            return OpenedStore(store: postgres, close: { await postgres.close() })
        }
        return OpenedStore(store: try SQLiteRecordStore(directory: settings.dataDir ?? "./data"), close: {})
    }

    static func postgresSettings(url: String, passwordFile: String?) throws -> PostgresStoreSettings {
        try PostgresStoreSettings(url: url, password: try PostgresStoreSettings.password(file: passwordFile))
    }
}
