import GRDB

/// The versioned schema of `records.sqlite` and the migrations that build it.
///
/// Each migration is named `vN` and, besides its tables, records N in `PRAGMA user_version` and in
/// the `store_metadata` table, so an operator with the sqlite3 tool can see which schema a data
/// directory holds, and a daemon can refuse a directory written by a newer one before it touches it.
/// Migrations are never edited once released; a change of schema is a new migration.
enum StoreSchema {
    /// The newest schema this build knows.
    static let latestVersion = 4

    /// The migrator up to and including version `version` (tests build older stores with it).
    static func migrator(upTo version: Int = latestVersion) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        if version >= 1 {
            migrator.registerMigration("v1") { db in try self.createRecords(db) }
        }
        if version >= 2 {
            migrator.registerMigration("v2") { db in try self.createAudit(db) }
        }
        if version >= 3 {
            migrator.registerMigration("v3") { db in try self.compactBodies(db) }
        }
        if version >= 4 {
            migrator.registerMigration("v4") { db in try self.createIdempotencyKeys(db) }
        }
        return migrator
    }

    /// The schema version recorded in the database (0 for a new, empty file).
    static func recordedVersion(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    }

    /// Never lowers the version: a store made before v3 existed already holds v4, and gains v3 later.
    private static func setVersion(_ version: Int, _ db: Database) throws {
        let version = max(version, try self.recordedVersion(db))
        try db.execute(sql: "PRAGMA user_version = \(version)")
        try db.execute(
            sql: "INSERT INTO store_metadata (key, value) VALUES ('schema_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [String(version)]
        )
    }

    /// v1: the records table, append-only, with a column and an index for every filter.
    private static func createRecords(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE store_metadata (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                );
                CREATE TABLE records (
                    id TEXT PRIMARY KEY NOT NULL,
                    assessment TEXT NOT NULL,
                    edition TEXT NOT NULL,
                    subject_kind TEXT NOT NULL,
                    subject_code TEXT NOT NULL,
                    subject_name TEXT NOT NULL,
                    period TEXT NOT NULL,
                    period_start TEXT NOT NULL,
                    verdict TEXT NOT NULL,
                    input_digest TEXT NOT NULL,
                    input_json TEXT NOT NULL,
                    result_json TEXT NOT NULL,
                    caller_name TEXT NOT NULL,
                    caller_identity TEXT,
                    created_at INTEGER NOT NULL,
                    daemon_version TEXT NOT NULL,
                    previous_record_id TEXT REFERENCES records(id)
                );
                CREATE INDEX records_by_time ON records (created_at DESC, id DESC);
                CREATE INDEX records_by_subject ON records (subject_code, created_at DESC);
                CREATE INDEX records_by_history ON records (assessment, subject_code, period_start, created_at);
                CREATE INDEX records_by_assessment ON records (assessment, created_at DESC);
                CREATE INDEX records_by_period ON records (period, created_at DESC);
                CREATE INDEX records_by_verdict ON records (verdict, created_at DESC);
                CREATE INDEX records_by_previous ON records (previous_record_id);
                CREATE TRIGGER records_no_update BEFORE UPDATE ON records
                    BEGIN SELECT RAISE(ABORT, 'records are append-only: a record cannot be changed'); END;
                CREATE TRIGGER records_no_delete BEFORE DELETE ON records
                    BEGIN SELECT RAISE(ABORT, 'records are append-only: a record cannot be deleted'); END;
                """
        )
        try self.setVersion(1, db)
    }

    /// v2: the audit trail, append-only, and an index to find a caller's records.
    private static func createAudit(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE audit (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    time INTEGER NOT NULL,
                    client_name TEXT NOT NULL,
                    authenticated_identity TEXT,
                    method TEXT NOT NULL,
                    subject_code TEXT,
                    record_id TEXT,
                    status_code INTEGER NOT NULL,
                    status_name TEXT NOT NULL,
                    message TEXT,
                    duration_ms INTEGER NOT NULL,
                    call_id TEXT NOT NULL,
                    trace_id TEXT
                );
                CREATE INDEX audit_by_time ON audit (time DESC, seq DESC);
                CREATE INDEX audit_by_client ON audit (client_name, time DESC);
                CREATE INDEX audit_by_identity ON audit (authenticated_identity, time DESC);
                CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: an entry cannot be changed'); END;
                CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: an entry cannot be deleted'); END;
                CREATE INDEX records_by_caller ON records (caller_name, created_at DESC);
                """
        )
        try self.setVersion(2, db)
    }

    /// v3: compact records. Inputs are kept once per digest in `inputs`, the shared part of
    /// results once per digest in `result_templates`; a record's own facts are a compressed
    /// protobuf message in `result_body` (its `input_json` and `result_json` stay empty). Records
    /// written before keep their JSON and are read as before.
    private static func compactBodies(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE inputs (
                    digest TEXT PRIMARY KEY NOT NULL,
                    body BLOB NOT NULL
                );
                CREATE TABLE result_templates (
                    digest TEXT PRIMARY KEY NOT NULL,
                    body BLOB NOT NULL
                );
                ALTER TABLE records ADD COLUMN result_body BLOB;
                ALTER TABLE records ADD COLUMN result_template TEXT REFERENCES result_templates(digest);
                CREATE TRIGGER inputs_no_update BEFORE UPDATE ON inputs
                    BEGIN SELECT RAISE(ABORT, 'stored inputs are append-only: an input cannot be changed'); END;
                CREATE TRIGGER inputs_no_delete BEFORE DELETE ON inputs
                    BEGIN SELECT RAISE(ABORT, 'stored inputs are append-only: an input cannot be deleted'); END;
                CREATE TRIGGER result_templates_no_update BEFORE UPDATE ON result_templates
                    BEGIN SELECT RAISE(ABORT, 'result templates are append-only: a template cannot be changed'); END;
                CREATE TRIGGER result_templates_no_delete BEFORE DELETE ON result_templates
                    BEGIN SELECT RAISE(ABORT, 'result templates are append-only: a template cannot be deleted'); END;
                """
        )
        try self.setVersion(3, db)
    }

    /// v4: idempotency keys, each naming the one record first stored under it.
    private static func createIdempotencyKeys(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE idempotency_keys (
                    scope TEXT NOT NULL,
                    key TEXT NOT NULL,
                    record_id TEXT NOT NULL REFERENCES records(id),
                    input_digest TEXT NOT NULL,
                    created_at INTEGER NOT NULL,
                    PRIMARY KEY (scope, key)
                );
                CREATE TRIGGER idempotency_keys_no_update BEFORE UPDATE ON idempotency_keys
                    BEGIN SELECT RAISE(ABORT, 'idempotency keys are append-only: a key cannot be changed'); END;
                CREATE TRIGGER idempotency_keys_no_delete BEFORE DELETE ON idempotency_keys
                    BEGIN SELECT RAISE(ABORT, 'idempotency keys are append-only: a key cannot be deleted'); END;
                """
        )
        try self.setVersion(4, db)
    }
}
