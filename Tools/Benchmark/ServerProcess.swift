import Foundation

/// A server started as a subprocess on a free loopback port: `dudaod` or the bare server.
///
/// It reads the port from the server's first line (`… listening on HOST:PORT`) and the process's
/// CPU time and memory from `/proc`, so that what the server spends is measured apart from the
/// load generator sharing the machine.
struct ServerProcess {
    let process: Process
    let port: Int
    /// The data directory of a `dudaod`, removed by ``stop()``.
    let dataDirectory: URL?
    /// From launching the process to its `listening` line.
    let startup: Duration

    var pid: Int32 { self.process.processIdentifier }

    /// Starts `dudaod` on a fresh data directory, by default with the per-caller rate limit off
    /// (the benchmark is one caller measuring throughput, not the abuse limit).
    static func daemon(
        path: String,
        callsPerConnection: Int,
        store: String? = nil,
        rateLimit: Int = 0,
        arguments: [String] = []
    ) throws -> ServerProcess {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw BenchmarkError("no executable at \(path); build it with `swift build -c release --product dudaod`")
        }
        let dataDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("dudao-benchmark-\(UUID().uuidString)")
        return try self.start(
            path,
            arguments: [
                "--host", "127.0.0.1", "--port", "0", "--log-level", "warning", "--data-dir", dataDirectory.path,
                "--max-calls-per-connection", String(max(64, callsPerConnection)), "--rate-limit", String(rateLimit),
            ] + (store.map { ["--store", $0] } ?? [])
                // Every connection comes from 127.0.0.1, and one load's connections may still be
                // answering their last calls when the next load opens its own.
                + (arguments.contains("--max-connections-per-caller") ? [] : ["--max-connections-per-caller", "256"]) + arguments,
            dataDirectory: dataDirectory
        )
    }

    /// Starts this benchmark's own bare server.
    static func bare() throws -> ServerProcess {
        try self.start(CommandLine.arguments[0], arguments: ["bare-server"], dataDirectory: nil)
    }

    private static func start(_ path: String, arguments: [String], dataDirectory: URL?) throws -> ServerProcess {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        let clock = ContinuousClock()
        let launched = clock.now
        try process.run()
        var line = Data()
        let handle = output.fileHandleForReading
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = handle.availableData
            guard !chunk.isEmpty else {
                process.terminate()
                throw BenchmarkError("\(path) exited before it was listening")
            }
            line.append(chunk)
        }
        let startup = clock.now - launched
        let text = String(decoding: line, as: UTF8.self)
        guard let portText = text.split(separator: "\n").first?.split(separator: ":").last, let port = Int(portText) else {
            process.terminate()
            throw BenchmarkError("unexpected first line from \(path): \(text)")
        }
        return ServerProcess(process: process, port: port, dataDirectory: dataDirectory, startup: startup)
    }

    /// User plus system CPU time used so far, from `/proc/PID/stat`.
    func cpuTime() -> Duration {
        guard let stat = try? String(contentsOfFile: "/proc/\(self.pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return .zero }
        // Fields after the command name: state is field 3, utime 14 and stime 15.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Int64(fields[11]), let system = Int64(fields[12]) else { return .zero }
        let ticks = Int64(sysconf(Int32(_SC_CLK_TCK)))
        return .milliseconds((user + system) * 1000 / max(1, ticks))
    }

    /// Resident memory now and at its peak, in KiB, from `/proc/PID/status`.
    func memory() -> (current: Int, peak: Int) {
        Self.memory(pid: self.pid)
    }

    /// Resident memory now and at its peak of process `pid`, in KiB (Linux only).
    static func memory(pid: Int32) -> (current: Int, peak: Int) {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return (0, 0) }
        func field(_ name: String) -> Int {
            for line in status.split(separator: "\n") where line.hasPrefix(name) {
                return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
            }
            return 0
        }
        return (field("VmRSS:"), field("VmHWM:"))
    }

    /// Bytes in the data directory (the database and its write-ahead log).
    func dataBytes() -> Int {
        guard let dataDirectory,
            let names = try? FileManager.default.contentsOfDirectory(atPath: dataDirectory.path)
        else { return 0 }
        return names.reduce(0) { total, name in
            let attributes = try? FileManager.default.attributesOfItem(atPath: dataDirectory.appendingPathComponent(name).path)
            return total + ((attributes?[.size] as? NSNumber)?.intValue ?? 0)
        }
    }

    /// Sends SIGTERM and waits for the graceful shutdown (which checkpoints the database).
    func stop() {
        if self.process.isRunning {
            self.process.terminate()
            self.process.waitUntilExit()
        }
    }

    func removeData() {
        if let dataDirectory { try? FileManager.default.removeItem(at: dataDirectory) }
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
