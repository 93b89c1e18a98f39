import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real `dudaod` binary run as a child process on `127.0.0.1` and a free port.
final class DaemonProcess {
    let process: Process
    let port: Int
    /// The port of `/metrics`, when started with `--metrics-port`.
    let metricsPort: Int?

    /// The package root, found from this file's path (`Tests/DurabilityTests/Test Utilities/`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The debug build of `dudaod`, next to the test bundle.
    ///
    /// `swift build --build-tests` (which the test script runs first) builds it; a missing binary
    /// is a failure that says how to build it, never a silent skip.
    static func binary() throws -> URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("dudaod"),
            self.packageRoot.appendingPathComponent(".build/debug/dudaod"),
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            Issue.record("dudaod is not built; run `swift build --build-tests` (or `swift build --product dudaod`) before `swift test`. Looked at: \(candidates.map(\.path))")
            throw CancellationError()
        }
        return found
    }

    /// Starts the daemon on `dataDirectory` and waits for its `dudaod listening on HOST:PORT` line
    /// (and, with `--metrics-port`, its `dudaod metrics on HOST:PORT` line).
    ///
    /// - Parameter errorLog: A file to take the daemon's log (standard error); none by default.
    init(dataDirectory: String, arguments: [String] = [], errorLog: String? = nil) async throws {
        let process = Process()
        process.executableURL = try Self.binary()
        process.arguments = ["--data-dir", dataDirectory, "--host", "127.0.0.1", "--port", "0", "--log-level", "error"] + arguments
        let output = Pipe()
        process.standardOutput = output
        if let errorLog {
            _ = FileManager.default.createFile(atPath: errorLog, contents: nil)
            process.standardError = FileHandle(forWritingAtPath: errorLog)
        } else {
            process.standardError = FileHandle.nullDevice
        }
        try process.run()
        self.process = process
        let ports = try await Self.announcedPorts(output.fileHandleForReading, metrics: arguments.contains("--metrics-port"))
        self.port = ports.listening
        self.metricsPort = ports.metrics
    }

    /// Kills the daemon at once (no graceful shutdown, as a power cut or an OOM kill would).
    func kill() {
        _ = Glibc.kill(self.process.processIdentifier, SIGKILL)
        self.process.waitUntilExit()
    }

    /// Sends SIGHUP: the daemon reloads its certificate, policy and standard packs.
    func hangUp() {
        _ = Glibc.kill(self.process.processIdentifier, SIGHUP)
    }

    func terminate() {
        self.process.terminate()
        self.process.waitUntilExit()
    }

    /// Stops the daemon with SIGTERM and waits for its exit on a thread of its own: blocking one
    /// of the cooperative pool's few threads would starve the timing tests running beside this.
    func stop() async {
        let process = self.process
        process.terminate()
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            Thread.detachNewThread {
                process.waitUntilExit()
                continuation.resume()
            }
        }
    }

    /// Reads the daemon's standard output on a thread of its own until the lines it waits for.
    private static func announcedPorts(_ handle: FileHandle, metrics: Bool) async throws -> (listening: Int, metrics: Int?) {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                var buffer = Data()
                func port(after prefix: String, in text: String) -> Int? {
                    text.split(separator: "\n").first { $0.hasPrefix(prefix) }.flatMap { $0.split(separator: ":").last.flatMap { Int($0) } }
                }
                while true {
                    let chunk = handle.availableData
                    if chunk.isEmpty {
                        continuation.resume(throwing: DaemonExited(output: String(decoding: buffer, as: UTF8.self)))
                        return
                    }
                    buffer.append(chunk)
                    let text = String(decoding: buffer, as: UTF8.self)
                    if let listening = port(after: "dudaod listening on ", in: text) {
                        let metricsPort = port(after: "dudaod metrics on ", in: text)
                        if !metrics || metricsPort != nil {
                            continuation.resume(returning: (listening, metricsPort))
                            return
                        }
                    }
                }
            }
        }
    }

    /// Runs the daemon to its exit and returns its status and standard error (for start-up
    /// refusals), waiting on a thread of its own rather than on the cooperative pool.
    static func runToExit(arguments: [String]) async throws -> (status: Int32, standardError: String) {
        let process = Process()
        process.executableURL = try self.binary()
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                let data = errors.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                continuation.resume(returning: (process.terminationStatus, String(decoding: data, as: UTF8.self)))
            }
        }
    }
}

struct DaemonExited: Error, CustomStringConvertible {
    var output: String
    var description: String { "dudaod exited before it listened; output: \(self.output)" }
}
