public import DudaoCore
import GRDB

extension SQLiteRecordStore {
    public func keepStandard(_ version: StandardVersion) async throws {
        try await self.groupCommit.write(durable: true, pool: self.writer) { db in
            try db.execute(
                sql: """
                    INSERT INTO standard_versions (assessment, version, content_hash, source_json, kept_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (assessment, version) DO NOTHING
                    """,
                arguments: [version.assessment, version.version, version.contentHash, version.source, version.keptAt]
            )
        }
    }

    public func standardVersions() async throws -> [StandardVersion] {
        try await self.read { db in
            try Row.fetchAll(db, sql: "SELECT assessment, version, content_hash, source_json, kept_at FROM standard_versions ORDER BY kept_at, assessment, version").map { row in
                StandardVersion(assessment: row[0], version: row[1], contentHash: row[2], source: row[3], keptAt: row[4])
            }
        }
    }
}
