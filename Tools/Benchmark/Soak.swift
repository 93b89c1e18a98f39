import ArgumentParser
import DudaoClient
import DudaoCore
import Foundation
import Synchronization

/// `dudao-benchmark soak`: many connections, mixed methods and bad inputs, for a set time.
///
/// Each connection runs its own loop of calls chosen in turn from a fixed mix: health, list,
/// describe, a valid evaluation, an evaluation with a bad input (INVALID_ARGUMENT expected), a
/// record read, a record list and an unknown method (UNIMPLEMENTED expected). Each call's
/// outcome is checked against what that call must answer; anything else is an unexpected
/// error. Every interval it prints the calls, the latency percentiles, the unexpected errors and
/// the daemon's resident memory; after the load it closes every connection, waits, and prints
/// the memory again against two starting points: the daemon at rest after a warm-up of the same
/// load (its code paged in, its allocator's arenas formed: what a daemon in service looks like
/// between bursts) and the daemon after a single evaluation. The daemon's standard error is the
/// soak's own (redirect it to keep the daemon's log); if the daemon ends during the load, the
/// soak says how (exit status or signal) and fails, and after the load it reports the exit of
/// the daemon's graceful shutdown.
struct Soak: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run many connections with mixed good and bad calls against dudaod; report errors, latency and memory over time."
    )

    // Named apart from the benchmark's own --daemon and --input, which its parser would take.
    @Option(name: .customLong("dudaod"), help: "Path of the dudaod executable.")
    var daemon = ".build/release/dudaod"

    @Option(name: .customLong("evaluate"), help: "The assessment input (JSON) the valid evaluations send.")
    var input = "Examples/compulsory-quality-balance/county.json"

    @Option(help: "Minutes to run the load.")
    var minutes: Double = 10

    @Option(help: "Connections kept open, each running calls one after another.")
    var connections = 256

    @Option(help: "Seconds between reports.")
    var interval: Double = 30

    @Option(help: "Seconds to wait after the load (and after the warm-up) before measuring memory again.")
    var settle: Double = 20

    @Option(name: .customLong("warm-up"), help: "Seconds of the same load before the measured one, after which the daemon's resting memory is taken (0: none).")
    var warmUp: Double = 60

    func validate() throws {
        guard self.minutes > 0, self.connections >= 1, self.connections <= 4096, self.interval >= 1, self.warmUp >= 0 else {
            throw ValidationError("--minutes must be > 0, --connections 1…4096, --interval ≥ 1, --warm-up ≥ 0")
        }
    }

    /// One kind of call in the mix, and the status it must end with.
    enum Call: CaseIterable {
        case health, list, describe, evaluate, badInput, listRecords, getRecord, unknownMethod
    }

    func run() async throws {
        let input = try JSONDecoder().decode(AssessmentInput.self, from: Data(contentsOf: URL(fileURLWithPath: self.input)))
        let bad = Self.spoiled(input)
        let room = String(self.connections + 16)
        // The rate limit at its default: each local connection is its own caller, well under it.
        let daemon = try ServerProcess.daemon(
            path: self.daemon, callsPerConnection: 64, rateLimit: 50,
            arguments: ["--max-connections", room, "--max-connections-per-caller", room]
        )
        defer {
            daemon.stop()
            daemon.removeData()
        }
        Self.emit("dudaod pid \(daemon.pid) on port \(daemon.port); \(self.connections) connections for \(self.minutes) min; input \(self.input)")

        let first = try await DudaoClient.connect(port: daemon.port, clientName: "dudao-soak")
        let stored = try await first.evaluateRecorded(input)
        let recordID = stored.recordID ?? ""
        await first.close()
        try await Task.sleep(for: .seconds(2))
        let coldRSS = daemon.memory().current
        Self.emit("daemon RSS after one evaluation: \(coldRSS / 1024) MiB")
        let load = Load(connections: self.connections, input: input, bad: bad, recordID: recordID, daemon: daemon)

        var restingRSS = coldRSS
        if self.warmUp > 0 {
            let warmUp = try await load.run(seconds: self.warmUp, interval: nil)
            try await Task.sleep(for: .milliseconds(Int64(self.settle * 1000)))
            restingRSS = daemon.memory().current
            Self.emit(String(format: "warm-up: %ld calls in %.0f s, %ld unexpected; daemon RSS %.0f s after it: %ld MiB", warmUp.calls, self.warmUp, warmUp.unexpected, self.settle, restingRSS / 1024))
        }

        Self.emit("elapsed s  calls     calls/s  p50 ms    p99 ms    unexpected  RSS MiB")
        let totals = try await load.run(seconds: self.minutes * 60, interval: self.interval)
        Self.emit("load done: \(totals.calls) calls, \(totals.unexpected) unexpected errors")
        for problem in totals.examples {
            Self.emit("  unexpected: \(problem)")
        }
        try await Task.sleep(for: .milliseconds(Int64(self.settle * 1000)))
        let endRSS = daemon.memory().current
        func change(from start: Int) -> Double { start > 0 ? (Double(endRSS) / Double(start) - 1) * 100 : .nan }
        Self.emit(
            String(
                format: "daemon RSS %.0f s after the load: %ld MiB (%+.1f%% against after the warm-up, %+.1f%% against after one evaluation); peak (VmHWM) %ld MiB",
                self.settle, endRSS / 1024, change(from: restingRSS), change(from: coldRSS), daemon.memory().peak / 1024
            )
        )
        daemon.stop()
        Self.emit("dudaod stopped by SIGTERM after the run: \(Self.exit(of: daemon.process))")
        if totals.unexpected > 0 || daemon.process.terminationStatus != 0 { throw ExitCode(1) }
    }

    /// The mix on every connection at once, for a set time.
    struct Load {
        let connections: Int
        let input: AssessmentInput
        let bad: AssessmentInput
        let recordID: String
        let daemon: ServerProcess

        /// Opens the connections, runs the mix for `seconds`, closes them; with an `interval`,
        /// prints a line for each.
        func run(seconds: Double, interval: Double?) async throws -> Tally.Totals {
            let (input, bad, recordID, daemon) = (self.input, self.bad, self.recordID, self.daemon)
            let tally = Tally()
            let pid = daemon.pid
            let clock = ContinuousClock()
            let start = clock.now
            let end = start + .milliseconds(Int64(seconds * 1000))
            let clients = try await withThrowingTaskGroup(of: DudaoClient.self) { group in
                for index in 0..<self.connections {
                    group.addTask { try await DudaoClient.connect(port: daemon.port, clientName: "dudao-soak/\(index)") }
                }
                return try await group.reduce(into: [DudaoClient]()) { $0.append($1) }
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (index, client) in clients.enumerated() {
                    group.addTask {
                        var turn = index
                        while clock.now < end {
                            let call = Call.allCases[turn % Call.allCases.count]
                            turn += 1
                            let began = clock.now
                            let problem = await Soak.perform(call, client: client, input: input, bad: bad, recordID: recordID)
                            tally.add(latency: clock.now - began, unexpected: problem)
                        }
                    }
                }
                group.addTask {
                    while clock.now < end {
                        try await Task.sleep(for: .milliseconds(Int64((interval ?? 1) * 1000)))
                        let window = tally.drain()
                        if let interval {
                            Soak.emit(window.line(elapsed: clock.now - start, interval: interval, rss: ServerProcess.memory(pid: pid).current))
                        }
                        if !daemon.process.isRunning {
                            // Every call fails from here on; say how the daemon ended and stop.
                            Soak.emit("dudaod ended during the load after \(Int((clock.now - start).milliseconds / 1000)) s: \(Soak.exit(of: daemon.process))")
                            throw ExitCode(1)
                        }
                    }
                }
                try await group.waitForAll()
            }
            for client in clients {
                await client.close()
            }
            return tally.totals
        }
    }

    /// How a finished process ended: its exit status, or the signal that killed it.
    static func exit(of process: Process) -> String {
        switch process.terminationReason {
        case .exit: "exit status \(process.terminationStatus)"
        case .uncaughtSignal: "killed by signal \(process.terminationStatus)"
        @unknown default: "ended (status \(process.terminationStatus))"
        }
    }

    /// `input` with every unit's first field at -1e308: INVALID_ARGUMENT, naming each field.
    static func spoiled(_ input: AssessmentInput) -> AssessmentInput {
        var bad = input
        bad.units = bad.units.map { unit in
            var unit = unit
            if let key = unit.fields.keys.sorted().first { unit.fields[key] = FieldValue(.number(-1e308)) }
            return unit
        }
        return bad
    }

    /// Writes one line straight to standard output, unbuffered, so a long run written to a file
    /// can be watched as it goes.
    static func emit(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Makes one call; returns a description of the outcome when it is not the expected one.
    static func perform(_ call: Call, client: DudaoClient, input: AssessmentInput, bad: AssessmentInput, recordID: String) async -> String? {
        do {
            switch call {
            case .health:
                let status = try await client.health()
                return status == .serving ? nil : "health answered \(status)"
            case .list:
                _ = try await client.list()
            case .describe:
                _ = try await client.describe(id: input.assessment)
            case .evaluate:
                _ = try await client.evaluate(input)
            case .badInput:
                _ = try await client.evaluate(bad)
                return "a bad input was accepted"
            case .listRecords:
                _ = try await client.records(matching: RecordFilter(pageSize: 10))
            case .getRecord:
                _ = try await client.record(id: recordID)
            case .unknownMethod:
                _ = try await client.call("dudao.v1.Soak/NoSuchMethod", payload: Data())
                return "an unknown method answered OK"
            }
            return nil
        } catch let error as DudaoError {
            switch (call, error.code) {
            case (.badInput, .invalidArgument), (.unknownMethod, .unimplemented): return nil
            default: return "\(call): \(error.code): \(error.message.prefix(200))"
            }
        } catch {
            return "\(call): \(error)"
        }
    }
}

