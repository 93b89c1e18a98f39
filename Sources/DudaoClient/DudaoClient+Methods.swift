public import DudaoCore
import DudaoProto
import DudaoWire
import Foundation
import SwiftProtobuf

extension DudaoClient {
    /// The assessments the server has loaded, in its order.
    public func list(metadata: [String: String] = [:]) async throws -> [AssessmentListing] {
        let response: Dudao_V1_ListAssessmentsResponse = try await self.unary(.listAssessments, Dudao_V1_ListAssessmentsRequest(), metadata: metadata)
        return try response.assessments.map(AssessmentListing.init(proto:))
    }

    /// Everything about one assessment: editions, parameters, indicators, input schema.
    ///
    /// - Throws: ``DudaoError`` `NOT_FOUND` for an unknown id.
    public func describe(id: String, metadata: [String: String] = [:]) async throws -> AssessmentDescriptor {
        var request = Dudao_V1_DescribeAssessmentRequest()
        request.assessment = id
        let response: Dudao_V1_DescribeAssessmentResponse = try await self.unary(.describeAssessment, request, metadata: metadata)
        return try AssessmentDescriptor(proto: response.descriptor)
    }

    /// Evaluates one input.
    ///
    /// - Parameters:
    ///   - metadata: e.g. `caller` and `trace-id` (see ``MetadataKey``); stored with the record.
    ///   - timeout: The server answers `DEADLINE_EXCEEDED` once it passes.
    /// - Throws: ``DudaoError`` `INVALID_ARGUMENT` with one violation per bad field, `NOT_FOUND`
    ///   for an unknown assessment or edition, `FAILED_PRECONDITION` when no edition is in force,
    ///   `UNAVAILABLE` when the server is shutting down or cannot store the record.
    ///   - preview: Ask for a preview (self-check, what-if): evaluated and audited, not stored.
    public func evaluate(_ input: AssessmentInput, preview: Bool = false, metadata: [String: String] = [:], timeout: Duration? = nil) async throws -> AssessmentResult {
        try await self.evaluateRecorded(input, preview: preview, metadata: metadata, timeout: timeout).result
    }

    /// Evaluates one input and returns the id of the record the server stored with the result
    /// (none for a preview).
    ///
    /// - Throws: as ``evaluate(_:preview:metadata:timeout:)``.
    public func evaluateRecorded(
        _ input: AssessmentInput,
        preview: Bool = false,
        metadata: [String: String] = [:],
        timeout: Duration? = nil
    ) async throws -> RecordedResult {
        var request = Dudao_V1_EvaluateRequest()
        request.input = input.proto
        request.preview = preview
        let response: Dudao_V1_EvaluateResponse = try await self.unary(.evaluate, request, metadata: metadata, timeout: timeout)
        return RecordedResult(result: try AssessmentResult(proto: response.result), recordID: response.recordID.isEmpty ? nil : response.recordID)
    }

    /// Evaluates many inputs of one assessment; results stream in as each finishes.
    ///
    /// The stream yields ``BatchEvent/item(_:)`` and ``BatchEvent/progress(_:)`` events and ends
    /// with one ``BatchEvent/done(_:)`` carrying the batch summary. A bad input gives an item with
    /// an error and does not stop the batch; a whole-call error (unknown assessment, too many
    /// inputs, an input of another assessment) ends the stream with a ``DudaoError``. Ending the
    /// iteration early cancels the batch on the server.
    ///
    /// - Parameters:
    ///   - assessment: The batch's assessment; by default the first input's.
    ///   - preview: Ask for previews: evaluated and audited, not stored.
    public func evaluateBatch(
        _ inputs: [AssessmentInput],
        assessment: String? = nil,
        preview: Bool = false,
        metadata: [String: String] = [:],
        timeout: Duration? = nil
    ) -> AsyncThrowingStream<BatchEvent, any Error> {
        var request = Dudao_V1_EvaluateBatchRequest()
        request.assessment = assessment ?? inputs.first?.assessment ?? ""
        request.preview = preview
        request.inputs = inputs.map(\.proto)
        let payload: Data
        do {
            payload = try WirePayload.encode(request)
        } catch {
            return AsyncThrowingStream { $0.finish(throwing: error) }
        }
        let raw = self.stream(WireMethod.evaluateBatch.rawValue, payload: payload, metadata: metadata, timeout: timeout)
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    for try await message in raw {
                        let response = try WirePayload.decode(Dudao_V1_EvaluateBatchResponse.self, from: message)
                        if let event = try BatchEvent(proto: response) {
                            continuation.yield(event)
                        }
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// Evaluates many inputs and collects the outcome: every item in input order, and the end.
    ///
    /// - Throws: as ``evaluateBatch(_:assessment:metadata:timeout:)`` for whole-call errors.
    public func evaluateAll(_ inputs: [AssessmentInput], assessment: String? = nil, metadata: [String: String] = [:]) async throws -> BatchOutcome {
        var items: [BatchItem] = []
        var done: BatchDone?
        for try await event in self.evaluateBatch(inputs, assessment: assessment, metadata: metadata) {
            switch event {
            case .item(let item): items.append(item)
            case .progress: break
            case .done(let end): done = end
            }
        }
        guard let done else {
            throw DudaoError(.internal, "the batch ended without its final message")
        }
        return BatchOutcome(items: items.sorted { $0.index < $1.index }, done: done)
    }

    /// Whether the server (or one of its services) takes work.
    ///
    /// - Throws: ``DudaoError`` `NOT_FOUND` for a service name the protocol does not know.
    public func health(service: String = "") async throws -> HealthStatus {
        var request = Dudao_V1_HealthCheckRequest()
        request.service = service
        let response: Dudao_V1_HealthCheckResponse = try await self.unary(.healthCheck, request)
        return HealthStatus(proto: response.status)
    }

    /// The server's version, limits and loaded assessments.
    public func info() async throws -> ServerInfo {
        let response: Dudao_V1_ServerInfoResponse = try await self.unary(.serverInfo, Dudao_V1_ServerInfoRequest())
        return ServerInfo(proto: response)
    }

    func unary<Request: SwiftProtobuf.Message, Response: SwiftProtobuf.Message>(
        _ method: WireMethod,
        _ request: Request,
        metadata: [String: String] = [:],
        timeout: Duration? = nil
    ) async throws -> Response {
        let payload = try await self.call(method.rawValue, payload: try WirePayload.encode(request), metadata: metadata, timeout: timeout)
        do {
            return try Response(serializedBytes: payload)
        } catch {
            throw DudaoError(.internal, "the server's answer is not a valid \(Response.protoMessageName): \(error)")
        }
    }
}
