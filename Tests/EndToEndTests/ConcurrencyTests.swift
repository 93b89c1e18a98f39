import DudaoClient
import DudaoCore
import DudaoServer
import DudaoTesting
import Foundation
import Synchronization
import NIOCore
import Testing

@Suite("Many calls on one connection", .timeLimit(.minutes(1)))
struct ConcurrencyTests {
    @Test("two hundred concurrent evaluations on one connection each get their own answer")
    func manyEvaluations() async throws {
        let inputs = (0..<200).map { index in
            PupilTeacherRatioAssessment.county(code: String(330_100 + index), name: "县 \(index)", crowded: index % 3 == 0)
        }
        let registry = try testRegistry()
        try await withTestServer(configure: { $0.limits.maxCallsPerConnection = 256 }) { client in
            try await withThrowingTaskGroup(of: (Int, AssessmentResult).self) { group in
                for (index, input) in inputs.enumerated() {
                    group.addTask { (index, try await client.evaluate(input)) }
                }
                var seen = 0
                for try await (index, result) in group {
                    #expect(result == (try registry.evaluate(inputs[index])))
                    seen += 1
                }
                #expect(seen == 200)
            }
        }
    }

    @Test("answers come in the order calls finish, not the order they were sent")
    func outOfOrder() async throws {
        let events = ControlEvents()
        try await withTestServer(services: [ControlService(events: events)]) { client in
            let order = Log()
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    // Long enough that the fast call ends first even on a saturated machine.
                    _ = try await client.call(ControlService.sleep, payload: Data("8000".utf8))
                    order.append("slow")
                }
                // Sent once the slow call is running on the server, answered before it.
                await events.waitForStarts(1)
                _ = try await client.evaluate(PupilTeacherRatioAssessment.county())
                order.append("fast")
                try await group.waitForAll()
            }
            #expect(order.entries == ["fast", "slow"])
        }
    }

    @Test("streamed messages of a call arrive before its final answer")
    func streaming() async throws {
        try await withTestServer { client in
            var messages: [String] = []
            for try await payload in client.stream(ControlService.echo, payload: Data("hi".utf8), metadata: ["repeat": "3"]) {
                messages.append(String(decoding: payload, as: UTF8.self))
            }
            #expect(messages == ["hi", "hi", "hi", "hi"])
        }
    }
}

/// Lines appended from several tasks, in the order they happened.
final class Log: Sendable {
    private let lines = Mutex<[String]>([])
    var entries: [String] { self.lines.withLock { $0 } }
    func append(_ line: String) { self.lines.withLock { $0.append(line) } }
}
