import DudaoClient
import DudaoCore
import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The real `dudaod` with `--metrics-port`: `/metrics` is scraped over HTTP as Prometheus would.
@Suite("dudaod metrics", .serialized, .timeLimit(.minutes(1)))
struct MetricsEndpointTests {
    static func scrape(port: Int, path: String = "/metrics") async throws -> (status: Int, body: String) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// The value of the sample `name{labels}` in the exposition, or nil when it is absent.
    static func sample(_ name: String, _ labels: [String: String] = [:], in text: String) -> Double? {
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let space = line.lastIndex(of: " ") else { continue }
            let series = line[..<space]
            let seriesName = series.prefix { $0 != "{" }
            guard seriesName == name else { continue }
            let labelText = series.dropFirst(seriesName.count)
            if labels.allSatisfy({ labelText.contains("\($0.key)=\"\($0.value)\"") }) {
                return Double(line[line.index(after: space)...])
            }
        }
        return nil
    }

    @Test("the call, evaluation and store counters move by the calls made, and the latency histograms fill")
    func countersMove() async throws {
        try await DaemonCrashTests.withDataDirectory { directory in
            let daemon = try await DaemonProcess(dataDirectory: directory, arguments: ["--metrics-port", "0"])
            defer { if daemon.process.isRunning { daemon.kill() } }
            let metricsPort = try #require(daemon.metricsPort)
            let before = try await Self.scrape(port: metricsPort)
            #expect(before.status == 200)
            let evaluate = ["method": "dudao.v1.Assessments/Evaluate"]
            #expect(Self.sample("dudao_calls_total", evaluate.merging(["status": "OK"]) { $1 }, in: before.body) == nil)

            let inputs = try DaemonCrashTests.inputs(count: 3)
            try await withDudaoClient(port: daemon.port, clientName: "metrics-test") { client in
                for input in inputs { _ = try await client.evaluate(input) }
                var bad = inputs[0]
                bad.subject.code = ""
                _ = await #expect(throws: DudaoError.self) { try await client.evaluate(bad) }
                _ = try await client.health()
            }

            let after = try await Self.scrape(port: metricsPort).body
            #expect(Self.sample("dudao_calls_total", evaluate.merging(["status": "OK"]) { $1 }, in: after) == 3)
            #expect(Self.sample("dudao_calls_total", evaluate.merging(["status": "INVALID_ARGUMENT"]) { $1 }, in: after) == 1)
            #expect(Self.sample("dudao_calls_total", ["method": "dudao.v1.Health/Check", "status": "OK"], in: after) == 1)
            #expect(Self.sample("dudao_call_duration_seconds_count", evaluate, in: after) == 4)
            #expect(Self.sample("dudao_call_duration_seconds_bucket", evaluate.merging(["le": "+Inf"]) { $1 }, in: after) == 4)
            let assessment = inputs[0].assessment
            let evaluations: [Substring] = after.split(separator: "\n").filter { line in
                line.hasPrefix("dudao_evaluations_total{") && line.contains("assessment=\"\(assessment)\"")
            }
            let evaluated: Double = evaluations.compactMap { line in line.split(separator: " ").last.flatMap { Double($0) } }.reduce(0, +)
            #expect(evaluated == 3)
            #expect(Self.sample("dudao_store_commit_seconds_count", in: after) == 3)
            #expect(Self.sample("dudao_connections", in: after) != nil)

            let other = try await Self.scrape(port: metricsPort, path: "/other")
            #expect(other.status == 404)
            await daemon.stop()
        }
    }

    @Test("calls refused by the rate limit and by a bad token are counted as rate_limited and denied")
    func refusalsCounted() async throws {
        try await DaemonCrashTests.withDataDirectory { directory in
            let daemon = try await DaemonProcess(dataDirectory: directory, arguments: ["--metrics-port", "0", "--rate-limit", "0.1", "--rate-burst", "2"])
            defer { if daemon.process.isRunning { daemon.kill() } }
            let metricsPort = try #require(daemon.metricsPort)
            var limited = 0
            // The rate limit refuses a caller only while another caller is active (a call within
            // the last second). Another caller, on a connection of its own and so within its own
            // burst, calls just before each call: a machine that stalls for a second between
            // calls still sees the other caller active.
            try await withDudaoClient(port: daemon.port, clientName: "metrics-refusals") { client in
                for _ in 0..<5 {
                    try await withDudaoClient(port: daemon.port, clientName: "metrics-other") { other in _ = try await other.health() }
                    do {
                        _ = try await client.health()
                    } catch let error as DudaoError where error.code == .resourceExhausted {
                        limited += 1
                    }
                }
            }
            #expect(limited == 3)
            let denied = await #expect(throws: DudaoError.self) {
                try await withDudaoClient(port: daemon.port, clientName: "metrics-refusals", token: "ddt_not_a_token") { client in
                    _ = try await client.health()
                }
            }
            #expect(denied?.code == .unauthenticated)
            let text = try await Self.scrape(port: metricsPort).body
            #expect(Self.sample("dudao_calls_refused_total", ["reason": "rate_limited"], in: text) == 3)
            #expect(Self.sample("dudao_calls_refused_total", ["reason": "denied"], in: text) == 1)
            #expect(Self.sample("dudao_calls_total", ["method": "dudao.v1.Health/Check", "status": "RESOURCE_EXHAUSTED"], in: text) == 3)
            await daemon.stop()
        }
    }
}
