import DudaoCore
import DudaoWire
import Foundation
import Testing

@testable import DudaoStore

/// A record of an input and a template the store has committed carries neither again.
struct StoredDigestsTests {
    static let base: Int64 = 1_700_000_000_000

    @Test("once an input and a template are committed, a record leaves them out and still reads back whole")
    func committedBodiesAreLeftOut() async throws {
        try await Fixtures.withDataDirectory { directory in
            let store = try SQLiteRecordStore(directory: directory)
            let input = Fixtures.input(code: "330106", name: "西湖区")
            let first = try Fixtures.record(input, createdAt: Self.base)
            let prepared = try store.prepare(first, result: first.result.proto)
            #expect(prepared.row.input != nil && prepared.row.template != nil)
            #expect(try await store.append(prepared, idempotencyKey: nil, audit: nil) == nil)

            let second = try Fixtures.record(input, createdAt: Self.base + 1)
            let lean = try store.prepare(second, result: second.result.proto)
            #expect(lean.row.input == nil && lean.row.template == nil)
            #expect(try await store.append(lean, idempotencyKey: nil, audit: nil) == nil)

            let other = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区", classSize: 41), createdAt: Self.base + 2)
            let changed = try store.prepare(other, result: other.result.proto)
            #expect(changed.row.input != nil)
            #expect(try await store.append(changed, idempotencyKey: nil, audit: nil) == nil)

            for record in [first, second, other] {
                #expect(try Fixtures.canonical(await store.record(id: record.id)) == Fixtures.canonical(record))
            }
        }
    }

    @Test("a prepared record whose key names one stored before is not written, and the first is answered")
    func replayIsNotNoted() async throws {
        try await Fixtures.withDataDirectory { directory in
            let store = try SQLiteRecordStore(directory: directory)
            let key = try IdempotencyKey("k-1", caller: Fixtures.caller)
            let input = Fixtures.input(code: "330106", name: "西湖区")
            let first = try Fixtures.record(input, createdAt: Self.base)
            #expect(try await store.append(store.prepare(first, result: first.result.proto), idempotencyKey: key, audit: nil) == nil)
            let retry = try Fixtures.record(input, createdAt: Self.base + 1)
            let replayed = try await store.append(store.prepare(retry, result: retry.result.proto), idempotencyKey: key, audit: nil)
            #expect(replayed?.id == first.id)
            #expect(try await store.records(matching: RecordFilter()).records.map(\.id) == [first.id])
        }
    }
}
