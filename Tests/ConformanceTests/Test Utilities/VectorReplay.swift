import DudaoProto
import Foundation
import SwiftProtobuf

/// Sends a vector's bytes to a server and compares what comes back with the vector's answers.
/// Runs on a thread of its own (the socket blocks), and returns the differences as text.
enum VectorReplay {
    static let statusCodes: [String: Dudao_V1_StatusCode] = [
        "OK": .ok, "CANCELLED": .cancelled, "UNKNOWN": .unknown, "INVALID_ARGUMENT": .invalidArgument,
        "DEADLINE_EXCEEDED": .deadlineExceeded, "NOT_FOUND": .notFound, "RESOURCE_EXHAUSTED": .resourceExhausted,
        "FAILED_PRECONDITION": .failedPrecondition, "UNIMPLEMENTED": .unimplemented, "INTERNAL": .internal,
        "UNAVAILABLE": .unavailable,
    ]

    static func run(_ vector: ConformanceVector, port: Int) async throws -> [String] {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try self.replay(vector, port: port) })
            }
            thread.start()
        }
    }

    static func replay(_ vector: ConformanceVector, port: Int) throws -> [String] {
        var problems: [String] = []
        let socket = try VectorSocket(port: port)
        try socket.write(try vector.data())
        if vector.halfClose {
            socket.shutdownWrite()
        }
        for answer in vector.expect {
            guard let frame = try socket.readFrame() else {
                problems.append("the connection ended; expected \(answer.kind)")
                return problems
            }
            problems += self.compare(frame, with: answer)
        }
        if vector.connection == "closed" {
            if let extra = try socket.readFrame() {
                problems.append("expected the connection to close, got \(extra)")
            }
        } else {
            let ping = try Dudao_V1_Frame.with { $0.ping = .with { $0.payload = 0x0D0DA0 } }.serializedBytes() as [UInt8]
            try socket.write(Data([0, 0, 0, 0, UInt8(ping.count)] + ping))
            let pong = try socket.readFrame()
            if case .pong(let pong)? = pong?.kind, pong.payload == 0x0D0DA0 {
                return problems
            }
            problems.append("expected the connection to stay open and answer a ping, got \(String(describing: pong))")
        }
        return problems
    }

    static func compare(_ frame: Dudao_V1_Frame, with answer: ConformanceVector.Answer) -> [String] {
        switch (answer.kind, frame.kind) {
        case ("server_hello", .serverHello(let hello)):
            return hello.protocolVersion == 1 ? [] : ["ServerHello with protocol version \(hello.protocolVersion)"]
        case ("pong", .pong(let pong)):
            return pong.payload == answer.payload ? [] : ["Pong \(pong.payload), expected \(answer.payload ?? 0)"]
        case ("go_away", .goAway(let goAway)):
            return goAway.status.code == self.statusCodes[answer.code ?? ""] ? [] : ["GoAway \(goAway.status), expected \(answer.code ?? "")"]
        case ("response", .response(let response)):
            var problems: [String] = []
            if response.callID != answer.callID || response.status.code != self.statusCodes[answer.code ?? ""] || response.final != answer.final {
                problems.append("Response \(response.callID) \(response.status.code) final=\(response.final) (\(response.status.message)); expected \(answer.callID ?? 0) \(answer.code ?? "") final=\(answer.final ?? false)")
            }
            let violations = Set(response.status.violations.map { ConformanceVector.Answer.Violation(path: $0.path, rule: $0.rule) })
            for violation in answer.violations ?? [] where !violations.contains(violation) {
                problems.append("no violation \(violation.path) [\(violation.rule)] among \(violations)")
            }
            problems += self.checkPayload(response.payload, of: answer)
            return problems
        default:
            return ["expected \(answer.kind), got \(frame)"]
        }
    }

    static func checkPayload(_ payload: Data, of answer: ConformanceVector.Answer) -> [String] {
        do {
            switch answer.payloadType {
            case Dudao_V1_HealthCheckResponse.protoMessageName:
                let health = try Dudao_V1_HealthCheckResponse(serializedBytes: payload)
                return health.status == .serving ? [] : ["health status \(health.status)"]
            case Dudao_V1_EvaluateResponse.protoMessageName:
                let result = try Dudao_V1_EvaluateResponse(serializedBytes: payload).result
                return result.assessment == "compulsory-quality-balance" && result.verdict != .unspecified
                    ? [] : ["unexpected result \(result.assessment) \(result.verdict)"]
            case Dudao_V1_ListAssessmentsResponse.protoMessageName:
                let list = try Dudao_V1_ListAssessmentsResponse(serializedBytes: payload)
                return list.assessments.contains { $0.id == "compulsory-quality-balance" } ? [] : ["the list lacks compulsory-quality-balance"]
            case Dudao_V1_DescribeAssessmentResponse.protoMessageName:
                let described = try Dudao_V1_DescribeAssessmentResponse(serializedBytes: payload)
                return described.descriptor.id == "compulsory-quality-balance" ? [] : ["described \(described.descriptor.id)"]
            default:
                return []
            }
        } catch {
            return ["the payload is not a \(answer.payloadType ?? "?"): \(error)"]
        }
    }
}
