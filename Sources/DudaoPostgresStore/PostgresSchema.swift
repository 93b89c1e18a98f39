import DudaoCore
import Logging
import PostgresNIO

/// The versioned schema of a PostgreSQL record store and the migrations that build it.
///
/// `dudao_schema` lists the versions applied. Migrations run in one transaction under an advisory
/// lock, so two operators (or two daemons' start-ups) migrating at once apply each step once.
/// Text columns use the "C" collation, so ids, codes and dates sort byte by byte exactly as in
/// SQLite, whatever locale the database was created with. Records, audit entries and idempotency
/// keys are append-only, enforced by triggers (UPDATE, DELETE and TRUNCATE raise), so no role that
/// writes through Dudao's tables can rewrite history. Migrations are never edited once released.
enum PostgresSchema {
    /// The newest schema this build knows.
    static let latestVersion = 5

    /// Chosen once, to name this lock among the database's advisory locks.
    static let migrationLockID: Int64 = 0x4475_6461_6f53_6368

    /// The statements of each version, in order.
    static let migrations: [(version: Int, statements: [String])] = [
        (1, version1),
        // 2–4 are SQLite-only steps (PostgreSQL had their tables from version 1); 5 as in SQLite.
        (5, version5),
    ]

    /// v5: every version of a standard pack that served results, with its text.
    private static let version5 = [
        """
        CREATE TABLE standard_versions (
            assessment TEXT COLLATE "C" NOT NULL,
            version TEXT COLLATE "C" NOT NULL,
            content_hash TEXT COLLATE "C" NOT NULL,
            source_json TEXT NOT NULL,
            kept_at BIGINT NOT NULL,
            PRIMARY KEY (assessment, version)
        )
        """,
        "CREATE TRIGGER standard_versions_append_only BEFORE UPDATE OR DELETE ON standard_versions FOR EACH ROW EXECUTE FUNCTION dudao_refuse_change()",
        "CREATE TRIGGER standard_versions_no_truncate BEFORE TRUNCATE ON standard_versions FOR EACH STATEMENT EXECUTE FUNCTION dudao_refuse_change()",
    ]

