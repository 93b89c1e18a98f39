import DudaoClient
import DudaoCore
import Foundation

/// A province's batch of each assessment: `counties` inputs in one recorded `EvaluateBatch` call.
///
/// The inputs come from the shipped examples: a province file gives its counties in turn, a
/// single county is repeated; each copy is a distinct county (its own code), so every record is a
/// different subject as in a real province run.
enum ProvinceBatch {
    struct Row {
        var assessment: String
        var counties: Int
        var elapsed: Duration
        var failed: Int
    }

    struct Outcome {
        var rows: [Row] = []
        var records: Int { self.rows.reduce(0) { $0 + $1.counties - $1.failed } }

        var table: String {
            var lines = ["| province batch (recorded) | counties | seconds | failed |", "|---|---:|---:|---:|"]
            for row in self.rows {
                lines.append("| \(row.assessment) | \(row.counties) | \(String(format: "%.3f", row.elapsed.seconds)) | \(row.failed) |")
            }
            let total = self.rows.reduce(Duration.zero) { $0 + $1.elapsed }
            lines.append("| all | \(self.rows.reduce(0) { $0 + $1.counties }) | \(String(format: "%.3f", total.seconds)) | \(self.rows.reduce(0) { $0 + $1.failed }) |")
            return lines.joined(separator: "\n")
        }
    }

    static func measureAll(folder: String, counties: Int, port: Int) async throws -> Outcome {
        var outcome = Outcome()
        guard counties > 0 else { return outcome }
        let client = try await DudaoClient.connect(port: port, clientName: "dudao-benchmark")
        defer { Task { await client.close() } }
        for (assessment, examples) in try self.examples(in: folder) {
            let inputs = self.province(from: examples, counties: counties)
            let clock = ContinuousClock()
            let started = clock.now
            let batch = try await client.evaluateAll(inputs, assessment: assessment)
            outcome.rows.append(Row(assessment: assessment, counties: inputs.count, elapsed: clock.now - started, failed: batch.items.filter { if case .failure = $0.outcome { true } else { false } }.count))
        }
        return outcome
    }

    /// The example inputs of each assessment folder, sorted by assessment id.
    static func examples(in folder: String) throws -> [(String, [AssessmentInput])] {
        let root = URL(fileURLWithPath: folder)
        var found: [(String, [AssessmentInput])] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() {
            let directory = root.appendingPathComponent(name)
            var inputs: [AssessmentInput] = []
            for file in (try? FileManager.default.contentsOfDirectory(atPath: directory.path))?.sorted() ?? [] where file.hasSuffix(".json") {
                let data = try Data(contentsOf: directory.appendingPathComponent(file))
                if let many = try? JSONDecoder().decode([AssessmentInput].self, from: data) {
                    inputs += many
                } else if let one = try? JSONDecoder().decode(AssessmentInput.self, from: data) {
                    inputs.append(one)
                }
            }
            if let first = inputs.first { found.append((first.assessment, inputs.filter { $0.assessment == first.assessment })) }
        }
        return found
    }

    /// `counties` inputs taken in turn from `examples`; repeats are renamed to counties of their own.
    static func province(from examples: [AssessmentInput], counties: Int) -> [AssessmentInput] {
        (0..<counties).map { index in
            var input = examples[index % examples.count]
            if index >= examples.count, input.subject.kind == .county {
                input.subject.code = String(format: "3399%02d", index % 100)
                input.subject.name = "合成第\(index + 1)县"
            }
            return input
        }
    }
}
