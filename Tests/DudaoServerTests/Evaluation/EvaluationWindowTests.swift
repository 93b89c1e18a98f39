import DudaoCore
import DudaoProto
import DudaoTesting
import DudaoWire
import Foundation
import Logging
import SwiftProtobuf
import Synchronization
import Testing

@testable import DudaoServer

/// A slow disk holds at most ``ServerLimits/evaluationWindow`` answers waiting for their commit.
struct EvaluationWindowTests {
    /// Holds every record until ``release()``; counts how many wait at once.
    final class StalledDisk: EvaluationRecorder {
        private let state = Mutex((waiting: [CheckedContinuation<Void, Never>](), most: 0, released: false, stored: 0))

        var waiting: Int { self.state.withLock { $0.waiting.count } }
        var most: Int { self.state.withLock { $0.most } }

        func record(_ result: AssessmentResult, input: AssessmentInput, context: CallContext) async throws -> String? {
            await withCheckedContinuation { continuation in
                let now = self.state.withLock { state -> Bool in
                    if state.released { return true }
                    state.waiting.append(continuation)
                    state.most = max(state.most, state.waiting.count)
                    return false
                }
                if now { continuation.resume() }
            }
            return self.state.withLock { state in
                state.stored += 1
                return "record-\(state.stored)"
            }
        }

        func release() {
            let waiting = self.state.withLock { state in
                state.released = true
                defer { state.waiting = [] }
                return state.waiting
            }
            waiting.forEach { $0.resume() }
        }
    }

    @Test("calls beyond the window wait before they evaluate, and every one is answered once the disk catches up")
    func boundedWhileTheDiskStalls() async throws {
        let disk = StalledDisk()
        let window = max(3, EvaluationGate.cores)
        let dispatcher = makeDispatcher(
            registry: try testRegistry(),
            servingState: ServingState(),
            recorder: disk,
            configuration: ServerConfiguration(limits: ServerLimits(evaluationWindow: window)),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        var request = Dudao_V1_EvaluateRequest()
        request.input = PupilTeacherRatioAssessment.county().proto
        let payload: Data = try request.serializedBytes()
        let calls = window + 5
        let answers = Task {
            await withTaskGroup(of: CallOutcome.self) { group in
                for _ in 0..<calls {
                    group.addTask { await dispatcher.dispatch(CallRequest(method: WireMethod.evaluate.rawValue, payload: payload), send: { _ in }) }
                }
                return await group.reduce(into: [CallOutcome]()) { $0.append($1) }
            }
        }
        while disk.waiting < window { try await Task.sleep(for: .milliseconds(1)) }
        // The others are in line; give them time to get past it, which they must not.
        try await Task.sleep(for: .milliseconds(50))
        #expect(disk.waiting == window)
        disk.release()
        let outcomes = await answers.value
        let recordIDs = try outcomes.map { outcome -> String in
            guard case .ok(let payload) = outcome else { throw DudaoError(.internal, "expected OK, got \(outcome)") }
            return try Dudao_V1_EvaluateResponse(serializedBytes: payload).recordID
        }
        #expect(Set(recordIDs) == Set((1...calls).map { "record-\($0)" }))
        #expect(disk.most == window)
    }
}
