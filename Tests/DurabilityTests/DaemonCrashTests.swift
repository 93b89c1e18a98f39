import DudaoClient
import DudaoCore
import DudaoStore
import Foundation
import GRDB
import Testing

/// The real `dudaod` process, killed in the middle of a batch and started again on the same data
/// directory: every acknowledged record must be there, readable, and the database intact.
@Suite("dudaod crash durability", .serialized, .timeLimit(.minutes(2)))
struct DaemonCrashTests {
    static func withDataDirectory<T>(_ body: (String) async throws -> T) async throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dudao-durability-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        return try await body(directory)
    }

    /// The shipped example county under `count` distinct made-up codes.
    ///
    /// Each copy keeps a dozen of its 60 schools: the batch stays a real one of the real
    /// assessment, but light enough not to starve the timing tests that run beside this one.
    static func inputs(count: Int) throws -> [AssessmentInput] {
        let file = DaemonProcess.packageRoot.appendingPathComponent("Examples/compulsory-quality-balance/county.json")
        var county = try CanonicalJSON.decode(AssessmentInput.self, from: try Data(contentsOf: file))
        county.units = Array(county.units.prefix(12))
        return (0..<count).map { index in
            var copy = county
            copy.subject.code = String(339_000 + index)
            copy.subject.name = "示例县\(index) (synthetic)"
            return copy
        }
    }

    @Test("SIGKILL during a batch keeps every acknowledged record, no partial one, and an audit line for every committed one")
    func killMidBatch() async throws {
        try await Self.withDataDirectory { directory in
            let inputs = try Self.inputs(count: 200)
            let daemon = try await DaemonProcess(dataDirectory: directory)
            var acknowledged: [String: String] = [:]
            let client = try await DudaoClient.connect(host: "127.0.0.1", port: daemon.port, clientName: "durability-test")
            do {
                for try await event in client.evaluateBatch(inputs) {
                    guard case .item(let item) = event else { continue }
                    let id = try #require(item.recordID, "an item was sent without a record id: \(item.outcome)")
                    acknowledged[id] = item.subjectCode
                    if acknowledged.count == 10 {
                        daemon.kill()
                    }
                }
                Issue.record("the batch finished before the daemon was killed")
            } catch let error as DudaoError {
                // The connection died under the stream: that is the crash, as intended. It must be
                // UNAVAILABLE, the code a client retries elsewhere, also when the crash cut a frame.
                #expect(error.code == .unavailable, "\(error)")
            }
            await client.close()
            #expect(acknowledged.count >= 10)
            #expect(acknowledged.count < inputs.count)

            let restarted = try await DaemonProcess(dataDirectory: directory)
            defer { restarted.terminate() }
            let reader = try await DudaoClient.connect(host: "127.0.0.1", port: restarted.port, clientName: "durability-check")
            for (id, code) in acknowledged {
                let record = try await reader.record(id: id)
                #expect(record.subject.code == code)
                #expect(record.inputDigest == record.result.inputDigest)
                #expect(record.caller.clientName == "durability-test")
            }
            // The daemon keeps evaluating after the restart, on the same file.
            let after = try await reader.evaluateRecorded(inputs[199])
            #expect(after.recordID != nil)
            await reader.close()

            // Straight from the file: intact, and every row whole (each decodes completely).
            let queue = try DatabaseQueue(path: directory + "/" + SQLiteRecordStore.fileName, configuration: { var c = Configuration(); c.readonly = true; return c }())
            let check = try await queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
            #expect(check == ["ok"])
            try queue.close()
            let store = try SQLiteRecordStore(directory: directory, options: .init(readOnly: true))
            let all = try await store.allRecords(matching: RecordFilter())
            #expect(Set(acknowledged.keys).isSubset(of: Set(all.map(\.id))))
            #expect(all.count <= inputs.count + 1)
            for record in all {
                #expect(record.result.subject == record.subject)
            }
            // What was committed is audited, the records of the batch the kill cut short included:
            // each batch item's audit line is committed with its record.
            var audited: [String: AuditEntry] = [:]
            var filter = AuditFilter(method: "dudao.v1.Assessments/EvaluateBatch", pageSize: RecordFilter.maximumPageSize)
            repeat {
                let page = try await store.audit(matching: filter)
                for entry in page.entries { if let id = entry.recordID { audited[id] = entry } }
                filter.pageToken = page.nextPageToken
            } while filter.pageToken != nil
            for record in all where record.caller.clientName == "durability-test" {
                let entry = audited[record.id]
                #expect(entry != nil, "record \(record.id) of the killed batch has no audit line")
                #expect(entry?.subjectCode == record.subject.code)
                #expect(entry?.caller.clientName == "durability-test")
            }
        }
    }

    @Test("dudaod refuses a data directory written by a newer schema, with a clear message and a non-zero exit")
    func refusesNewerSchema() async throws {
        try await Self.withDataDirectory { directory in
            _ = try SQLiteRecordStore(directory: directory)
            let queue = try DatabaseQueue(path: directory + "/" + SQLiteRecordStore.fileName)
            try await queue.write { db in try db.execute(sql: "PRAGMA user_version = \(SQLiteRecordStore.schemaVersion + 1)") }
            try queue.close()
            let (status, standardError) = try await DaemonProcess.runToExit(arguments: ["--data-dir", directory, "--port", "0"])
            #expect(status != 0)
            #expect(standardError.contains("dudaod: cannot open the record store"))
            #expect(standardError.contains("was written by schema version \(SQLiteRecordStore.schemaVersion + 1)"))
        }
    }
}
