import DudaoStore
import Foundation
import Testing

/// The real `dudaod` refuses to start on a data directory it must not serve from.
@Suite("dudaod start refusals", .serialized, .timeLimit(.minutes(2)))
struct DaemonStartRefusalTests {
    @Test("a second dudaod on the same data directory refuses, naming the first one's pid")
    func secondDaemon() async throws {
        try await DaemonCrashTests.withDataDirectory { directory in
            let first = try await DaemonProcess(dataDirectory: directory)
            defer { first.terminate() }
            let (status, standardError) = try await DaemonProcess.runToExit(arguments: ["--data-dir", directory, "--port", "0"])
            #expect(status == 65)
            #expect(standardError.contains("in use by another dudaod (pid \(first.process.processIdentifier))"))
        }
    }

    @Test("a zero-length records.sqlite is refused at start, not served as an empty store")
    func emptiedStore() async throws {
        try await DaemonCrashTests.withDataDirectory { directory in
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: directory + "/" + SQLiteRecordStore.fileName, contents: Data())
            let (status, standardError) = try await DaemonProcess.runToExit(arguments: ["--data-dir", directory, "--port", "0"])
            #expect(status == 65)
            #expect(standardError.contains("is empty (0 bytes)"))
        }
    }

    @Test("the daemon's data directory and files are private to its user")
    func privateModes() async throws {
        try await DaemonCrashTests.withDataDirectory { directory in
            let daemon = try await DaemonProcess(dataDirectory: directory)
            defer { daemon.terminate() }
            let mode = { (path: String) in ((try FileManager.default.attributesOfItem(atPath: path))[.posixPermissions] as? NSNumber)?.intValue }
            #expect(try mode(directory) == 0o700)
            for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
                #expect(try mode(directory + "/" + name) == 0o600, "\(name)")
            }
        }
    }
}
