import DudaoCore
import DudaoStore
import Foundation
import GRDB
import Synchronization
import Testing

/// A writability probe a test can flip, standing in for `chmod` where the mode bits do not bind.
final class ProbeSwitch: Sendable {
    let blocked = Atomic<Bool>(true)

    /// The real probe where permissions bind (so the test exercises real `chmod`), else the switch.
    var probe: @Sendable (String, String) -> String? {
        { directory, file in
            guard Fixtures.permissionBitsAreBypassed else {
                return SQLiteRecordStore.probeWritability(directory: directory, file: file)
            }
            return self.blocked.load(ordering: .relaxed) ? "the data directory \(directory) is read-only (simulated: mode bits do not bind root)" : nil
        }
    }
}

struct StoreAvailabilityTests {
    static let base: Int64 = 1_735_660_800_000

    /// Runs as a normal user: `chmod` makes the directory read-only and the real `access(2)` probe
    /// sees it. Runs as root: `chmod` is still applied, but root writes through mode bits, so the
    /// probe is switched by hand; what is then proven is the store's handling (SQLite opened
    /// read-only, reads served, writes UNAVAILABLE, recovery on the next write), not the OS check.
    @Test("a read-only data directory serves reads, refuses writes with UNAVAILABLE, and recovers once writable")
    func readOnlyDirectory() async throws {
        try await Fixtures.withDataDirectory { directory in
            let path = directory + "/" + SQLiteRecordStore.fileName
            let kept = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区"), createdAt: Self.base)
            do {
                let store = try SQLiteRecordStore(directory: directory)
                try await store.append(kept)
            }
            let files = try FileManager.default.contentsOfDirectory(atPath: directory).map { directory + "/" + $0 }
            for file in files { chmod(file, 0o444) }
            chmod(directory, 0o555)
            let probe = ProbeSwitch()
            let store = try SQLiteRecordStore(directory: directory, options: .init(writabilityProbe: probe.probe))

            #expect(try Fixtures.canonical(await store.record(id: kept.id)) == Fixtures.canonical(kept))
            #expect(try await store.records(matching: RecordFilter(regionPrefix: "3301")).records.count == 1)
            let health = await store.health()
            #expect(health.readable && !health.writable)
            #expect(health.message?.contains("read-only") == true)

            let fresh = try Fixtures.record(Fixtures.input(code: "330102", name: "上城区"), createdAt: Self.base + 1)
            let refused = await #expect(throws: DudaoError.self) { try await store.append(fresh) }
            #expect(refused?.code == .unavailable)
            #expect(refused?.message.hasPrefix("the record store cannot be written: the data directory \(directory) is read-only") == true)
            let audit = AuditEntry(time: Self.base, caller: Fixtures.caller, method: "Evaluate", status: .unavailable, durationMilliseconds: 1, callID: "c1")
            let auditRefused = await #expect(throws: DudaoError.self) { try await store.appendAudit(audit) }
            #expect(auditRefused?.code == .unavailable)

            chmod(directory, 0o755)
            for file in files { chmod(file, 0o644) }
            probe.blocked.store(false, ordering: .relaxed)
            try await store.append(fresh)
            try await store.appendAudit(audit)
            #expect(try Fixtures.canonical(await store.record(id: fresh.id)) == Fixtures.canonical(fresh))
            #expect(await store.health().writable)
            #expect(FileManager.default.isWritableFile(atPath: path))
        }
    }

    @Test("opening read-only on request never writes, even to a directory that could be written")
    func readOnlyOnRequest() async throws {
        try await Fixtures.withDataDirectory { directory in
            let kept = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区"), createdAt: Self.base)
            do {
                try await SQLiteRecordStore(directory: directory).append(kept)
            }
            let store = try SQLiteRecordStore(directory: directory, options: .init(readOnly: true))
            #expect(try Fixtures.canonical(await store.record(id: kept.id)) == Fixtures.canonical(kept))
            let error = await #expect(throws: DudaoError.self) {
                try await store.append(try Fixtures.record(Fixtures.input(code: "330102", name: "上城区"), createdAt: Self.base + 1))
            }
            #expect(error?.code == .unavailable)
            #expect(error?.message.contains("opened read-only on request") == true)
        }
    }

    @Test("a read-only directory without a store yet is UNAVAILABLE at start-up with the reason")
    func readOnlyEmptyDirectory() async throws {
        try await Fixtures.withDataDirectory { directory in
            let error = #expect(throws: DudaoError.self) {
                try SQLiteRecordStore(directory: directory, options: .init(writabilityProbe: { _, _ in "the data directory is read-only (test)" }))
            }
            #expect(error?.code == .unavailable)
            #expect(error?.message.contains("holds no records.sqlite yet") == true)
        }
    }

    @Test("a full store is UNAVAILABLE with 'disk full', keeps every acknowledged record, and still serves reads")
    func fullDisk() async throws {
        try await Fixtures.withDataDirectory { directory in
            // SQLite's page cap gives a real SQLITE_FULL from SQLite itself, as a full disk would.
            let store = try SQLiteRecordStore(directory: directory, options: .init(maximumPageCount: 40))
            var acknowledged: [String] = []
            var failure: DudaoError?
            for index in 0..<500 {
                let record = try Fixtures.record(Fixtures.input(code: "330\(100 + index)", name: "县\(index)"), createdAt: Self.base + Int64(index))
                do {
                    try await store.append(record)
                    acknowledged.append(record.id)
                } catch let error as DudaoError {
                    failure = error
                    break
                }
            }
            let error = try #require(failure)
            #expect(error.code == .unavailable)
            #expect(error.message.contains("disk is full"))
            #expect(!acknowledged.isEmpty)
            var listed: [String] = []
            var token: String?
            repeat {
                let page = try await store.records(matching: RecordFilter(pageSize: 100, pageToken: token))
                listed += page.records.map(\.id)
                token = page.nextPageToken
            } while token != nil
            #expect(Set(listed) == Set(acknowledged))
        }
    }

    @Test("a database locked by another process is UNAVAILABLE, and the next write after the lock is released succeeds")
    func lockedDatabase() async throws {
        try await Fixtures.withDataDirectory { directory in
            let store = try SQLiteRecordStore(directory: directory, options: .init(busyTimeout: .milliseconds(50)))
            var configuration = Configuration()
            configuration.allowsUnsafeTransactions = true
            let other = try DatabaseQueue(path: directory + "/" + SQLiteRecordStore.fileName, configuration: configuration)
            try await other.writeWithoutTransaction { db in try db.execute(sql: "BEGIN IMMEDIATE") }
            let record = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区"), createdAt: Self.base)
            let error = await #expect(throws: DudaoError.self) { try await store.append(record) }
            #expect(error?.code == .unavailable)
            #expect(error?.message.contains("locked") == true)
            #expect(try await store.records(matching: RecordFilter()).records.isEmpty)
            try await other.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") }
            try await store.append(record)
            #expect(try Fixtures.canonical(await store.record(id: record.id)) == Fixtures.canonical(record))
        }
    }
}