/// Counts calls, latencies and unexpected outcomes from every connection's task.
final class Tally: Sendable {
    struct Window {
        var latencies: [Duration] = []
        var unexpected = 0

        func line(elapsed: Duration, interval: Double, rss: Int?) -> String {
            let report = LoadReport(latencies: self.latencies.sorted(), errors: self.unexpected, elapsed: elapsed)
            return [
                String(format: "%.0f", elapsed.milliseconds / 1000).padding(10),
                String(self.latencies.count).padding(9),
                String(format: "%.0f", Double(self.latencies.count) / interval).padding(8),
                String(format: "%.3f", report.percentile(0.5)).padding(9),
                String(format: "%.3f", report.percentile(0.99)).padding(9),
                String(self.unexpected).padding(11),
                rss.map { String($0 / 1024) } ?? "?",
            ].joined(separator: " ")
        }
    }

    struct Totals {
        var calls = 0
        var unexpected = 0
        var examples: [String] = []
    }

    private let state = Mutex((window: Window(), totals: Totals()))

    func add(latency: Duration, unexpected problem: String?) {
        self.state.withLock { state in
            state.window.latencies.append(latency)
            state.totals.calls += 1
            if let problem {
                state.window.unexpected += 1
                state.totals.unexpected += 1
                if state.totals.examples.count < 10 { state.totals.examples.append(problem) }
            }
        }
    }

    /// The window since the last drain, emptied.
    func drain() -> Window {
        self.state.withLock { state in
            defer { state.window = Window() }
            return state.window
        }
    }

    var totals: Totals { self.state.withLock { $0.totals } }
}