    private static let version1 = [
        """
        CREATE FUNCTION dudao_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '% is append-only: a row cannot be changed or deleted', TG_TABLE_NAME
                USING ERRCODE = 'restrict_violation';
        END;
        $$
        """,
        """
        CREATE TABLE records (
            id TEXT COLLATE "C" PRIMARY KEY,
            assessment TEXT COLLATE "C" NOT NULL,
            edition TEXT COLLATE "C" NOT NULL,
            subject_kind TEXT COLLATE "C" NOT NULL,
            subject_code TEXT COLLATE "C" NOT NULL,
            subject_name TEXT NOT NULL,
            period TEXT COLLATE "C" NOT NULL,
            period_start TEXT COLLATE "C" NOT NULL,
            verdict TEXT COLLATE "C" NOT NULL,
            input_digest TEXT COLLATE "C" NOT NULL,
            input_json TEXT NOT NULL,
            result_json TEXT NOT NULL,
            caller_name TEXT COLLATE "C" NOT NULL,
            caller_identity TEXT COLLATE "C",
            created_at BIGINT NOT NULL,
            daemon_version TEXT NOT NULL,
            previous_record_id TEXT COLLATE "C" REFERENCES records(id)
        )
        """,
        "CREATE INDEX records_by_time ON records (created_at DESC, id DESC)",
        "CREATE INDEX records_by_subject ON records (subject_code, created_at DESC)",
        "CREATE INDEX records_by_history ON records (assessment, subject_code, period_start, created_at)",
        "CREATE INDEX records_by_assessment ON records (assessment, created_at DESC)",
        "CREATE INDEX records_by_period ON records (period, created_at DESC)",
        "CREATE INDEX records_by_verdict ON records (verdict, created_at DESC)",
        "CREATE INDEX records_by_previous ON records (previous_record_id)",
        "CREATE INDEX records_by_caller ON records (caller_name, created_at DESC)",
        """
        CREATE TABLE audit (
            seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            time BIGINT NOT NULL,
            client_name TEXT COLLATE "C" NOT NULL,
            authenticated_identity TEXT COLLATE "C",
            method TEXT COLLATE "C" NOT NULL,
            subject_code TEXT COLLATE "C",
            record_id TEXT COLLATE "C",
            status_code INTEGER NOT NULL,
            status_name TEXT NOT NULL,
            message TEXT,
            duration_ms BIGINT NOT NULL,
            call_id TEXT NOT NULL,
            trace_id TEXT
        )
        """,
        "CREATE INDEX audit_by_time ON audit (time DESC, seq DESC)",
        "CREATE INDEX audit_by_client ON audit (client_name, time DESC)",
        "CREATE INDEX audit_by_identity ON audit (authenticated_identity, time DESC)",
        """
        CREATE TABLE idempotency_keys (
            scope TEXT COLLATE "C" NOT NULL,
            key TEXT COLLATE "C" NOT NULL,
            record_id TEXT COLLATE "C" NOT NULL REFERENCES records(id),
            input_digest TEXT COLLATE "C" NOT NULL,
            created_at BIGINT NOT NULL,
            PRIMARY KEY (scope, key)
        )
        """,
    ] + ["records", "audit", "idempotency_keys"].flatMap { table in
        [
            "CREATE TRIGGER \(table)_append_only BEFORE UPDATE OR DELETE ON \(table) FOR EACH ROW EXECUTE FUNCTION dudao_refuse_change()",
            "CREATE TRIGGER \(table)_no_truncate BEFORE TRUNCATE ON \(table) FOR EACH STATEMENT EXECUTE FUNCTION dudao_refuse_change()",
        ]
    }

    /// The version recorded in the database: 0 for one Dudao has never migrated.
    static func recordedVersion(_ connection: PostgresConnection, logger: Logger) async throws -> Int {
        let exists = try await connection.query("SELECT to_regclass('dudao_schema') IS NOT NULL", logger: logger).collect()
        guard try exists.first?.decode(Bool.self) == true else { return 0 }
        let rows = try await connection.query("SELECT COALESCE(MAX(version), 0) FROM dudao_schema", logger: logger).collect()
        return try rows.first.map { Int(try $0.decode(Int32.self)) } ?? 0
    }

    /// The error for a database written by a newer schema than this build knows.
    static func newer(_ version: Int, location: String) -> DudaoError {
        DudaoError(
            .failedPrecondition,
            "the record store \(location) has schema version \(version); this dudaod knows up to \(Self.latestVersion). Run a newer dudaod"
        )
    }

    /// Applies every migration the database lacks.
    ///
    /// - Returns: The versions applied now (empty when the database was current).
    /// - Throws: ``DudaoError/Code/failedPrecondition`` for a database of a newer schema.
    static func migrate(_ connection: PostgresConnection, location: String, logger: Logger) async throws -> [Int] {
        try await connection.withTransaction(logger: logger) { connection in
            _ = try await connection.query("SELECT pg_advisory_xact_lock(\(Self.migrationLockID))", logger: logger).collect()
            try await connection.query(
                "CREATE TABLE IF NOT EXISTS dudao_schema (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)", logger: logger
            )
            let current = try await Self.recordedVersion(connection, logger: logger)
            guard current <= Self.latestVersion else { throw Self.newer(current, location: location) }
            var applied: [Int] = []
            for migration in Self.migrations where migration.version > current {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                let version = Int32(migration.version)
                try await connection.query("INSERT INTO dudao_schema (version, applied_at) VALUES (\(version), \(RecordID.now()))", logger: logger)
                applied.append(migration.version)
            }
            return applied
        }
    }
}
