import ArgumentParser
import DudaoServer
import Foundation
import Testing

@testable import DudaoDaemon

@Suite("Daemon security flags and admin commands")
struct SecurityFlagsTests {
    @Test("dudaod admin token create and revoke work on the --data-dir given after the subcommand")
    func tokenCommands() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dudaod-admin-\(UUID().uuidString)")
        let create = try #require(try Dudaod.parseAsRoot(["admin", "token", "create", "xihu-county", "--data-dir", directory.path]) as? TokenCommand.Create)
        try create.run()
        let store = TokenStore(dataDirectory: directory)
        #expect(try store.list().map(\.name) == ["xihu-county"])
        let revoke = try #require(try Dudaod.parseAsRoot(["admin", "token", "revoke", "xihu-county", "--data-dir", directory.path]) as? TokenCommand.Revoke)
        try revoke.run()
        #expect(try store.list().map(\.revoked) == [true])
    }

    @Test("the TLS flags build mutual TLS and the limits", arguments: [true, false])
    func tlsFlags(_ mutual: Bool) throws {
        var arguments = ["--tls-cert", "s.pem", "--tls-key", "s.key", "--policy", "p.json", "--rate-limit", "5", "--rate-burst", "9", "--max-connections-per-caller", "3"]
        if mutual { arguments += ["--tls-client-ca", "ca.pem"] }
        let settings = try Dudaod.parse(arguments).security.settings(dataDirectory: URL(fileURLWithPath: "/tmp/d"))
        #expect(settings.tls?.certificate.lastPathComponent == "s.pem")
        #expect((settings.tls?.clientCA != nil) == mutual)
        #expect(settings.policyFile?.lastPathComponent == "p.json")
        #expect(settings.rateLimit == RateLimiter.Settings(perSecond: 5, burst: 9))
        #expect(settings.maxConnectionsPerCaller == 3)
    }

    @Test("a certificate without its key, or a client CA without TLS, is refused", arguments: [
        ["--tls-cert", "s.pem"], ["--tls-client-ca", "ca.pem"], ["--rate-burst", "0"],
    ])
    func badFlags(_ arguments: [String]) {
        #expect(throws: (any Error).self) { try Dudaod.parse(arguments) }
    }
}
