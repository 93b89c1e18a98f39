import ArgumentParser
import DudaoClient
import DudaoCore
import Foundation
import Synchronization

/// Measures `dudaod` over loopback: requests per second, latency percentiles and peak memory.
///
/// Starts the daemon as a subprocess on a free port, evaluates one input file over and over at
/// each concurrency level for a fixed time, then stops the daemon with SIGTERM. Every call runs on
/// one connection, multiplexed by call id, as the CLI's batch mode does.
@main
struct Benchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dudao-benchmark",
        abstract: "Benchmark dudaod over loopback at several concurrency levels.",
        subcommands: [Soak.self]
    )

    @Option(help: "Path of the dudaod executable.")
    var daemon = ".build/release/dudaod"

    @Option(help: "An assessment input as JSON.")
    var input = "Examples/compulsory-quality-balance/county.json"

    @Option(help: "Seconds to run each concurrency level.")
    var seconds: Double = 5

    @Option(help: "Comma-separated numbers of calls kept in flight.")
    var concurrency = "1,16,64"

    @Option(help: "Passed to dudaod as --store (postgres://USER@HOST:PORT/DB; password in DUDAO_STORE_PASSWORD); default SQLite.")
    var store: String?

    func validate() throws {
        guard self.seconds > 0, self.seconds <= 600 else { throw ValidationError("--seconds must be in (0, 600]") }
        guard !self.levels.isEmpty, self.levels.allSatisfy({ $0 >= 1 && $0 <= 1024 }) else {
            throw ValidationError("--concurrency must list numbers from 1 to 1024")
        }
    }

    var levels: [Int] { self.concurrency.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) } }

    func run() async throws {
        let input = try JSONDecoder().decode(AssessmentInput.self, from: Data(contentsOf: URL(fileURLWithPath: self.input)))
        let daemon = try DaemonProcess.start(path: self.daemon, limit: self.levels.max() ?? 64, arguments: self.store.map { ["--store", $0] } ?? [])
        defer { daemon.stop() }
        print("dudaod pid \(daemon.pid) on port \(daemon.port); input \(self.input) (\(input.assessment), \(input.units.count) units)")
        print("concurrency  requests   req/s      p50 ms    p99 ms    errors")

        let client = try await DudaoClient.connect(port: daemon.port, clientName: "dudao-benchmark")
        _ = try await client.evaluate(input)  // warm-up, and fail early on a bad input
        for level in self.levels {
            let report = try await self.measure(client: client, input: input, concurrency: level)
            print(report.line(concurrency: level))
        }
        await client.close()
        let peak = daemon.peakMemory().map { "\($0 / 1024) MiB" } ?? "unknown"
        print("daemon peak memory (VmHWM): \(peak)")
    }

    func measure(client: DudaoClient, input: AssessmentInput, concurrency: Int) async throws -> Report {
        let clock = ContinuousClock()
        let end = clock.now + .milliseconds(Int64(self.seconds * 1000))
        let start = clock.now
        let results = try await withThrowingTaskGroup(of: ([Duration], Int).self) { group in
            for _ in 0..<concurrency {
                group.addTask {
                    var latencies: [Duration] = []
                    var errors = 0
                    while clock.now < end {
                        let began = clock.now
                        do {
                            _ = try await client.evaluate(input)
                            latencies.append(clock.now - began)
                        } catch {
                            errors += 1
                        }
                    }
                    return (latencies, errors)
                }
            }
            var all: [Duration] = []
            var errors = 0
            for try await (latencies, failed) in group {
                all += latencies
                errors += failed
            }
            return (all, errors)
        }
        return Report(latencies: results.0.sorted(), errors: results.1, elapsed: clock.now - start)
    }
}

struct Report {
    var latencies: [Duration]
    var errors: Int
    var elapsed: Duration

    func percentile(_ fraction: Double) -> Double {
        guard !self.latencies.isEmpty else { return .nan }
        let index = min(self.latencies.count - 1, Int((Double(self.latencies.count) * fraction).rounded(.up)) - 1)
        return self.latencies[max(0, index)].milliseconds
    }

    func line(concurrency: Int) -> String {
        let seconds = self.elapsed.milliseconds / 1000
        let rate = Double(self.latencies.count) / seconds
        return [
            String(concurrency).padding(12),
            String(self.latencies.count).padding(10),
            String(format: "%.0f", rate).padding(10),
            String(format: "%.3f", self.percentile(0.5)).padding(9),
            String(format: "%.3f", self.percentile(0.99)).padding(9),
            String(self.errors),
        ].joined(separator: " ")
    }
}

extension Duration {
    var milliseconds: Double {
        let (seconds, attoseconds) = self.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}

extension String {
    func padding(_ width: Int) -> String {
        self.count >= width ? self : self + String(repeating: " ", count: width - self.count)
    }
}
