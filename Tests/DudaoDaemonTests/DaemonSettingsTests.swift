import ArgumentParser
import DudaoServer
import Foundation
import Testing

@testable import DudaoDaemon

@Suite("Daemon settings")
struct DaemonSettingsTests {
    func writeConfig(_ json: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dudaod-\(UUID().uuidString).json").path
        try Data(json.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("the defaults are loopback, port 7411, 4 MiB frames, 10 s grace")
    func defaults() throws {
        let command = try Dudaod.parse([])
        let configuration = command.flags.serverConfiguration
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 7411)
        #expect(configuration.limits.maxFrameBytes == 4 * 1024 * 1024)
        #expect(configuration.gracePeriod == .seconds(10))
        #expect(configuration.limits.keepaliveInterval == nil)
    }

    @Test("a config file sets every key, and a flag wins over the file")
    func fileAndFlags() throws {
        let path = try self.writeConfig(
            """
            {"host": "127.0.0.2", "port": 9000, "data-dir": "/tmp/d", "max-frame-bytes": 1024,
             "max-connections": 3, "max-calls-per-connection": 4, "idle-timeout": 1.5,
             "grace-period": 2, "keepalive-interval": 0.25, "log-level": "debug"}
            """
        )
        var settings = try DaemonSettings.load(from: path)
        settings.merge(try Dudaod.parse(["--port", "0", "--max-connections", "7"]).flags)
        let configuration = settings.serverConfiguration
        #expect(configuration.host == "127.0.0.2")
        #expect(configuration.port == 0)
        #expect(configuration.limits.maxFrameBytes == 1024)
        #expect(configuration.limits.maxConnections == 7)
        #expect(configuration.limits.maxCallsPerConnection == 4)
        #expect(configuration.limits.idleTimeout == .milliseconds(1500))
        #expect(configuration.gracePeriod == .seconds(2))
        #expect(configuration.limits.keepaliveInterval == .milliseconds(250))
        #expect(settings.dataDir == "/tmp/d")
        #expect(settings.logLevel == "debug")
    }

    @Test("a misspelt key in the config file is an error naming it")
    func unknownKey() throws {
        let path = try self.writeConfig(#"{"prot": 9000}"#)
        let error = try #require(throws: ConfigError.self) { try DaemonSettings.load(from: path) }
        #expect(error.description.contains("prot"))
    }

    @Test("out-of-range flags are refused before the daemon starts", arguments: [
        ["--port", "70000"], ["--max-connections", "0"], ["--idle-timeout", "-1"], ["--log-level", "loud"],
    ])
    func invalidFlags(arguments: [String]) {
        #expect(throws: (any Error).self) { try Dudaod.parse(arguments) }
    }
}
