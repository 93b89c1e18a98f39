import GRDB

extension SQLiteRecordStore {
    /// Sets the writer's page cap (`PRAGMA max_page_count`), so that a test can fill the store
    /// as a full disk would and then give the space back, without a restart.
    func setMaximumPageCountForTesting(_ pages: Int) async throws {
        try await self.withWriterForTesting { db in try db.execute(sql: "PRAGMA max_page_count = \(pages)") }
    }
}
