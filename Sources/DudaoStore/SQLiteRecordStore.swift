public import DudaoCore
import Foundation
import GRDB
import Synchronization

/// The default ``RecordStore``: an embedded SQLite database, `records.sqlite`, in a data directory.
///
/// Durability: the database runs in WAL mode with `synchronous=FULL`, so a transaction is on disk
/// when `append` returns; a crash mid-batch loses only the unacknowledged transaction, which SQLite
/// rolls back on the next open. Records and audit entries are append-only, enforced by triggers.
///
/// Availability: when the data directory cannot be written, the store opens read-only. Reads work,
/// writes throw ``DudaoError/Code/unavailable`` naming the cause, and before each write the store
/// asks again, so it becomes writable once the directory is (no restart needed). A full disk or a
/// lock held elsewhere makes that one write UNAVAILABLE; the next write simply tries again.
///
/// Schema: opening runs the versioned migrations (``StoreSchema``); a database written by a newer
/// schema is refused with ``DudaoError/Code/failedPrecondition`` rather than read wrongly.
public final class SQLiteRecordStore: RecordStore {
    /// The file name inside the data directory.
    public static let fileName = "records.sqlite"
    /// The newest schema version this build reads and writes.
    public static var schemaVersion: Int { StoreSchema.latestVersion }

    public let directory: String
    /// The database file.
    public let path: String
    private let options: Options
    private let state: Mutex<State>
    /// Shares one transaction and one sync among the writes of concurrent calls.
    let groupCommit: GroupCommit
    /// The inputs and templates this store has committed, so a record need not carry them again.
    let storedDigests = StoredDigests()
    /// The templates of recent results, so a record need not encode and hash its template again.
    let templates = TemplateCache()

    private enum State: Sendable {
        case writable(DatabasePool)
        case readOnly(any DatabaseReader, reason: String)

        var reader: any DatabaseReader {
            switch self {
            case .writable(let pool): pool
            case .readOnly(let reader, _): reader
            }
        }
    }

