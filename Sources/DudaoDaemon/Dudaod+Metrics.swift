import DudaoServer
import Foundation
import Logging
import Metrics
import NIOCore
import Prometheus

extension Dudaod {
    /// Sends every metric to a Prometheus registry and serves it on its own port.
    ///
    /// Once bound, one line `dudaod metrics on HOST:PORT` goes to standard output, as the
    /// listener's line does, so a script started with `--metrics-port 0` can read the port.
    static func metricsEndpoint(host: String, port: Int, logger: Logger) -> MetricsEndpoint {
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        // Calls take from well under a millisecond (a health check) to seconds (a large batch).
        factory.defaultDurationHistogramBuckets = [
            .microseconds(250), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
            .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(10),
        ]
        factory.defaultValueHistogramBuckets = [1, 2, 4, 8, 16, 32, 64, 128, 256]
        MetricsSystem.bootstrap(factory)
        return MetricsEndpoint(host: host, port: port, registry: registry, logger: logger) { address in
            FileHandle.standardOutput.write(Data("dudaod metrics on \(address.ipAddress ?? host):\(address.port ?? 0)\n".utf8))
        }
    }
}
