import DudaoClient
import DudaoCore
import DudaoServer
import DudaoTesting
import Foundation
import Testing

/// API tokens: created once, kept as hashes, accepted until revoked.
@Suite("API tokens", .timeLimit(.minutes(1)))
struct TokenTests {
    @Test("a token is accepted, names its caller in the recorded metadata, and is refused once revoked")
    func acceptedThenRevoked() async throws {
        let directory = try temporaryDirectory()
        let tokens = TokenStore(dataDirectory: directory)
        let token = try tokens.create(name: "yuhang-bureau")
        try await withSecureServer(ServerSecurity.Settings(tokens: tokens)) { secure in
            let client = try await secure.connect(token: token)
            _ = try await client.evaluate(PupilTeacherRatioAssessment.county(code: Region.yuhang))
            let recorded = try #require(secure.observations.recordedMetadata.first)
            #expect(recorded[ServerSecurity.identityKey] == "yuhang-bureau")
            #expect(recorded["authorization"] == nil)
            #expect(secure.observations.recordedCallers.map(\.authenticatedIdentity) == ["yuhang-bureau"])

            // Revoked through another store on the same file, as `dudaod admin token revoke` does.
            try TokenStore(dataDirectory: directory).revoke(name: "yuhang-bureau")
            let error = try await #require(throws: DudaoError.self) {
                try await client.evaluate(PupilTeacherRatioAssessment.county(code: Region.yuhang))
            }
            #expect(error.code == .unauthenticated)
            await client.close()
        }
    }

    @Test("a wrong or malformed token is UNAUTHENTICATED", arguments: ["ddt_not-a-real-token", "no-prefix", ""])
    func wrongToken(_ token: String) async throws {
        let directory = try temporaryDirectory()
        let tokens = TokenStore(dataDirectory: directory)
        _ = try tokens.create(name: "yuhang-bureau")
        try await withSecureServer(ServerSecurity.Settings(tokens: tokens)) { secure in
            let client = try await secure.connect(token: token)
            let error = try await #require(throws: DudaoError.self) { try await client.health() }
            #expect(error.code == .unauthenticated)
            await client.close()
        }
    }

    @Test("the token file holds only salted hashes, is private to its owner, and lists names and dates")
    func storage() throws {
        let directory = try temporaryDirectory()
        let store = TokenStore(dataDirectory: directory)
        let first = try store.create(name: "xihu-county")
        let second = try store.create(name: "hangzhou-city")
        #expect(first.hasPrefix("ddt_") && first != second)
        let text = try String(contentsOf: store.url, encoding: .utf8)
        #expect(!text.contains(first.dropFirst(4)) && !text.contains(second.dropFirst(4)))
        let attributes = try FileManager.default.attributesOfItem(atPath: store.url.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try store.list().map(\.name) == ["xihu-county", "hangzhou-city"])
        #expect(store.verify(first) == "xihu-county")
        #expect(throws: DudaoError.self) { try store.create(name: "xihu-county") }
        try store.revoke(name: "xihu-county")
        #expect(store.verify(first) == nil)
        #expect(try store.list().map(\.revoked) == [true, false])
        #expect(throws: DudaoError.self) { try store.revoke(name: "xihu-county") }
    }
}
