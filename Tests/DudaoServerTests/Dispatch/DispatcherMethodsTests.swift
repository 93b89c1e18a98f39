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

/// Each method of the dispatcher, driven directly: request in, response out, no sockets.
@Suite("Dispatcher methods")
struct DispatcherMethodsTests {
    let servingState = ServingState()
    let recorder = RecordingRecorder()
    let dispatcher: Dispatcher

    init() throws {
        self.dispatcher = makeDispatcher(
            registry: try testRegistry(),
            servingState: self.servingState,
            recorder: self.recorder,
            configuration: ServerConfiguration(limits: ServerLimits(maxBatchInputs: 5, batchConcurrency: 2)),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        )
    }

    /// Calls `method` and returns its final outcome and the messages it streamed first.
    func call(_ method: WireMethod, _ request: some SwiftProtobuf.Message, metadata: [String: String] = [:]) async throws -> (CallOutcome, [Data]) {
        let streamed = Mutex<[Data]>([])
        let outcome = await self.dispatcher.dispatch(
            CallRequest(method: method.rawValue, payload: try request.serializedBytes(), metadata: metadata),
            send: { payload in streamed.withLock { $0.append(payload) } }
        )
        return (outcome, streamed.withLock { $0 })
    }

    func response<Response: SwiftProtobuf.Message>(
        _ type: Response.Type,
        of outcome: CallOutcome,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Response {
        guard case .ok(let payload) = outcome else {
            Issue.record("expected OK, got \(outcome)", sourceLocation: sourceLocation)
            throw DudaoError(.internal, "not OK")
        }
        return try Response(serializedBytes: payload)
    }

    func evaluateRequest(_ input: AssessmentInput) -> Dudao_V1_EvaluateRequest {
        var request = Dudao_V1_EvaluateRequest()
        request.input = input.proto
        return request
    }

    @Test("List gives every registered assessment in order")
    func list() async throws {
        let (outcome, _) = try await self.call(.listAssessments, Dudao_V1_ListAssessmentsRequest())
        let response = try self.response(Dudao_V1_ListAssessmentsResponse.self, of: outcome)
        #expect(response.assessments.map(\.id) == [PupilTeacherRatioAssessment.id])
        #expect(response.assessments.first?.editions.map(\.id) == ["2020"])
    }

    @Test("Describe gives the descriptor, and NOT_FOUND naming the known ids for an unknown one")
    func describe() async throws {
        var request = Dudao_V1_DescribeAssessmentRequest()
        request.assessment = PupilTeacherRatioAssessment.id
        let found = try self.response(Dudao_V1_DescribeAssessmentResponse.self, of: try await self.call(.describeAssessment, request).0)
        #expect(found.descriptor.indicators.map(\.code) == [PupilTeacherRatioAssessment.ratioCode])
        #expect(found.descriptor.schema.unitFields.map(\.key) == ["pupils", "teachers"])

        request.assessment = "no-such-thing"
        let error = try #require(try await self.call(.describeAssessment, request).0.error)
        #expect(error.code == .notFound)
        #expect(error.message.contains(PupilTeacherRatioAssessment.id))
    }

    @Test("Evaluate returns the result of the registry's pipeline and records it first")
    func evaluate() async throws {
        let input = PupilTeacherRatioAssessment.county(crowded: true)
        let (outcome, streamed) = try await self.call(.evaluate, self.evaluateRequest(input), metadata: [MetadataKey.caller: "inspector-7"])
        let response = try self.response(Dudao_V1_EvaluateResponse.self, of: outcome)
        let result = try AssessmentResult(proto: response.result)
        #expect(result == (try testRegistry().evaluate(input)))
        #expect(result.verdict == .fail)
        #expect(result.findings.map(\.unitID) == ["3301100002"])
        #expect(streamed.isEmpty)
        let recorded = self.recorder.records
        #expect(recorded.map(\.0.inputDigest) == [result.inputDigest])
        #expect(recorded.first?.1[MetadataKey.caller] == "inspector-7")
        #expect(response.recordID == "record-1")
    }

    @Test("an invalid input is INVALID_ARGUMENT with one field violation per validation issue, and nothing is recorded")
    func invalidInput() async throws {
        var input = PupilTeacherRatioAssessment.county()
        input.units[0].fields["pupils"] = -5
        input.units[1].fields["teachers"] = "many"
        input.units[2].fields["teacherz"] = 3
        let expected = try #require(
            #expect(throws: DudaoError.self) { try testRegistry().evaluate(input) }
        )
        let error = try #require(try await self.call(.evaluate, self.evaluateRequest(input)).0.error)
        #expect(error.code == .invalidArgument)
        #expect(error.violations == expected.violations)
        #expect(error.violations.count == 3)
        #expect(Set(error.violations.map(\.path)) == ["units[0].pupils", "units[1].teachers", "units[2].teacherz"])
        #expect(self.recorder.records.isEmpty)
    }

