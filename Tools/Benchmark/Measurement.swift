import Foundation

/// One server's figures at every load shape.
struct Measurement {
    struct Row {
        var shape: String
        var report: LoadReport
        /// CPU the server used during the load.
        var cpu: Duration
        /// Resident memory at the end of the load and the peak so far, in KiB.
        var memory: (current: Int, peak: Int)

        var cpuPerCall: Double { self.report.calls == 0 ? .nan : self.cpu.seconds * 1000 / Double(self.report.calls) }
    }

    /// Calls made before the loads, to warm up.
    static let warmUpCalls = 20

    var rows: [Row]

    /// Every successful call, warm-up included.
    var calls: Int { self.rows.reduce(Self.warmUpCalls) { $0 + $1.report.calls } }
}

/// The side-by-side table of the bare server, previews and recorded evaluations.
struct Summary {
    var bare: Measurement
    var previews: Measurement
    var records: Measurement

    var table: String {
        var lines = [
            "| load (conns × in flight) | server | req/s | p50 ms | p99 ms | CPU ms/call | RSS MB (peak) | errors | % of bare | % of preview |",
            "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for (index, bare) in self.bare.rows.enumerated() {
            let preview = self.previews.rows[index]
            let record = self.records.rows[index]
            lines.append(Self.line(bare, server: "bare NIO", bare: nil, preview: nil))
            lines.append(Self.line(preview, server: "dudaod preview", bare: bare, preview: nil))
            lines.append(Self.line(record, server: "dudaod recorded", bare: bare, preview: preview))
        }
        return lines.joined(separator: "\n")
    }

    private static func line(_ row: Measurement.Row, server: String, bare: Measurement.Row?, preview: Measurement.Row?) -> String {
        func share(_ base: Measurement.Row?) -> String {
            guard let base, base.report.rate > 0 else { return "" }
            return String(format: "%.0f%%", row.report.rate / base.report.rate * 100)
        }
        return [
            row.shape, server,
            String(format: "%.0f", row.report.rate),
            String(format: "%.2f", row.report.percentile(0.5)),
            String(format: "%.2f", row.report.percentile(0.99)),
            String(format: "%.3f", row.cpuPerCall),
            String(format: "%.0f (%.0f)", Double(row.memory.current) / 1024, Double(row.memory.peak) / 1024),
            String(row.report.errors),
            share(bare),
            share(preview),
        ].joined(separator: " | ").surrounded
    }
}

extension String {
    var surrounded: String { "| " + self + " |" }
}
