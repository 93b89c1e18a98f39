import Foundation
import Testing

/// One run of the real `dudao` binary: its exit status and what it printed.
struct CommandRun: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String

    /// The package root, found from this file's path (`Tests/DudaoCommandTests/Test Utilities/`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The debug build of `dudao`, next to the test bundle. `swift build --build-tests` (which
    /// the test script runs first) builds it; a missing binary fails the test and says how to build it.
    static func binary() throws -> URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("dudao"),
            self.packageRoot.appendingPathComponent(".build/debug/dudao"),
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            Issue.record("dudao is not built; run `swift build --build-tests` (or `swift build --product dudao`) before `swift test`. Looked at: \(candidates.map(\.path))")
            throw CancellationError()
        }
        return found
    }

    /// Runs `dudao` with `arguments` in the package root, stdout not a terminal (so width 120).
    static func dudao(_ arguments: [String], in directory: URL = CommandRun.packageRoot) async throws -> CommandRun {
        let process = Process()
        process.executableURL = try self.binary()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Both pipes are read while it runs (a long report fills a pipe's buffer before it
        // exits), each on a thread of its own: blocking the cooperative pool's two threads here
        // for the whole run would starve the timing tests beside this one.
        async let output = Self.onOwnThread { out.fileHandleForReading.readDataToEndOfFile() }
        async let errors = Self.onOwnThread { err.fileHandleForReading.readDataToEndOfFile() }
        let (stdout, stderr) = await (output, errors)
        let status = await Self.onOwnThread {
            process.waitUntilExit()
            return process.terminationStatus
        }
        return CommandRun(status: status, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    private static func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: work()) }
        }
    }
}