    @Test("a request without an input, or with a payload that is not a request, is INVALID_ARGUMENT")
    func malformedRequests() async throws {
        let empty = try #require(try await self.call(.evaluate, Dudao_V1_EvaluateRequest()).0.error)
        #expect(empty.code == .invalidArgument)
        #expect(empty.violations.map(\.path) == ["input"])
        let garbage = await self.dispatcher.dispatch(CallRequest(method: WireMethod.evaluate.rawValue, payload: Data([0xFF, 0xFF, 0xFF])), send: { _ in })
        #expect(garbage.error?.code == .invalidArgument)
    }

    @Test("a recorder that cannot write turns the answer into its error, so no result goes out unrecorded")
    func recorderFailure() async throws {
        let dispatcher = makeDispatcher(
            registry: try testRegistry(), servingState: ServingState(), recorder: FailingRecorder(),
            configuration: ServerConfiguration(), logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        let request = self.evaluateRequest(PupilTeacherRatioAssessment.county())
        let outcome = await dispatcher.dispatch(CallRequest(method: WireMethod.evaluate.rawValue, payload: try request.serializedBytes()), send: { _ in })
        #expect(outcome.error?.code == .unavailable)
    }

    @Test("EvaluateBatch streams every item with progress, then the summary; a bad input fails only its item")
    func evaluateBatch() async throws {
        var bad = PupilTeacherRatioAssessment.county(code: "330111", name: "临平区")
        bad.units[0].fields["pupils"] = -1
        var request = Dudao_V1_EvaluateBatchRequest()
        request.assessment = PupilTeacherRatioAssessment.id
        request.inputs = [
            PupilTeacherRatioAssessment.county(code: "330110", name: "余杭区", crowded: true),
            bad,
            PupilTeacherRatioAssessment.county(code: "330112", name: "钱塘区"),
        ].map(\.proto)
        request.inputs[2].assessment = ""  // empty means the batch's assessment
        let (outcome, streamed) = try await self.call(.evaluateBatch, request)
        let final = try self.response(Dudao_V1_EvaluateBatchResponse.self, of: outcome)
        let messages = try streamed.map { try Dudao_V1_EvaluateBatchResponse(serializedBytes: $0) }

        let items = messages.compactMap { message -> Dudao_V1_BatchItem? in
            if case .item(let item) = message.kind { return item }
            return nil
        }
        let progress = messages.compactMap { message -> Dudao_V1_BatchProgress? in
            if case .progress(let progress) = message.kind { return progress }
            return nil
        }
        #expect(items.map(\.index).sorted() == [0, 1, 2])
        #expect(progress.map(\.completed) == [1, 2, 3])
        #expect(progress.last?.failed == 1)
        #expect(progress.allSatisfy { $0.total == 3 })
        let failed = try #require(items.first { $0.index == 1 })
        guard case .error(let status) = failed.outcome else {
            Issue.record("the bad input should fail")
            return
        }
        #expect(status.code == .invalidArgument)
        #expect(status.violations.map(\.path) == ["units[0].pupils"])

        guard case .done(let done) = final.kind else {
            Issue.record("the final message should be done")
            return
        }
        #expect(done.evaluated == 2)
        #expect(done.failed == 1)
        #expect(done.summary.rows.map(\.subjectCode) == ["330112", "330110"])
        #expect(self.recorder.records.count == 2)
        #expect(Set(items.map(\.recordID)) == ["record-1", "record-2", ""])
    }

    @Test("a batch for an unknown assessment, too large, or with an input of another assessment fails as a whole")
    func batchWholeCallErrors() async throws {
        var request = Dudao_V1_EvaluateBatchRequest()
        request.assessment = "nope"
        #expect(try await self.call(.evaluateBatch, request).0.error?.code == .notFound)

        request.assessment = PupilTeacherRatioAssessment.id
        request.inputs = Array(repeating: PupilTeacherRatioAssessment.county().proto, count: 6)
        let (tooMany, streamed) = try await self.call(.evaluateBatch, request)
        #expect(tooMany.error?.code == .resourceExhausted)
        #expect(streamed.isEmpty)

        request.inputs = [PupilTeacherRatioAssessment.county().proto]
        request.inputs[0].assessment = "other"
        let mismatch = try #require(try await self.call(.evaluateBatch, request).0.error)
        #expect(mismatch.code == .invalidArgument)
        #expect(mismatch.violations.map(\.path) == ["inputs[0].assessment"])
    }

    @Test("Health is SERVING until shutdown begins and NOT_SERVING after")
    func health() async throws {
        let serving = try self.response(Dudao_V1_HealthCheckResponse.self, of: try await self.call(.healthCheck, Dudao_V1_HealthCheckRequest()).0)
        #expect(serving.status == .serving)
        self.servingState.beginShutdown()
        let draining = try self.response(Dudao_V1_HealthCheckResponse.self, of: try await self.call(.healthCheck, Dudao_V1_HealthCheckRequest()).0)
        #expect(draining.status == .notServing)
    }

    @Test("Health answers per service: served, not served in this build, or unknown")
    func healthPerService() async throws {
        var request = Dudao_V1_HealthCheckRequest()
        request.service = "dudao.v1.Assessments"
        #expect(try self.response(Dudao_V1_HealthCheckResponse.self, of: try await self.call(.healthCheck, request).0).status == .serving)
        request.service = "dudao.v1.Records"
        #expect(try self.response(Dudao_V1_HealthCheckResponse.self, of: try await self.call(.healthCheck, request).0).status == .notServing)
        request.service = "dudao.v1.Nothing"
        #expect(try await self.call(.healthCheck, request).0.error?.code == .notFound)
    }

    @Test("Info gives the version, the limits and each assessment with its editions")
    func info() async throws {
        let response = try self.response(Dudao_V1_ServerInfoResponse.self, of: try await self.call(.serverInfo, Dudao_V1_ServerInfoRequest()).0)
        #expect(response.serverName == "dudaod")
        #expect(response.serverVersion == DudaoServer.version)
        #expect(response.protocolVersion == WireProtocol.version)
        #expect(response.limits.maxBatchInputs == 5)
        #expect(!response.recordsEnabled)
        let loaded = try #require(response.assessments.first)
        #expect(loaded.id == PupilTeacherRatioAssessment.id)
        #expect(loaded.editions == ["2020"])
        #expect(loaded.currentEdition == "2020")
    }

    @Test("record and audit methods answer UNIMPLEMENTED until a store registers them", arguments: WireMethod.allCases.filter { $0.service == "dudao.v1.Records" || $0.service == "dudao.v1.Audit" })
    func recordMethods(method: WireMethod) async throws {
        let outcome = await self.dispatcher.dispatch(CallRequest(method: method.rawValue), send: { _ in })
        #expect(outcome.error?.code == .unimplemented)
    }

    @Test("every assessment, health and server method of the protocol is registered")
    func methodTable() {
        let served = WireMethod.allCases.filter { $0.service != "dudao.v1.Records" && $0.service != "dudao.v1.Audit" }.map(\.rawValue)
        #expect(Set(self.dispatcher.methods) == Set(served))
    }
}

/// Keeps what it is asked to record, to check that results are recorded before they are sent.
final class RecordingRecorder: EvaluationRecorder {
    private let stored = Mutex<[(AssessmentResult, [String: String])]>([])

    var records: [(AssessmentResult, [String: String])] { self.stored.withLock { $0 } }

    func record(_ result: AssessmentResult, input: AssessmentInput, context: CallContext) async throws -> String? {
        self.stored.withLock { stored in
            stored.append((result, context.metadata))
            return "record-\(stored.count)"
        }
    }
}

struct FailingRecorder: EvaluationRecorder {
    func record(_ result: AssessmentResult, input: AssessmentInput, context: CallContext) async throws -> String? {
        throw DudaoError(.unavailable, "the record store cannot be written")
    }
}
