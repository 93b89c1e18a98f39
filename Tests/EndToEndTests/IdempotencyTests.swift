import DudaoClient
import DudaoCore
import DudaoServer
import DudaoStore
import DudaoTesting
import DudaoWire
import Foundation
import Synchronization
import Testing

/// Idempotency keys over the wire: the real server in-process on a real SQLite store. The same
/// behaviour across daemons sharing PostgreSQL is in `DurabilityTests/ScaleOutTests`.
@Suite("Idempotent evaluation end to end", .timeLimit(.minutes(1)))
struct IdempotencyTests {
    static func withStore<T>(_ body: (SQLiteRecordStore) async throws -> T) async throws -> T {
        try await RecordsEndToEndTests.withStore { store, _ in try await body(store) }
    }

    @Test("a repeated Evaluate with the same key and input answers with the first record; nothing new is stored")
    func repeatedCall() async throws {
        try await Self.withStore { store in
            try await withLiveServer(store: store) { server in
                let client = try await server.connect()
                defer { Task { await client.close() } }
                let input = PupilTeacherRatioAssessment.county(crowded: true)
                let key = [MetadataKey.idempotencyKey: "county-330110-2024"]
                let first = try await client.evaluateRecorded(input, metadata: key)
                let again = try await client.evaluateRecorded(input, metadata: key)
                #expect(first.recordID != nil)
                #expect(again.recordID == first.recordID)
                #expect(try RecordsEndToEndTests.json(again.result) == RecordsEndToEndTests.json(first.result))
                // Without a key every call is a new evaluation.
                let unkeyed = try await client.evaluateRecorded(input)
                #expect(unkeyed.recordID != first.recordID)
                let stored = try await store.allRecords(matching: RecordFilter())
                #expect(Set(stored.map(\.id)) == Set([first.recordID, unkeyed.recordID].compactMap { $0 }))
            }
        }
    }

    @Test("the same key with another input is FAILED_PRECONDITION naming the first record; a malformed key is INVALID_ARGUMENT")
    func refusals() async throws {
        try await Self.withStore { store in
            try await withLiveServer(store: store) { server in
                let client = try await server.connect()
                defer { Task { await client.close() } }
                let key = [MetadataKey.idempotencyKey: "k-1"]
                let first = try await client.evaluateRecorded(PupilTeacherRatioAssessment.county(crowded: false), metadata: key)
                let conflict = await #expect(throws: DudaoError.self) {
                    try await client.evaluateRecorded(PupilTeacherRatioAssessment.county(crowded: true), metadata: key)
                }
                #expect(conflict?.code == .failedPrecondition)
                #expect(conflict?.message.contains(first.recordID ?? "?") == true)
                for bad in ["", "has space", String(repeating: "k", count: 129), "键"] {
                    let malformed = await #expect(throws: DudaoError.self) {
                        try await client.evaluateRecorded(PupilTeacherRatioAssessment.county(), metadata: [MetadataKey.idempotencyKey: bad])
                    }
                    #expect(malformed?.code == .invalidArgument)
                    #expect(malformed?.violations.first?.path == "metadata.idempotency-key")
                }
                #expect(try await store.allRecords(matching: RecordFilter()).map(\.id) == [first.recordID])
            }
        }
    }

    @Test("a batch retried under the same key answers every item with the record first stored for it")
    func retriedBatch() async throws {
        try await Self.withStore { store in
            try await withLiveServer(store: store) { server in
                let client = try await server.connect()
                defer { Task { await client.close() } }
                let inputs = (0..<6).map { PupilTeacherRatioAssessment.county(code: "33011\($0)", name: "县\($0)", crowded: $0 % 2 == 0) }
                func run() async throws -> [Int: String] {
                    var ids: [Int: String] = [:]
                    for try await event in client.evaluateBatch(inputs, metadata: [MetadataKey.idempotencyKey: "batch-1"]) {
                        if case .item(let item) = event { ids[item.index] = item.recordID }
                    }
                    return ids
                }
                let first = try await run()
                let second = try await run()
                #expect(first.count == 6)
                #expect(second == first)
                #expect(try await store.allRecords(matching: RecordFilter()).count == 6)
            }
        }
    }

    @Test("health is NOT_SERVING while the store cannot be written, and SERVING again once it can")
    func healthFollowsTheStore() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dudao-health-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let readOnly = WritableSwitch()
        let store = try SQLiteRecordStore(
            directory: directory,
            options: .init(writabilityProbe: { directory, file in
                readOnly.isOn ? "the data directory is read-only (test)" : SQLiteRecordStore.probeWritability(directory: directory, file: file)
            })
        )
        try await withLiveServer(store: store) { server in
            let client = try await server.connect()
            defer { Task { await client.close() } }
            #expect(try await client.health() == .serving)
            readOnly.isOn = true
            #expect(try await client.health() == .notServing)
            #expect(try await client.health(service: "dudao.v1.Assessments") == .notServing)
            // Reads are still served.
            #expect(try await client.health(service: "dudao.v1.Records") == .serving)
            readOnly.isOn = false
            #expect(try await client.health() == .serving)
        }
    }
}

/// A flag a test flips while the server reads it from another task.
final class WritableSwitch: Sendable {
    private let state = Mutex(false)
    var isOn: Bool {
        get { self.state.withLock { $0 } }
        set { self.state.withLock { $0 = newValue } }
    }
}
