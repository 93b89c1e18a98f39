import DudaoClient
import DudaoCore
import DudaoPostgresStore
import DudaoTesting
import Foundation
import Synchronization
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Two real `dudaod` processes on one PostgreSQL database, as behind a load balancer: one is
/// killed while clients spread over both are evaluating, and the clients carry on on the other.
@Suite(
    "several dudaod on one PostgreSQL", .serialized, .timeLimit(.minutes(3)),
    .enabled(if: PostgresTestDatabase.isConfigured, Comment(rawValue: PostgresTestDatabase.skipMessage))
)
struct ScaleOutTests {
    static let clients = 4
    static let evaluationsPerClient = 12

    /// The store's URL as an operator writes it (the password comes from DUDAO_STORE_PASSWORD,
    /// which the daemons inherit).
    static func url(_ settings: PostgresStoreSettings) -> String {
        "postgres://\(settings.username)@\(settings.host):\(settings.port)/\(settings.database)"
    }

    @Test("SIGKILL to one of two daemons mid-run: clients retry on the other; every acknowledged evaluation is stored once and audited")
    func killOneOfTwo() async throws {
        try await PostgresTestDatabase.withDatabase { settings in
            try await DaemonCrashTests.withDataDirectory { directory in
                let first = try await DaemonProcess(dataDirectory: directory + "/a", arguments: ["--store", Self.url(settings)])
                let second = try await DaemonProcess(dataDirectory: directory + "/b", arguments: ["--store", Self.url(settings)])
                // On a failure; a passing run stops the second daemon below.
                defer {
                    for daemon in [first, second] where daemon.process.isRunning { daemon.kill() }
                }
                let endpoints = [RetryingClient.Endpoint(port: first.port), RetryingClient.Endpoint(port: second.port)]
                let inputs = try DaemonCrashTests.inputs(count: Self.clients * Self.evaluationsPerClient)
                let acknowledged = Acknowledgements()
                let killAfter = inputs.count / 4
                let firstPID = first.process.processIdentifier

                try await withThrowingTaskGroup(of: Void.self) { group in
                    for client in 0..<Self.clients {
                        // Half the clients start on each daemon, as a load balancer spreads them.
                        let order = client % 2 == 0 ? endpoints : endpoints.reversed()
                        group.addTask {
                            let retrying = RetryingClient(
                                endpoints: order, policy: .init(maximumAttempts: 8, initialBackoff: .milliseconds(20)), clientName: "scale-out-\(client)"
                            )
                            for index in 0..<Self.evaluationsPerClient {
                                let input = inputs[client * Self.evaluationsPerClient + index]
                                let key = "client-\(client)/evaluation-\(index)"
                                let recorded = try await retrying.evaluate(input, idempotencyKey: key)
                                let id = try #require(recorded.recordID)
                                if acknowledged.add(key: key, recordID: id, subjectCode: input.subject.code) == killAfter {
                                    _ = Glibc.kill(firstPID, SIGKILL)
                                }
                            }
                            await retrying.close()
                        }
                    }
                    try await group.waitForAll()
                }
                first.process.waitUntilExit()
                #expect(first.process.terminationReason == .uncaughtSignal, "the first daemon was killed mid-run")

                let acks = acknowledged.all
                #expect(acks.count == inputs.count, "every evaluation was acknowledged, on one daemon or the other")
                let store = try await PostgresRecordStore.open(settings: settings)
                let stored = try await store.allRecords(matching: RecordFilter())
                // Exactly once: one record per evaluation, and it is the one acknowledged.
                #expect(stored.count == inputs.count)
                #expect(Set(stored.map(\.id)) == Set(acks.values.map(\.recordID)))
                let bySubject = Dictionary(grouping: stored, by: \.subject.code)
                #expect(bySubject.values.allSatisfy { $0.count == 1 })
                for (_, ack) in acks {
                    #expect(bySubject[ack.subjectCode]?.first?.id == ack.recordID)
                }
                // The audit trail names every acknowledged record in a successful Evaluate.
                var audited = Set<String>()
                var filter = AuditFilter(method: "dudao.v1.Assessments/Evaluate", pageSize: RecordFilter.maximumPageSize)
                repeat {
                    let page = try await store.audit(matching: filter)
                    audited.formUnion(page.entries.filter { $0.status == .ok }.compactMap(\.recordID))
                    filter.pageToken = page.nextPageToken
                } while filter.pageToken != nil
                #expect(Set(acks.values.map(\.recordID)).isSubset(of: audited))
                await store.close()
                await second.stop()
            }
        }
    }

    @Test("a daemon refuses a PostgreSQL store that was not migrated, and `dudaod admin store migrate` fixes it")
    func migrateBeforeServing() async throws {
        try await PostgresTestDatabase.withDatabase(migrated: false) { settings in
            let refused = try await DaemonProcess.runToExit(arguments: ["--store", Self.url(settings), "--port", "0"])
            #expect(refused.status == 65)
            #expect(refused.standardError.contains("dudaod admin store migrate"))
            let migrated = try await DaemonProcess.runToExit(arguments: ["admin", "store", "migrate", "--store", Self.url(settings)])
            #expect(migrated.status == 0, "\(migrated.standardError)")
            let again = try await DaemonProcess.runToExit(arguments: ["admin", "store", "migrate", "--store", Self.url(settings)])
            #expect(again.status == 0)
            let withPassword = try await DaemonProcess.runToExit(arguments: ["--store", "postgres://u:secret@127.0.0.1/x", "--port", "0"])
            #expect(withPassword.status != 0)
            #expect(withPassword.standardError.contains("must not carry a password"))
            #expect(!withPassword.standardError.contains("secret@"))
        }
    }
}

/// Every acknowledged evaluation by its idempotency key, shared by the clients' tasks.
final class Acknowledgements: Sendable {
    private let state = Mutex<[String: (recordID: String, subjectCode: String)]>([:])

    /// Adds one and returns how many there are now.
    func add(key: String, recordID: String, subjectCode: String) -> Int {
        self.state.withLock { acks in
            acks[key] = (recordID, subjectCode)
            return acks.count
        }
    }

    var all: [String: (recordID: String, subjectCode: String)] { self.state.withLock { $0 } }
}
