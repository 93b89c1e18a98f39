import ArgumentParser
import DudaoAssessments
import DudaoCore
import DudaoProto
import DudaoStore
import DudaoWire
import Foundation

/// `dudao-benchmark pipeline`: the CPU one evaluation costs inside the daemon, stage by stage, in
/// this process and without the network: decode the request, evaluate, encode the answer, store
/// the record. Each stage is timed by the process's CPU clock over many repetitions.
struct Pipeline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "CPU per evaluation, stage by stage, in process.")

    @Option(help: "An assessment input as JSON.")
    var input = "Examples/compulsory-quality-balance/county.json"

    @Option(help: "Repetitions.")
    var count = 2000

    @Flag(help: "Give every call's input its own subject name, so that each record stores its input too.")
    var distinctInputs = false

    func run() async throws {
        let input = try JSONDecoder().decode(AssessmentInput.self, from: Data(contentsOf: URL(fileURLWithPath: self.input)))
        var request = Dudao_V1_EvaluateRequest()
        request.input = input.proto
        let payload = try WirePayload.encode(request)
        let registry = try BundledAssessments.registry()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dudao-pipeline-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SQLiteRecordStore(directory: directory.path)

        var decode = Duration.zero
        var evaluate = Duration.zero
        var encode = Duration.zero
        var record = Duration.zero
        var answerBytes = 0
        for call in 0..<self.count {
            var mark = CPUClock.now
            var decoded = try EvaluateRequestReader.read(payload).input
            decode += CPUClock.now - mark
            if self.distinctInputs { decoded.subject.name += " #\(call)" }
            mark = CPUClock.now
            let result = try registry.evaluate(decoded)
            evaluate += CPUClock.now - mark
            mark = CPUClock.now
            let converted = result.proto
            var answer = try EvaluateAnswer.encode(result: converted)
            encode += CPUClock.now - mark
            mark = CPUClock.now
            let kept = EvaluationRecord(result: result, input: decoded, caller: CallerIdentity(clientName: "pipeline"), daemonVersion: "benchmark")
            _ = try await store.append(store.prepare(kept, result: consume converted), idempotencyKey: nil, audit: nil)
            try EvaluateAnswer.append(recordID: kept.id, to: &answer)
            record += CPUClock.now - mark
            answerBytes = answer.count
        }
        func perCall(_ total: Duration) -> String { String(format: "%.3f ms", total.seconds * 1000 / Double(self.count)) }
        print("\(self.input): request \(payload.count) bytes, answer \(answerBytes) bytes; CPU per call over \(self.count) calls:")
        print("  decode   \(perCall(decode))")
        print("  evaluate \(perCall(evaluate))")
        print("  encode   \(perCall(encode))")
        let inputs = self.distinctInputs ? "every call stores its own input" : "the input is stored once"
        print("  record   \(perCall(record)) (sequential appends: one transaction each; the result converted once, for the answer; \(inputs))")
        print("  total    \(perCall(decode + evaluate + encode + record))")
    }
}

/// The CPU time this process has used (all threads), for timing stages of work.
enum CPUClock {
    static var now: Duration {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return .seconds(Int64(time.tv_sec)) + .nanoseconds(Int64(time.tv_nsec))
    }
}
