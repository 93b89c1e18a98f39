import DudaoClient
import DudaoCore
import DudaoServer
@testable import DudaoStore
import DudaoTesting
import DudaoWire
import Foundation
import Testing

/// What callers see when the record store cannot take writes, and what the audit trail keeps.
@Suite("Store faults end to end", .timeLimit(.minutes(1)))
struct StoreFaultsEndToEndTests {
    @Test("a full disk makes evaluations UNAVAILABLE and health NOT_SERVING; records are still read and the reads are audited later")
    func fullDisk() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dudao-full-disk-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // SQLite's page cap gives a real SQLITE_FULL, as a full disk would.
        let store = try SQLiteRecordStore(directory: directory, options: .init(maximumPageCount: 40))
        try await withLiveServer(store: store) { server in
            let client = try await server.connect(clientName: "full-disk-test")
            var failure: DudaoError?
            for _ in 0..<400 where failure == nil {
                do {
                    _ = try await client.evaluate(PupilTeacherRatioAssessment.county())
                } catch let error as DudaoError {
                    failure = error
                }
            }
            #expect(failure?.code == .unavailable)
            #expect(try await client.health() == .notServing)
            #expect(try await client.health(service: "dudao.v1.Assessments") == .notServing)
            #expect(try await client.health(service: "dudao.v1.Records") == .serving)
            let page = try await client.records(matching: RecordFilter(pageSize: 5))
            #expect(!page.records.isEmpty)
            let readDuringFullDisk = try #require(page.records.first?.id)
            _ = try await client.record(id: readDuringFullDisk)
            // Space returns: the next evaluation is stored without a restart, health recovers,
            // and the reads made meanwhile are in the audit trail.
            try await store.setMaximumPageCountForTesting(1_000_000)
            _ = try await client.evaluate(PupilTeacherRatioAssessment.county())
            #expect(try await client.health() == .serving)
            let audit = try await store.audit(matching: AuditFilter(method: "dudao.v1.Records/Get", pageSize: 100))
            #expect(!audit.entries.isEmpty)
            await client.close()
        }
    }

    @Test("a period beginning in 2099 is refused as an official record, naming the period")
    func farFuturePeriod() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dudao-future-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try SQLiteRecordStore(directory: directory)
        try await withLiveServer(store: store) { server in
            let client = try await server.connect()
            var input = PupilTeacherRatioAssessment.county()
            input.period = try #require(Period("2099-2100"))
            let error = try await #require(throws: DudaoError.self) { try await client.evaluate(input) }
            #expect(error.code == .invalidArgument)
            #expect(error.violations.map(\.path) == ["period"])
            #expect(error.violations.first?.rule == .futurePeriod)
            #expect(try await store.records(matching: RecordFilter()).records.isEmpty)
            _ = try await client.evaluate(PupilTeacherRatioAssessment.county())
            await client.close()
        }
    }

    @Test("audit entries appended from many calls at once are all written, in spite of the actor's reentrancy")
    func concurrentAuditAppends() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dudao-audit-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try SQLiteRecordStore(directory: directory)
        let backlog = AuditBacklog(store: store)
        try await Self.appendConcurrently(200, to: backlog)
        #expect(await backlog.count == 0)
        #expect(try await store.audit(matching: AuditFilter(pageSize: 1000)).entries.count == 200)
    }

    @Test("the audit lines of many calls at once share writes, so the trail keeps up with a busy daemon and none is dropped")
    func auditLinesShareWrites() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dudao-audit-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try SQLiteRecordStore(directory: directory)
        // Far below the calls: written one at a time, the lines queued behind the first would overflow it.
        let backlog = AuditBacklog(store: store, capacity: 1_000)
        let calls = 800
        try await Self.appendConcurrently(calls, to: backlog)
        #expect(await backlog.count == 0)
        #expect(try await store.audit(matching: AuditFilter(pageSize: 1000)).entries.count == calls)
        let transactions = store.groupCommitStatistics.groups
        #expect(transactions < calls / 10, "\(calls) audit lines took \(transactions) transactions")
    }

    /// Appends `count` audit lines of health checks to `backlog`, all at once.
    static func appendConcurrently(_ count: Int, to backlog: AuditBacklog) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<count {
                group.addTask {
                    try await backlog.append(
                        AuditEntry(
                            time: Int64(index), caller: CallerIdentity(clientName: "busy"), method: "dudao.v1.Health/Check",
                            status: .ok, durationMilliseconds: 0, callID: "\(index)"
                        )
                    )
                }
            }
            try await group.waitForAll()
        }
    }
}
