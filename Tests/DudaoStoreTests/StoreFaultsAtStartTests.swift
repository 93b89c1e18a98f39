import DudaoCore
@testable import DudaoStore
import Foundation
import GRDB
import Testing

/// A damaged, emptied or shared data directory is refused before the daemon serves from it.
@Suite("Store faults at start")
struct StoreFaultsAtStartTests {
    private func storePath(_ directory: String) -> String {
        URL(fileURLWithPath: directory).appendingPathComponent(SQLiteRecordStore.fileName).path
    }

    /// A database of about 2 MB, closed, in `directory`.
    private func makeDatabase(in directory: String) throws {
        let queue = try DatabaseQueue(path: self.storePath(directory))
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE filler (id INTEGER PRIMARY KEY, body BLOB)")
            for id in 0..<2000 {
                try db.execute(sql: "INSERT INTO filler (id, body) VALUES (?, randomblob(1000))", arguments: [id])
            }
        }
        try queue.close()
    }

    @Test("a zero-length records.sqlite is refused as DATA_LOSS, not opened as an empty store")
    func emptiedFile() async throws {
        try await Fixtures.withDataDirectory { directory in
            _ = FileManager.default.createFile(atPath: self.storePath(directory), contents: Data())
            let error = try #require(throws: DudaoError.self) { try StoreIntegrity.checkAtStart(directory: directory) }
            #expect(error.code == .dataLoss)
            #expect(error.message.contains("empty (0 bytes)"))
        }
    }

    @Test("32 KB of random bytes in the middle of the file are found by the check at start and by the full check")
    func damagedPages() async throws {
        try await Fixtures.withDataDirectory { directory in
            try self.makeDatabase(in: directory)
            #expect(try StoreIntegrity.checkAtStart(directory: directory) == .quickChecked)
            #expect(try StoreIntegrity.fullCheck(directory: directory).isEmpty)
            let handle = try #require(FileHandle(forUpdatingAtPath: self.storePath(directory)))
            let size = try handle.seekToEnd()
            try handle.seek(toOffset: size / 2)
            var generator = SystemRandomNumberGenerator()
            try handle.write(contentsOf: Data((0..<32_768).map { _ in UInt8.random(in: 0...255, using: &generator) }))
            try handle.close()
            let error = try #require(throws: DudaoError.self) { try StoreIntegrity.checkAtStart(directory: directory) }
            #expect(error.code == .dataLoss)
            #expect(!error.message.isEmpty)
            #expect(try !StoreIntegrity.fullCheck(directory: directory).isEmpty)
        }
    }

    @Test("a file that is not a database is refused naming its header")
    func notADatabase() async throws {
        try await Fixtures.withDataDirectory { directory in
            try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: self.storePath(directory)))
            let error = try #require(throws: DudaoError.self) { try StoreIntegrity.checkAtStart(directory: directory) }
            #expect(error.code == .dataLoss)
            #expect(error.message.contains("header"))
        }
    }

    @Test("a second holder of the data directory is refused, naming the first's pid")
    func secondDaemonRefused() async throws {
        try await Fixtures.withDataDirectory { directory in
            var first: DataDirectory? = try DataDirectory(path: directory)
            let error = try #require(throws: DudaoError.self) { try DataDirectory(path: directory) }
            #expect(error.code == .failedPrecondition)
            #expect(error.message.contains("pid \(getpid())"))
            #expect(first != nil)
            // Once the first lets go, the directory can be taken again.
            first = nil
            _ = try DataDirectory(path: directory)
        }
    }

    @Test("the data directory is made 0700 and the store's files 0600")
    func privateModes() async throws {
        try await Fixtures.withDataDirectory { directory in
            try self.makeDatabase(in: directory)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: self.storePath(directory))
            let holder = try DataDirectory(path: directory)
            let mode = { (path: String) in ((try FileManager.default.attributesOfItem(atPath: path))[.posixPermissions] as? NSNumber)?.intValue }
            #expect(try mode(directory) == 0o700)
            #expect(try mode(self.storePath(directory)) == 0o600)
            #expect(try mode(URL(fileURLWithPath: directory).appendingPathComponent(DataDirectory.lockFileName).path) == 0o600)
            withExtendedLifetime(holder) {}
        }
    }

    @Test("a DATA_LOSS answer names the store's file, not its absolute path")
    func noAbsolutePath() {
        let damage = DatabaseError(resultCode: .SQLITE_CORRUPT, message: "database disk image is malformed")
        for error in [StoreFailure.forRead(damage, location: "/srv/secret/data/records.sqlite"), StoreFailure.forWrite(damage, location: "/srv/secret/data/records.sqlite")] {
            #expect(error.code == .dataLoss)
            #expect(error.message.contains("records.sqlite"))
            #expect(!error.message.contains("/srv/secret"))
        }
    }
}
