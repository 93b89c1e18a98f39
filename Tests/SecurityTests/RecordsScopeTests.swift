import DudaoClient
import DudaoCore
import DudaoServer
import DudaoStore
import DudaoTesting
import DudaoWire
import Foundation
import Testing

/// The record methods held to the caller's regions, with a real store and API tokens.
@Suite("Records within the caller's regions", .timeLimit(.minutes(1)))
struct RecordsScopeTests {
    static let policy = AccessPolicy(callers: [
        .init(identity: "zhejiang-province", methods: ["*"], regions: ["*"]),
        .init(identity: "hangzhou-city", methods: ["dudao.v1.Assessments/*", "dudao.v1.Records/*", "dudao.v1.Audit/*"], regions: ["3301"]),
        .init(identity: "xihu-county", methods: ["dudao.v1.Assessments/*", "dudao.v1.Records/*", "dudao.v1.Audit/*"], regions: [Region.xihu]),
    ])

    struct Fixture {
        var province: DudaoClient
        var city: DudaoClient
        var county: DudaoClient
        /// Record ids by subject code, evaluated by the province.
        var ids: [String: String]
        /// The daemon's store, read directly: the wire does not carry the authenticated identity.
        var store: SQLiteRecordStore
    }

    static func withFixture(_ body: (Fixture) async throws -> Void) async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let tokens = TokenStore(dataDirectory: directory)
        let secrets = try ["zhejiang-province", "hangzhou-city", "xihu-county"].map { try tokens.create(name: $0) }
        let store = try SQLiteRecordStore(directory: directory.appendingPathComponent("records").path)
        let security = try ServerSecurity(settings: ServerSecurity.Settings(tokens: tokens), policy: Self.policy)
        try await withLiveServer(store: store, security: security) { server in
            func connect(_ token: String) async throws -> DudaoClient {
                try await DudaoClient.connect(host: server.host, port: server.port, clientName: "scope-test", token: token)
            }
            let province = try await connect(secrets[0])
            var ids: [String: String] = [:]
            for code in [Region.xihu, Region.yuhang, Region.haishu] {
                ids[code] = try await province.evaluateRecorded(PupilTeacherRatioAssessment.county(code: code)).recordID
            }
            let fixture = Fixture(province: province, city: try await connect(secrets[1]), county: try await connect(secrets[2]), ids: ids, store: store)
            do {
                try await body(fixture)
            } catch {
                for client in [fixture.province, fixture.city, fixture.county] { await client.close() }
                throw error
            }
            for client in [fixture.province, fixture.city, fixture.county] { await client.close() }
        }
    }

    @Test("a record outside the caller's regions is NOT_FOUND with the message of a missing one")
    func getOutsideScope() async throws {
        try await Self.withFixture { fixture in
            let own = try await fixture.county.record(id: try #require(fixture.ids[Region.xihu]))
            #expect(own.subject.code == Region.xihu)
            let otherID = try #require(fixture.ids[Region.yuhang])
            let outside = try await #require(throws: DudaoError.self) { try await fixture.county.record(id: otherID) }
            #expect(outside.code == .notFound)
            #expect(outside.message == "no evaluation record with id \(otherID)")
            let missing = try await #require(throws: DudaoError.self) { try await fixture.province.record(id: "no-such-record") }
            #expect(missing.message == "no evaluation record with id no-such-record")
        }
    }

    @Test("record lists are filtered to the caller's regions")
    func listFiltered() async throws {
        try await Self.withFixture { fixture in
            let all = try await fixture.province.records(matching: RecordFilter()).records.map(\.subject.code)
            #expect(Set(all) == [Region.xihu, Region.yuhang, Region.haishu])
            let city = try await fixture.city.records(matching: RecordFilter()).records.map(\.subject.code)
            #expect(Set(city) == [Region.xihu, Region.yuhang])
            let county = try await fixture.county.records(matching: RecordFilter(regionPrefix: "33")).records.map(\.subject.code)
            #expect(county == [Region.xihu])
            let elsewhere = try await fixture.city.records(matching: RecordFilter(regionPrefix: "3302")).records
            #expect(elsewhere.isEmpty)
        }
    }

    @Test("the audit trail names the authenticated identity, denials included, and a county sees only its own calls")
    func auditNamesIdentity() async throws {
        try await Self.withFixture { fixture in
            _ = try? await fixture.county.evaluate(PupilTeacherRatioAssessment.county(code: Region.haishu))
            let entries = try await fixture.store.audit(matching: AuditFilter()).entries
            let evaluations = entries.filter { $0.method == "dudao.v1.Assessments/Evaluate" }
            #expect(evaluations.filter { $0.status == .ok }.allSatisfy { $0.caller.authenticatedIdentity == "zhejiang-province" })
            let denied = try #require(evaluations.first { $0.status == .permissionDenied })
            #expect(denied.caller == CallerIdentity(clientName: "scope-test", authenticatedIdentity: "xihu-county"))
            let stored = try await fixture.store.record(id: try #require(fixture.ids[Region.xihu]))
            #expect(stored.caller == CallerIdentity(clientName: "scope-test", authenticatedIdentity: "zhejiang-province"))
            // Over the wire a county sees only its own calls: the denied evaluation and this query.
            let own = try await fixture.county.audit(matching: AuditFilter()).entries
            #expect(Set(own.map(\.method)) == ["dudao.v1.Assessments/Evaluate"])
            #expect(own.count == 1)
        }
    }
}
