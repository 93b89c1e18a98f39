import DudaoClient
import DudaoWire
import Foundation

/// A closed loop of calls: `connections` connections, each keeping `inFlight` calls going, for a
/// fixed time. Every call sends a serialized request from `payloads` and only checks that the
/// answer is OK, so the client spends as little as it can of the cores it shares with the server.
struct LoadGenerator {
    var connections: Int
    var inFlight: Int
    var duration: Duration

    /// One shape of load, written `CONNECTIONSxINFLIGHT` (`16x4`).
    init?(_ text: Substring, duration: Duration) {
        let parts = text.split(separator: "x")
        guard parts.count == 2, let connections = Int(parts[0]), let inFlight = Int(parts[1]),
            (1...1024).contains(connections), (1...256).contains(inFlight)
        else { return nil }
        self.connections = connections
        self.inFlight = inFlight
        self.duration = duration
    }

    var label: String { "\(self.connections) × \(self.inFlight)" }

    func run(port: Int, payloads: RequestPayloads) async throws -> LoadReport {
        var clients: [DudaoClient] = []
        for _ in 0..<self.connections {
            clients.append(try await DudaoClient.connect(port: port, clientName: "dudao-benchmark"))
        }
        defer { for client in clients { Task { await client.close() } } }
        let clock = ContinuousClock()
        let start = clock.now
        let end = start + self.duration
        let outcome = try await withThrowingTaskGroup(of: ([Duration], Int).self) { group in
            for client in clients {
                for _ in 0..<self.inFlight {
                    group.addTask {
                        var latencies: [Duration] = []
                        latencies.reserveCapacity(4096)
                        var errors = 0
                        while clock.now < end {
                            let began = clock.now
                            do {
                                _ = try await client.call(WireMethod.evaluate.rawValue, payload: payloads.next())
                                latencies.append(clock.now - began)
                            } catch {
                                errors += 1
                            }
                        }
                        return (latencies, errors)
                    }
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
        return LoadReport(latencies: outcome.0.sorted(), errors: outcome.1, elapsed: clock.now - start)
    }
}

/// What one load produced, as the client saw it.
struct LoadReport {
    var latencies: [Duration]
    var errors: Int
    var elapsed: Duration

    var calls: Int { self.latencies.count }
    var rate: Double { Double(self.calls) / self.elapsed.seconds }

    /// Latency at `fraction` (0.5, 0.99), in milliseconds.
    func percentile(_ fraction: Double) -> Double {
        guard !self.latencies.isEmpty else { return .nan }
        let index = min(self.latencies.count - 1, Int((Double(self.latencies.count) * fraction).rounded(.up)) - 1)
        return self.latencies[max(0, index)].seconds * 1000
    }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = self.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
