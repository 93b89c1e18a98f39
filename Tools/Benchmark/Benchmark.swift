import ArgumentParser
import DudaoClient
import DudaoCore
import DudaoProto
import DudaoWire
import Foundation

/// Measures `dudaod` over loopback against the limit of its stack, in one run.
///
/// Beside `dudaod` it starts a bare SwiftNIO server (``BareServer``) doing the same work with
/// nothing else, and drives both with the same closed-loop client at each load shape, so that
/// `dudaod`'s figures are ratios against a baseline measured on the same noisy machine at the
/// same time. For each shape it reports calls per second, p50 and p99 latency, the server's CPU
/// per call and its memory; for `dudaod` both previews and recorded (stored) evaluations, bytes
/// per stored record, the time from launch to SERVING, and a province batch per assessment.
@main
struct Benchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dudao-benchmark",
        abstract: "Benchmark dudaod over loopback against a bare server doing the same work.",
        subcommands: [Measure.self, Bare.self, Pipeline.self, Soak.self],
        defaultSubcommand: Measure.self
    )
}

/// `dudao-benchmark bare-server`: the baseline, run as a subprocess by ``Measure``.
struct Bare: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bare-server", abstract: "Serve Evaluate with nothing but framing and the module.")

    @Option(help: "Port to listen on; 0 for any free port.")
    var port = 0

    func run() async throws {
        try await BareServer.run(port: self.port)
    }
}

struct Measure: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "measure", abstract: "Run the measurements (the default).")

    @Option(help: "Path of the dudaod executable.")
    var daemon = ".build/release/dudaod"

    @Option(help: "An assessment input as JSON.")
    var input = "Examples/compulsory-quality-balance/county.json"

    @Option(help: "Seconds to run each load shape.")
    var seconds: Double = 8

    @Option(help: "Load shapes, CONNECTIONSxCALLS_IN_FLIGHT, comma-separated.")
    var loads = "1x1,4x4,16x4,64x1"

    @Option(help: "Counties per assessment in the province batch (0 skips it).")
    var batchCounties = 90

    @Option(help: "Folder of example inputs for the province batch.")
    var examples = "Examples"

    @Option(help: "Passed to dudaod as --store (postgres://USER@HOST:PORT/DB; password in DUDAO_STORE_PASSWORD); default SQLite.")
    var store: String?

    @Flag(help: "Send a new input on every call (its subject name numbered), so the store encodes and compresses every input, as it does for official records of different counties.")
    var distinctInputs = false

    func validate() throws {
        guard self.seconds > 0, self.seconds <= 600 else { throw ValidationError("--seconds must be in (0, 600]") }
        guard !self.shapes.isEmpty, self.shapes.count == self.loads.split(separator: ",").count else {
            throw ValidationError("--loads must list shapes such as 1x1,4x4,16x4,64x1")
        }
    }

    var shapes: [LoadGenerator] {
        self.loads.split(separator: ",").compactMap { LoadGenerator($0, duration: .milliseconds(Int64(self.seconds * 1000))) }
    }

    func run() async throws {
        let input = try JSONDecoder().decode(AssessmentInput.self, from: Data(contentsOf: URL(fileURLWithPath: self.input)))
        print("input \(self.input): \(input.assessment), \(input.units.count) units; \(self.seconds) s per load; \(EvaluationGateCores.count) cores")
        if self.distinctInputs { print("a new input on every call") }
        let recorded = try RequestPayloads(input, preview: false, distinct: self.distinctInputs)
        let preview = try RequestPayloads(input, preview: true, distinct: self.distinctInputs)
        let maxInFlight = self.shapes.map(\.inFlight).max() ?? 64

        let bare = try await self.measure(try ServerProcess.bare(), payloads: recorded)
        let previews = try await self.measure(try ServerProcess.daemon(path: self.daemon, callsPerConnection: maxInFlight, store: self.store), payloads: preview)
        let daemon = try ServerProcess.daemon(path: self.daemon, callsPerConnection: maxInFlight, store: self.store)
        let serving = try await Self.timeToServing(daemon)
        let records = try await self.measure(daemon, payloads: recorded, keepRunning: true)
        let batches = try await ProvinceBatch.measureAll(folder: self.examples, counties: self.batchCounties, port: daemon.port)
        daemon.stop()
        let storeLine = Self.remainingOutput(daemon)
        let bytesPerRecord = records.calls > 0 ? Double(daemon.dataBytes()) / Double(records.calls + batches.records) : .nan
        daemon.removeData()

        print(Summary(bare: bare, previews: previews, records: records).table)
        print("")
        print("dudaod launch to listening: \(Self.milliseconds(daemon.startup)) ms; to the first SERVING answer: \(Self.milliseconds(serving)) ms")
        print(String(format: "data directory after the recorded runs: %.1f KB per stored record (records, inputs, audit lines)", bytesPerRecord / 1000))
        if let storeLine { print(storeLine) }
        if !batches.rows.isEmpty {
            print("")
            print(batches.table)
        }
    }

    /// Runs every load shape against `server`, then stops it unless asked to keep it.
    func measure(_ server: ServerProcess, payloads: RequestPayloads, keepRunning: Bool = false) async throws -> Measurement {
        defer {
            if !keepRunning {
                server.stop()
                server.removeData()
            }
        }
        // Warm up, and fail early on a bad input.
        let client = try await DudaoClient.connect(port: server.port, clientName: "dudao-benchmark")
        for _ in 0..<20 { _ = try await client.call(WireMethod.evaluate.rawValue, payload: payloads.next()) }
        await client.close()
        var rows: [Measurement.Row] = []
        for shape in self.shapes {
            let cpuBefore = server.cpuTime()
            let report = try await shape.run(port: server.port, payloads: payloads)
            let cpu = server.cpuTime() - cpuBefore
            rows.append(Measurement.Row(shape: shape.label, report: report, cpu: cpu, memory: server.memory()))
        }
        return Measurement(rows: rows)
    }

    /// From launching `dudaod` to its first Health answer of SERVING.
    static func timeToServing(_ daemon: ServerProcess) async throws -> Duration {
        let clock = ContinuousClock()
        let asked = clock.now
        let client = try await DudaoClient.connect(port: daemon.port, clientName: "dudao-benchmark")
        defer { Task { await client.close() } }
        while try await client.health() != .serving {
            try await Task.sleep(for: .milliseconds(1))
        }
        return daemon.startup + (clock.now - asked)
    }

    static func remainingOutput(_ server: ServerProcess) -> String? {
        guard let pipe = server.process.standardOutput as? Pipe,
            let data = try? pipe.fileHandleForReading.readToEnd()
        else { return nil }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").last.map(String.init)
    }

    static func milliseconds(_ duration: Duration) -> String { String(format: "%.0f", duration.seconds * 1000) }
}

/// The number of cores, as the daemon's evaluation gate sees them.
enum EvaluationGateCores {
    static var count: Int { ProcessInfo.processInfo.activeProcessorCount }
}
