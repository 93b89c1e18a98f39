import Foundation

/// A `dudaod` started as a subprocess on a free loopback port.
struct DaemonProcess {
    let process: Process
    let port: Int

    var pid: Int32 { self.process.processIdentifier }

    /// Starts the daemon with `--port 0` and reads the port from its `listening on` line.
    ///
    /// The per-caller rate limit is turned off: the benchmark is one caller measuring throughput,
    /// not the abuse limit.
    static func start(path: String, limit: Int, arguments: [String] = []) throws -> DaemonProcess {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw BenchmarkError("no executable at \(path); build it with `swift build -c release --product dudaod`")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        let dataDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("dudao-benchmark-\(UUID().uuidString)")
        process.arguments = [
            "--host", "127.0.0.1", "--port", "0", "--log-level", "warning",
            "--data-dir", dataDirectory.path, "--max-calls-per-connection", String(max(64, limit)),
            "--rate-limit", "0",
        ] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var line = Data()
        let handle = output.fileHandleForReading
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = handle.availableData
            guard !chunk.isEmpty else {
                process.terminate()
                throw BenchmarkError("dudaod exited before it was listening")
            }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let portText = text.split(separator: "\n").first?.split(separator: ":").last, let port = Int(portText) else {
            process.terminate()
            throw BenchmarkError("unexpected first line from dudaod: \(text)")
        }
        return DaemonProcess(process: process, port: port)
    }

    /// The daemon's peak resident memory in KiB, from `/proc/PID/status` (Linux only).
    func peakMemory() -> Int? {
        self.statusValue("VmHWM:")
    }

    /// The daemon's resident memory now in KiB, from `/proc/PID/status` (Linux only).
    func residentMemory() -> Int? {
        Self.residentMemory(pid: self.pid)
    }

    /// The resident memory of process `pid` in KiB (Linux only).
    static func residentMemory(pid: Int32) -> Int? {
        self.statusValue("VmRSS:", pid: pid)
    }

    private func statusValue(_ key: String) -> Int? {
        Self.statusValue(key, pid: self.pid)
    }

    private static func statusValue(_ key: String, pid: Int32) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(key) {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        }
        return nil
    }

    /// Sends SIGTERM and waits for the graceful shutdown.
    func stop() {
        guard self.process.isRunning else { return }
        self.process.terminate()
        self.process.waitUntilExit()
    }
}
