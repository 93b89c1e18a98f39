public import DudaoCore
public import Logging
import PostgresNIO

/// A ``RecordStore`` in a PostgreSQL database, shared by any number of daemons.
///
/// Durability: a record is committed (PostgreSQL's synchronous commit) before `append` returns.
/// Ids are unique across daemons (a random part in every id, and a primary key); the audit
/// trail's sequence is the database's own identity column. Records, audit entries and
/// idempotency keys are append-only, enforced by triggers in the database itself.
///
/// Availability: when the database cannot be reached, or refuses writes (a read-only standby,
/// missing rights, a full disk), each call fails with ``DudaoError/Code/unavailable`` naming the
/// cause, after at most ``PostgresStoreSettings/timeout``; the pool reconnects by itself, so the
/// next call succeeds once the database is back.
///
/// Schema: ``migrate(settings:logger:)`` (`dudaod admin store migrate`) applies the versioned
/// migrations; ``open(settings:logger:)`` refuses a database of another schema version than this
/// build's, so a daemon never writes a schema it does not know.
public final class PostgresRecordStore: RecordStore {
    /// The newest schema version this build reads and writes.
    public static var schemaVersion: Int { PostgresSchema.latestVersion }

    public let settings: PostgresStoreSettings
    private let client: PostgresClient
    private let runner: Task<Void, Never>
    let logger: Logger

    private init(settings: PostgresStoreSettings, logger: Logger) throws {
        self.settings = settings
        self.logger = logger
        self.client = PostgresClient(configuration: try settings.clientConfiguration, backgroundLogger: logger)
        let client = self.client
        self.runner = Task { await client.run() }
    }

    deinit {
        self.runner.cancel()
    }

    /// Connects and checks the schema.
    ///
    /// - Throws: ``DudaoError/Code/failedPrecondition`` when the database has another schema
    ///   version than this build (newer: run a newer dudaod; older or none: migrate first);
    ///   ``DudaoError/Code/unavailable`` when it cannot be reached.
    public static func open(settings: PostgresStoreSettings, logger: Logger = Logger(label: "dudao.store.postgres")) async throws -> PostgresRecordStore {
        let store = try PostgresRecordStore(settings: settings, logger: logger)
        do {
            let version = try await store.read { connection in try await PostgresSchema.recordedVersion(connection, logger: logger) }
            if version > PostgresSchema.latestVersion {
                throw PostgresSchema.newer(version, location: settings.location)
            }
            if version < PostgresSchema.latestVersion {
                throw DudaoError(
                    .failedPrecondition,
                    "the record store \(settings.location) has schema version \(version) and this dudaod needs \(PostgresSchema.latestVersion); run `dudaod admin store migrate --store URL` first"
                )
            }
        } catch {
            // Not awaited: a pool still retrying an absent server would hold the refusal back.
            store.runner.cancel()
            throw error
        }
        return store
    }

    /// Brings the database's schema up to this build's version.
    ///
    /// - Returns: The versions applied (empty when it was current).
    public static func migrate(settings: PostgresStoreSettings, logger: Logger = Logger(label: "dudao.store.postgres")) async throws -> [Int] {
        let store = try PostgresRecordStore(settings: settings, logger: logger)
        defer { store.runner.cancel() }
        return try await store.write { connection in
            try await PostgresSchema.migrate(connection, location: settings.location, logger: logger)
        }
    }

    /// Closes every connection; the store cannot be used afterwards.
    public func close() async {
        self.runner.cancel()
        await self.runner.value
    }

    // MARK: - Connections

    /// Runs `body` on a pooled connection, bounded by the settings' timeout.
    func withConnection<T: Sendable>(writing: Bool, _ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        let client = self.client
        let timeout = self.settings.timeout
        let location = self.settings.location
        do {
            return try await Deadline.run(
                within: timeout, orThrow: DudaoError(.unavailable, "the record store \(location) did not answer within \(timeout)")
            ) {
                try await client.withConnection { connection in try await body(connection) }
            }
        } catch {
            throw PostgresFailure.map(error, location: location, writing: writing)
        }
    }

