import DudaoCore
import Foundation
import GRDB
import QualityBalanceAssessment
import Testing

@testable import DudaoStore

/// A province keeps every evaluation for years, so a record must stay small.
struct RecordSizeTests {
    @Test("a record of the 60-school example county takes at most 20 KB, its input included")
    func exampleRecordSize() async throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Examples/compulsory-quality-balance/county.json")
        let input = try CanonicalJSON.decode(AssessmentInput.self, from: Data(contentsOf: url))
        let registry = try AssessmentRegistry([QualityBalance()])
        try await Fixtures.withDataDirectory { directory in
            let store = try SQLiteRecordStore(directory: directory)
            let record = EvaluationRecord(result: try registry.evaluate(input), input: input, caller: Fixtures.caller, daemonVersion: "test")
            try await store.append(record)
            let queue = try DatabaseQueue(path: directory + "/records.sqlite")
            let bytes = try await queue.read { db in
                try Int.fetchOne(db, sql: "SELECT (SELECT sum(length(result_body)) FROM records) + (SELECT sum(length(body)) FROM inputs)") ?? 0
            }
            #expect(bytes <= 20_000, "\(bytes) bytes")
            #expect(try Fixtures.canonical(await store.record(id: record.id).result) == Fixtures.canonical(record.result))
        }
    }
}
