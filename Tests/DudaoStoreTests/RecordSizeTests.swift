import DudaoCore
import Foundation
import GRDB
import QualityBalanceAssessment
import Testing

@testable import DudaoStore

/// A province keeps every evaluation for years, so a record must stay small.
struct RecordSizeTests {
    @Test("a record of the 60-school example county takes at most 20 KB with its input, and the shared part of results is stored once")
    func exampleRecordSize() async throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Examples/compulsory-quality-balance/county.json")
        let first = try CanonicalJSON.decode(AssessmentInput.self, from: Data(contentsOf: url))
        var second = first
        second.subject = Subject(kind: first.subject.kind, code: "330106", name: "西湖区")
        let registry = try AssessmentRegistry([QualityBalance()])
        try await Fixtures.withDataDirectory { directory in
            let store = try SQLiteRecordStore(directory: directory)
            var records: [EvaluationRecord] = []
            for input in [first, second] {
                let record = EvaluationRecord(result: try registry.evaluate(input), input: input, caller: Fixtures.caller, daemonVersion: "test")
                try await store.append(record)
                records.append(record)
            }
            let secondID = records[1].id
            let queue = try DatabaseQueue(path: directory + "/records.sqlite")
            let (bytes, templates) = try await queue.read { db in
                (
                    try Int.fetchOne(
                        db,
                        sql: "SELECT length(result_body) + (SELECT length(body) FROM inputs WHERE digest = input_digest) FROM records WHERE id = ?",
                        arguments: [secondID]
                    ) ?? 0,
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM result_templates") ?? 0
                )
            }
            #expect(bytes <= 20_000, "\(bytes) bytes")
            #expect(templates == 1)
            for record in records {
                #expect(try Fixtures.canonical(await store.record(id: record.id).result) == Fixtures.canonical(record.result))
            }
        }
    }
}