    /// Opens (creating and migrating where it can) the store in `directory`.
    ///
    /// - Throws: ``DudaoError`` with ``DudaoError/Code/failedPrecondition`` when the directory was
    ///   written by a newer schema; ``DudaoError/Code/unavailable`` when it cannot be created, or is
    ///   read-only and holds no store (or one that needs migrating).
    public init(directory: String, options: Options = Options()) throws {
        self.directory = directory
        self.path = URL(fileURLWithPath: directory).appendingPathComponent(Self.fileName).path
        self.options = options
        self.groupCommit = GroupCommit(location: URL(fileURLWithPath: directory).appendingPathComponent(Self.fileName).path)
        if !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw DudaoError(.unavailable, "the data directory \(directory) does not exist and cannot be created: \(error.localizedDescription)")
            }
        }
        let reason = options.readOnly ? "the store was opened read-only on request" : options.writabilityProbe(directory, self.path)
        if let reason {
            self.state = Mutex(.readOnly(try Self.openReadOnly(path: self.path, options: options, reason: reason), reason: reason))
            return
        }
        do {
            self.state = Mutex(.writable(try Self.openWritable(path: self.path, options: options)))
        } catch let error as DudaoError where error.code == .unavailable && FileManager.default.fileExists(atPath: self.path) {
            // The probe said yes but SQLite could not write (e.g. a read-only file system it
            // detects only on open): serve reads and keep asking.
            self.state = Mutex(.readOnly(try Self.openReadOnly(path: self.path, options: options, reason: error.message), reason: error.message))
        }
    }

    // MARK: - Opening

    /// The writer's page cache, in KiB.
    static let writerCacheKiB = 512

    private static func configuration(readOnly: Bool, options: Options) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.label = "dudao.records"
        configuration.busyMode = .timeout(Double(options.busyTimeout.components.seconds) + Double(options.busyTimeout.components.attoseconds) / 1e18)
        let maximumPageCount = options.maximumPageCount
        configuration.prepareDatabase { db in
            guard !db.configuration.readonly else { return }
            if let maximumPageCount {
                try db.execute(sql: "PRAGMA max_page_count = \(maximumPageCount)")
            }
            // The writer appends: it needs the right-hand edge of each table and index, not the
            // pages it has just written, which SQLite would otherwise keep up to 2 MB of.
            try db.execute(sql: "PRAGMA cache_size = -\(Self.writerCacheKiB)")
            // Each record is written in its own savepoint of the group's transaction, which makes
            // SQLite keep a temporary journal for it: in memory, not in a file created, written
            // and unlinked in /var/tmp for every group.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        return configuration
    }

    private static func openWritable(path: String, options: Options) throws -> DatabasePool {
        do {
            let pool = try DatabasePool(path: path, configuration: self.configuration(readOnly: false, options: options))
            // FULL: a commit in WAL mode is synced before it returns, so an acknowledged record
            // survives a power cut, not only a crash of the process. Set here, on the pool's one
            // writer connection, because the pool sets NORMAL when it turns WAL on, after
            // `prepareDatabase` has run.
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            let migrator = StoreSchema.migrator()
            try pool.read { db in try self.refuseNewer(db, migrator: migrator, path: path) }
            try migrator.migrate(pool)
            return pool
        } catch {
            throw StoreFailure.forWrite(error, location: path)
        }
    }

    /// Opens the existing database for reading only.
    ///
    /// A WAL database is opened read-only through its `-shm` file; when that file is absent and
    /// cannot be created (a read-only directory after a clean shutdown removed it), SQLite cannot
    /// open it that way, and the file is opened `immutable` instead. Any writer would have to
    /// create that same `-shm` file, which this process just failed to do, so only a process with
    /// more rights could write meanwhile; this store would not see its records until it reopens
    /// writable.
    private static func openReadOnly(path: String, options: Options, reason: String) throws -> any DatabaseReader {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreFailure.notWritable("\(reason), and it holds no \(self.fileName) yet")
        }
        let configuration = self.configuration(readOnly: true, options: options)
        let reader: any DatabaseReader
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            try pool.read { db in _ = try StoreSchema.recordedVersion(db) }
            reader = pool
        } catch {
            do {
                reader = try DatabaseQueue(path: self.immutableURI(path), configuration: configuration)
            } catch {
                throw StoreFailure.forRead(error, location: path)
            }
        }
        do {
            try reader.read { db in
                try self.refuseNewer(db, migrator: StoreSchema.migrator(), path: path)
                let version = try StoreSchema.recordedVersion(db)
                if version < StoreSchema.latestVersion {
                    throw StoreFailure.notWritable(
                        "\(path) has schema version \(version) and must be migrated to version \(StoreSchema.latestVersion), which needs a writable data directory: \(reason)"
                    )
                }
            }
        } catch {
            throw StoreFailure.forRead(error, location: path)
        }
        return reader
    }

    /// A SQLite URI filename (the system SQLite is built with URI support) that opens `path` immutable.
    static func immutableURI(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let escaped = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        return "file:\(escaped)?mode=ro&immutable=1"
    }

    private static func refuseNewer(_ db: Database, migrator: DatabaseMigrator, path: String) throws {
        let version = try StoreSchema.recordedVersion(db)
        let superseded = try migrator.hasBeenSuperseded(db)
        if version > StoreSchema.latestVersion || superseded {
            throw DudaoError(
                .failedPrecondition,
                "data directory \(URL(fileURLWithPath: path).deletingLastPathComponent().path) was written by schema version \(version); this dudaod knows up to \(StoreSchema.latestVersion). Run a newer dudaod, or point --data-dir elsewhere"
            )
        }
    }

    // MARK: - Connections

    /// The pool to write with, reopening writable first if the store is read-only and the
    /// directory has become writable.
    func writer() throws -> DatabasePool {
        try self.state.withLock { state throws -> DatabasePool in
            switch state {
            case .writable(let pool):
                return pool
            case .readOnly(_, let reason):
                if self.options.readOnly { throw StoreFailure.notWritable(reason) }
                if let reason = self.options.writabilityProbe(self.directory, self.path) {
                    throw StoreFailure.notWritable(reason)
                }
                let pool = try Self.openWritable(path: self.path, options: self.options)
                state = .writable(pool)
                return pool
            }
        }
    }

    private var reader: any DatabaseReader {
        self.state.withLock { $0.reader }
    }

    func read<T: Sendable>(_ value: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await self.reader.read(value)
        } catch {
            throw StoreFailure.forRead(error, location: self.path)
        }
    }

    // MARK: - RecordStore

    public func append(_ record: EvaluationRecord) async throws {
        _ = try await self.append(try self.prepare(record), idempotencyKey: nil, audit: nil)
    }

    public func append(contentsOf records: [EvaluationRecord]) async throws {
        guard !records.isEmpty else { return }
        let prepared = try records.map { try self.prepare($0).row }
        try await self.groupCommit.write(durable: true, pool: self.writer) { db in
            for record in prepared { try RecordRow.insert(record, into: db) }
        }
        for record in prepared { self.storedDigests.insert(record) }
    }

    public func append(_ record: EvaluationRecord, idempotencyKey key: IdempotencyKey) async throws -> EvaluationRecord {
        try await self.append(try self.prepare(record), idempotencyKey: key, audit: nil) ?? record
    }

    /// Commits the record and its audit line in one savepoint of one transaction: of the two,
    /// both are on disk or neither is, whenever the daemon is killed.
    public func append(_ record: EvaluationRecord, idempotencyKey key: IdempotencyKey?, audit: AuditEntry) async throws -> EvaluationRecord {
        try await self.append(try self.prepare(record), idempotencyKey: key, audit: audit) ?? record
    }

    /// Inserts the record under `key`, or finds the record the key names already.
    ///
    /// - Returns: `nil` when the record was inserted; the record first stored under `key` otherwise.
    static func insert(_ prepared: RecordRow.Prepared, idempotencyKey key: IdempotencyKey, into db: Database) throws -> EvaluationRecord? {
        let sql = "SELECT record_id, input_digest FROM idempotency_keys WHERE scope = ? AND key = ?"
        if let stored = try Row.fetchOne(db, sql: sql, arguments: [key.scope, key.key]) {
            let storedID: String = stored["record_id"]
            guard stored["input_digest"] as String == prepared.inputDigest else {
                throw IdempotencyKey.conflict(key, storedRecordID: storedID)
            }
            let row = try Row.fetchOne(db, sql: "SELECT \(RecordRow.selection) WHERE records.id = ?", arguments: [storedID])
            guard let row else { throw DudaoError(.dataLoss, "idempotency key \(key.key) names record \(storedID), which is not stored") }
            return try RecordRow.record(row)
        }
        try RecordRow.insert(prepared, into: db)
        try db.execute(
            sql: "INSERT INTO idempotency_keys (scope, key, record_id, input_digest, created_at) VALUES (?, ?, ?, ?, ?)",
            arguments: [key.scope, key.key, prepared.id, prepared.inputDigest, prepared.createdAt]
        )
        return nil
    }

    public func record(id: String) async throws -> EvaluationRecord {
        let record = try await self.read { db in
            try Row.fetchOne(db, sql: "SELECT \(RecordRow.selection) WHERE records.id = ?", arguments: [id]).map(RecordRow.record)
        }
        guard let record else { throw DudaoError(.notFound, "no evaluation record with id \(id)") }
        return record
    }

    public func records(matching filter: RecordFilter) async throws -> RecordPage {
        try filter.validate()
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let prefix = filter.regionPrefix {
            // The range lets SQLite use the subject index; the substr check makes the match exact.
            conditions.append("subject_code >= ? AND subject_code < ? AND substr(subject_code, 1, ?) = ?")
            arguments += [prefix, prefix + "\u{10FFFF}", prefix.unicodeScalars.count, prefix]
        }
        if let assessment = filter.assessment {
            conditions.append("assessment = ?")
            arguments.append(assessment)
        }
        if let period = filter.period {
            conditions.append("period = ?")
            arguments.append(period.description)
        }
        if let verdict = filter.verdict {
            conditions.append("verdict = ?")
            arguments.append(verdict.rawValue)
        }
        if let from = filter.createdFrom {
            conditions.append("created_at >= ?")
            arguments.append(from)
        }
        if let before = filter.createdBefore {
            conditions.append("created_at < ?")
            arguments.append(before)
        }
        if let text = filter.pageToken {
            let token = try PageToken(text, kind: .records)
            conditions.append("(created_at < ? OR (created_at = ? AND records.id < ?))")
            arguments += [token.time, token.time, token.key]
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let sql = "SELECT \(RecordRow.selection) \(whereClause) ORDER BY created_at DESC, records.id DESC LIMIT ?"
        arguments.append(filter.pageSize + 1)
        let statementArguments = StatementArguments(arguments)
        let fetched = try await self.read { db in try Row.fetchAll(db, sql: sql, arguments: statementArguments).map(RecordRow.record) }
        let records = Array(fetched.prefix(filter.pageSize))
        let next = fetched.count > filter.pageSize ? records.last.map { PageToken(kind: .records, time: $0.createdAt, key: $0.id).text } : nil
        return RecordPage(records: records, nextPageToken: next)
    }

    public func history(assessment: String, subjectCode: String) async throws -> [EvaluationRecord] {
        try await self.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(RecordRow.selection) WHERE assessment = ? AND subject_code = ?
                    ORDER BY period_start, created_at, records.id
                    """,
                arguments: [assessment, subjectCode]
            ).map(RecordRow.record)
        }
    }

    public func appendAudit(_ entry: AuditEntry) async throws {
        try await self.appendAudit(contentsOf: [entry])
    }

    public func appendAudit(contentsOf entries: [AuditEntry]) async throws {
        try await self.groupCommit.write(durable: false, pool: self.writer) { db in
            for entry in entries { try RecordRow.insert(entry, into: db) }
        }
    }

    /// Closes the idle reader connections and empties the writer's page cache (each keeps up to
    /// 2 MiB); they fill again from the operating system's file cache when next used.
    public func releaseMemory() async {
        let pool = self.state.withLock { state -> DatabasePool? in
            guard case .writable(let pool) = state else { return nil }
            return pool
        }
        pool?.releaseMemoryEventually()
    }

    /// How the writes so far were grouped into transactions.
    public var groupCommitStatistics: GroupCommitStatistics { self.groupCommit.statistics }

    public func audit(matching filter: AuditFilter) async throws -> AuditPage {
        try filter.validate()
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let from = filter.from {
            conditions.append("time >= ?")
            arguments.append(from)
        }
        if let before = filter.before {
            conditions.append("time < ?")
            arguments.append(before)
        }
        if let name = filter.clientName {
            conditions.append("client_name = ?")
            arguments.append(name)
        }
        if let identity = filter.authenticatedIdentity {
            conditions.append("authenticated_identity = ?")
            arguments.append(identity)
        }
        if let method = filter.method {
            conditions.append("method = ?")
            arguments.append(method)
        }
        if let text = filter.pageToken {
            let token = try PageToken(text, kind: .audit)
            guard let sequence = Int64(token.key) else { throw PageToken.invalid }
            conditions.append("(time < ? OR (time = ? AND seq < ?))")
            arguments += [token.time, token.time, sequence]
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let sql = "SELECT * FROM audit \(whereClause) ORDER BY time DESC, seq DESC LIMIT ?"
        arguments.append(filter.pageSize + 1)
        let statementArguments = StatementArguments(arguments)
        let fetched = try await self.read { db in
            try Row.fetchAll(db, sql: sql, arguments: statementArguments).map { row in (RecordRow.auditEntry(row), row["seq"] as Int64) }
        }
        let page = fetched.prefix(filter.pageSize)
        var next: String?
        if fetched.count > filter.pageSize, let last = page.last {
            next = PageToken(kind: .audit, time: last.0.time, key: String(last.1)).text
        }
        return AuditPage(entries: page.map(\.0), nextPageToken: next)
    }

    public func health() async -> StoreHealth {
        let (reader, readOnlyReason) = self.state.withLock { state -> (any DatabaseReader, String?) in
            switch state {
            case .writable(let pool): (pool, nil)
            case .readOnly(let reader, let reason): (reader, reason)
            }
        }
        // Ask again rather than trusting the state: a read-only store whose directory became
        // writable will write on the next call, and a writable one may have lost its permission.
        let reason = self.options.readOnly ? readOnlyReason : self.options.writabilityProbe(self.directory, self.path)
        do {
            let version = try await reader.read { db in try StoreSchema.recordedVersion(db) }
            return StoreHealth(
                readable: true,
                writable: reason == nil,
                schemaVersion: version,
                location: self.path,
                message: reason.map { "\(StoreFailure.notWritablePrefix): \($0)" }
            )
        } catch {
            return StoreHealth(readable: false, writable: false, schemaVersion: 0, location: self.path, message: StoreFailure.forRead(error, location: self.path).message)
        }
    }
}

extension SQLiteRecordStore {
    /// Runs `body` on the writer connection, outside a transaction, so tests can read its pragmas.
    func withWriterForTesting<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await self.writer().writeWithoutTransaction(body)
    }
}
