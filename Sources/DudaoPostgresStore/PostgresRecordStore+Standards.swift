public import DudaoCore
import PostgresNIO

extension PostgresRecordStore {
    public func keepStandard(_ version: StandardVersion) async throws {
        let query: PostgresQuery = """
            INSERT INTO standard_versions (assessment, version, content_hash, source_json, kept_at)
            VALUES (\(version.assessment), \(version.version), \(version.contentHash), \(version.source), \(version.keptAt))
            ON CONFLICT (assessment, version) DO NOTHING
            """
        let logger = self.logger
        try await self.withConnection(writing: true) { connection in _ = try await connection.query(query, logger: logger) }
    }

    public func standardVersions() async throws -> [StandardVersion] {
        let query: PostgresQuery = "SELECT assessment, version, content_hash, source_json, kept_at FROM standard_versions ORDER BY kept_at, assessment, version"
        let logger = self.logger
        return try await self.read { connection in
            try await connection.query(query, logger: logger).collect().map { row in
                let (assessment, version, hash, source, keptAt) = try row.decode((String, String, String, String, Int64).self)
                return StandardVersion(assessment: assessment, version: version, contentHash: hash, source: source, keptAt: keptAt)
            }
        }
    }
}