    func read<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        try await self.withConnection(writing: false, body)
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    private func write<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        let logger = self.logger
        return try await self.withConnection(writing: true) { connection in
            try await connection.withTransaction(logger: logger) { connection in try await body(connection) }
        }
    }

    private func fetchRecords(_ query: PostgresQuery, on connection: PostgresConnection) async throws -> [EvaluationRecord] {
        try await connection.query(query, logger: self.logger).collect().map(PostgresRecordRow.record)
    }

    // MARK: - RecordStore

    public func append(_ record: EvaluationRecord) async throws {
        let insert = try PostgresRecordRow.insert(record)
        let logger = self.logger
        try await self.write { connection in _ = try await connection.query(insert, logger: logger) }
    }

    public func append(contentsOf records: [EvaluationRecord]) async throws {
        guard !records.isEmpty else { return }
        let inserts = try records.map(PostgresRecordRow.insert)
        let logger = self.logger
        try await self.write { connection in
            for insert in inserts { _ = try await connection.query(insert, logger: logger) }
        }
    }

    public func append(_ record: EvaluationRecord, idempotencyKey key: IdempotencyKey) async throws -> EvaluationRecord {
        let insert = try PostgresRecordRow.insert(record)
        let logger = self.logger
        return try await self.write { connection in
            // Calls with one key queue here, on any daemon; a later one then sees the first's key.
            let lockName = key.scope + "\n" + key.key
            _ = try await connection.query("SELECT pg_advisory_xact_lock(hashtextextended(\(lockName), 0))", logger: logger).collect()
            let stored = try await connection.query(
                "SELECT record_id, input_digest FROM idempotency_keys WHERE scope = \(key.scope) AND key = \(key.key)", logger: logger
            ).collect()
            if let row = stored.first {
                let (storedID, storedDigest) = try row.decode((String, String).self)
                guard storedDigest == record.inputDigest else { throw IdempotencyKey.conflict(key, storedRecordID: storedID) }
                let records = try await connection.query(
                    PostgresQuery(unsafeSQL: "SELECT \(PostgresRecordRow.recordColumns) FROM records WHERE id = $1", binds: Self.binds([storedID])),
                    logger: logger
                ).collect().map(PostgresRecordRow.record)
                guard let first = records.first else {
                    throw DudaoError(.dataLoss, "idempotency key \(key.key) names record \(storedID), which is not stored")
                }
                return first
            }
            try await connection.query(insert, logger: logger)
            try await connection.query(
                """
                INSERT INTO idempotency_keys (scope, key, record_id, input_digest, created_at)
                VALUES (\(key.scope), \(key.key), \(record.id), \(record.inputDigest), \(record.createdAt))
                """,
                logger: logger
            )
            return record
        }
    }

    public func record(id: String) async throws -> EvaluationRecord {
        let query = PostgresQuery(unsafeSQL: "SELECT \(PostgresRecordRow.recordColumns) FROM records WHERE id = $1", binds: Self.binds([id]))
        let records = try await self.read { connection in try await self.fetchRecords(query, on: connection) }
        guard let record = records.first else { throw DudaoError(.notFound, "no evaluation record with id \(id)") }
        return record
    }

    public func records(matching filter: RecordFilter) async throws -> RecordPage {
        try filter.validate()
        var conditions = Conditions()
        if let prefix = filter.regionPrefix {
            // The range lets PostgreSQL use the subject index; starts_with makes the match exact.
            conditions.add("subject_code >= ? AND subject_code < ? AND starts_with(subject_code, ?)", [prefix, prefix + "\u{10FFFF}", prefix])
        }
        if let assessment = filter.assessment { conditions.add("assessment = ?", [assessment]) }
        if let period = filter.period { conditions.add("period = ?", [period.description]) }
        if let verdict = filter.verdict { conditions.add("verdict = ?", [verdict.rawValue]) }
        if let from = filter.createdFrom { conditions.add("created_at >= ?", [from]) }
        if let before = filter.createdBefore { conditions.add("created_at < ?", [before]) }
        if let text = filter.pageToken {
            let token = try PageToken(text, kind: .records)
            conditions.add("(created_at < ? OR (created_at = ? AND id < ?))", [token.time, token.time, token.key])
        }
        let query = conditions.query(
            select: "SELECT \(PostgresRecordRow.recordColumns) FROM records", order: "ORDER BY created_at DESC, id DESC", limit: filter.pageSize + 1
        )
        let fetched = try await self.read { connection in try await self.fetchRecords(query, on: connection) }
        let records = Array(fetched.prefix(filter.pageSize))
        let next = fetched.count > filter.pageSize ? records.last.map { PageToken(kind: .records, time: $0.createdAt, key: $0.id).text } : nil
        return RecordPage(records: records, nextPageToken: next)
    }

    public func history(assessment: String, subjectCode: String) async throws -> [EvaluationRecord] {
        let query = PostgresQuery(
            unsafeSQL: """
                SELECT \(PostgresRecordRow.recordColumns) FROM records WHERE assessment = $1 AND subject_code = $2
                ORDER BY period_start, created_at, id
                """,
            binds: Self.binds([assessment, subjectCode])
        )
        return try await self.read { connection in try await self.fetchRecords(query, on: connection) }
    }

    public func appendAudit(_ entry: AuditEntry) async throws {
        let insert = PostgresRecordRow.insert(entry)
        let logger = self.logger
        try await self.withConnection(writing: true) { connection in _ = try await connection.query(insert, logger: logger) }
    }

    public func appendAudit(contentsOf entries: [AuditEntry]) async throws {
        let inserts = entries.map(PostgresRecordRow.insert)
        let logger = self.logger
        try await self.write { connection in
            for insert in inserts { _ = try await connection.query(insert, logger: logger) }
        }
    }

    public func audit(matching filter: AuditFilter) async throws -> AuditPage {
        try filter.validate()
        var conditions = Conditions()
        if let from = filter.from { conditions.add("time >= ?", [from]) }
        if let before = filter.before { conditions.add("time < ?", [before]) }
        if let name = filter.clientName { conditions.add("client_name = ?", [name]) }
        if let identity = filter.authenticatedIdentity { conditions.add("authenticated_identity = ?", [identity]) }
        if let method = filter.method { conditions.add("method = ?", [method]) }
        if let text = filter.pageToken {
            let token = try PageToken(text, kind: .audit)
            guard let sequence = Int64(token.key) else { throw PageToken.invalid }
            conditions.add("(time < ? OR (time = ? AND seq < ?))", [token.time, token.time, sequence])
        }
        let query = conditions.query(
            select: "SELECT \(PostgresRecordRow.auditColumns) FROM audit", order: "ORDER BY time DESC, seq DESC", limit: filter.pageSize + 1
        )
        let logger = self.logger
        let fetched = try await self.read { connection in
            try await connection.query(query, logger: logger).collect().map(PostgresRecordRow.auditEntry)
        }
        let page = fetched.prefix(filter.pageSize)
        var next: String?
        if fetched.count > filter.pageSize, let last = page.last {
            next = PageToken(kind: .audit, time: last.entry.time, key: String(last.sequence)).text
        }
        return AuditPage(entries: page.map(\.entry), nextPageToken: next)
    }

    public func health() async -> StoreHealth {
        let logger = self.logger
        let location = self.settings.location
        do {
            let (version, writable) = try await self.read { connection in
                let version = try await PostgresSchema.recordedVersion(connection, logger: logger)
                let rows = try await connection.query(
                    """
                    SELECT current_setting('transaction_read_only') = 'off' AND NOT pg_is_in_recovery()
                        AND has_table_privilege('records', 'INSERT') AND has_table_privilege('audit', 'INSERT')
                    """,
                    logger: logger
                ).collect()
                return (version, try rows.first?.decode(Bool.self) ?? false)
            }
            return StoreHealth(
                readable: true,
                writable: writable,
                schemaVersion: version,
                location: location,
                message: writable ? nil : "\(PostgresFailure.notWritablePrefix): the database is read-only or this user may not insert"
            )
        } catch {
            return StoreHealth(readable: false, writable: false, schemaVersion: 0, location: location, message: PostgresFailure.map(error, location: location, writing: false).message)
        }
    }

    // MARK: - Queries

    private static func binds(_ values: [String]) -> PostgresBindings {
        var binds = PostgresBindings(capacity: values.count)
        for value in values { binds.append(value) }
        return binds
    }

    /// A WHERE clause built from `?`-placeholders, numbered `$n` as PostgreSQL wants them.
    private struct Conditions {
        private var clauses: [String] = []
        private var binds = PostgresBindings()
        private var count = 0

        mutating func add(_ clause: String, _ values: [any PostgresDynamicTypeEncodable & Sendable]) {
            var numbered = ""
            for character in clause {
                if character == "?" {
                    self.count += 1
                    numbered += "$\(self.count)"
                } else {
                    numbered.append(character)
                }
            }
            for value in values { self.binds.append(value) }
            self.clauses.append(numbered)
        }

        func query(select: String, order: String, limit: Int) -> PostgresQuery {
            var binds = self.binds
            binds.append(limit)
            let whereClause = self.clauses.isEmpty ? "" : "WHERE " + self.clauses.joined(separator: " AND ")
            return PostgresQuery(unsafeSQL: "\(select) \(whereClause) \(order) LIMIT $\(self.count + 1)", binds: binds)
        }
    }
}
