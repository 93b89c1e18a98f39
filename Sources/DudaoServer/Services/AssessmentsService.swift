public import DudaoCore
import DudaoProto
import DudaoWire
import Foundation
import Logging

/// `dudao.v1.Assessments`: list, describe, evaluate one input, evaluate a batch.
///
/// Evaluation is pure computation; it runs on Swift's cooperative pool, never on an event loop,
/// and only as many at once as there are cores (``EvaluationGate``): the others wait their turn
/// within their deadline. In front of that line, at most ``ServerLimits/evaluationWindow`` calls
/// are evaluating or waiting for their record's commit, so a slow disk holds a bounded number of
/// answers in memory. A batch evaluates at most ``ServerLimits/batchConcurrency`` inputs at a
/// time, so one batch cannot take every core. An official evaluation is recorded before it is
/// answered; a preview is not recorded.
public struct AssessmentsService: DudaoService {
    public let registry: AssessmentRegistry
    public let recorder: any EvaluationRecorder
    public let limits: ServerLimits
    let gate: EvaluationGate
    /// Admits a call before it decodes and lets it go once it is answered (see
    /// ``ServerLimits/evaluationWindow``).
    let window: EvaluationGate

    public init(registry: AssessmentRegistry, recorder: any EvaluationRecorder = NoRecorder(), limits: ServerLimits = ServerLimits()) {
        self.registry = registry
        self.recorder = recorder
        self.limits = limits
        self.gate = EvaluationGate(queueLimit: limits.maxWaitingEvaluations)
        self.window = EvaluationGate(width: max(limits.evaluationWindow, self.gate.width), queueLimit: limits.maxWaitingEvaluations)
    }

    public func registerMethods(with dispatcher: inout Dispatcher) {
        dispatcher.register(WireMethod.listAssessments.rawValue) { (_: Dudao_V1_ListAssessmentsRequest, context) in
            var response = Dudao_V1_ListAssessmentsResponse()
            response.assessments = self.registry.descriptors.filter { context.mayUse(assessment: $0.id) }.map(\.summaryProto)
            return response
        }
        dispatcher.register(WireMethod.describeAssessment.rawValue) { (request: Dudao_V1_DescribeAssessmentRequest, context) in
            var response = Dudao_V1_DescribeAssessmentResponse()
            try context.checkAssessment(request.assessment)
            response.descriptor = try self.assessment(request.assessment).descriptor.proto
            return response
        }
        dispatcher.register(WireMethod.evaluate.rawValue) { payload, context in
            try await self.evaluate(payload, context: context)
        }
        dispatcher.registerStreaming(WireMethod.evaluateBatch.rawValue) { (request: Dudao_V1_EvaluateBatchRequest, context, sender) in
            try await self.evaluateBatch(request, context: context, sender: sender)
        }
    }

    /// Evaluates once a core is free.
    func evaluate(_ input: AssessmentInput) async throws -> AssessmentResult {
        let registry = self.registry
        return try await self.gate.run { try registry.evaluate(input) }
    }

    /// Answers one `Evaluate` call: an official evaluation is recorded before it is answered.
    ///
    /// Decoding the request, evaluating and converting the result are one turn of the gate, so the
    /// calls waiting for a core hold only their bytes. The result is converted once and encoded
    /// for the answer ahead of the commit; the recorder is then handed the input and the converted
    /// result, so it takes them apart without copying, and the wait for the commit holds the
    /// answer's bytes and the row alone. The record id is appended once the record is committed.
    private func evaluate(_ payload: Data, context: CallContext) async throws -> Data {
        let key = try context.idempotencyKey()
        let registry = self.registry
        try await self.window.enter()
        defer { self.window.leave() }
        let (input, result, converted, preview) = try await self.gate.run { () throws -> (AssessmentInput, AssessmentResult, Dudao_V1_AssessmentResult, Bool) in
            let (input, preview) = try EvaluateRequestReader.read(payload)
            context.notes.subjectCode = input.subject.code
            try context.checkAssessment(input.assessment)
            try context.checkRegion(input.subject.code)
            try context.checkEvaluation(preview ? .preview : .official)
            let result = try registry.evaluate(input)
            return (input, result, result.proto, preview)
        }
        try Task.checkCancellation()
        let (assessment, verdict) = (result.assessment, result.verdict)
        var answer = try EvaluateAnswer.encode(result: converted)
        if preview {
            ServerMetrics.evaluated(assessment: assessment, verdict: verdict)
            return answer
        }
        let recorded = try await self.recorder.record(
            consume result, encoded: consume converted, input: consume input, context: context, idempotencyKey: key
        )
        context.notes.recordID = recorded.recordID
        if let replayed = recorded.replayed {
            ServerMetrics.evaluated(replayed)
            answer = try EvaluateAnswer.encode(result: replayed.proto)
        } else {
            ServerMetrics.evaluated(assessment: assessment, verdict: verdict)
        }
        try EvaluateAnswer.append(recordID: recorded.recordID, to: &answer)
        return answer
    }

    /// - Throws: `NOT_FOUND` naming the known ids.
    func assessment(_ id: String) throws -> any Assessment {
        guard let assessment = self.registry.assessment(id: id) else {
            throw DudaoError(.notFound, "no assessment with id \(id); known: \(self.registry.ids.joined(separator: ", "))")
        }
        return assessment
    }

    /// Evaluates every input, streaming each item and the progress as they finish, and returns
    /// the summary as the final message.
    func evaluateBatch(
        _ request: Dudao_V1_EvaluateBatchRequest,
        context: CallContext,
        sender: MessageSender<Dudao_V1_EvaluateBatchResponse>
    ) async throws -> Dudao_V1_EvaluateBatchResponse {
        try context.checkAssessment(request.assessment)
        try context.checkEvaluation(request.preview ? .preview : .official)
        _ = try self.assessment(request.assessment)
        let total = request.inputs.count
        guard total <= self.limits.maxBatchInputs else {
            throw DudaoError.limit(.batchSize, "a batch may hold at most \(self.limits.maxBatchInputs) inputs; this one has \(total)")
        }
        let mismatched = request.inputs.enumerated().compactMap { index, input -> ValidationIssue? in
            guard !input.assessment.isEmpty, input.assessment != request.assessment else { return nil }
            return ValidationIssue(
                path: "inputs[\(index)].assessment", rule: .assessmentMismatch,
                zh: "输入属于评估 \(input.assessment)，而批次为 \(request.assessment)",
                en: "the input is for \(input.assessment) but the batch is for \(request.assessment)"
            )
        }
        guard mismatched.isEmpty else {
            throw DudaoError(.invalidArgument, "\(mismatched.count) input(s) name another assessment than the batch", violations: mismatched)
        }

        // A batch sent under key K records item i under K#i, so a retried batch finds every item
        // that was stored before the connection was lost and stores only the rest.
        let batchKey = try context.idempotencyKey()
        let recorder = self.recorder
        let logger = context.logger
        let batchAssessment = request.assessment
        let inputs = request.inputs
        let pipeline = BatchEvaluation(registry: self.registry, concurrency: self.limits.batchConcurrency)
        let service = self
        let preview = request.preview
        let batch = try await pipeline.run(
            count: inputs.count,
            subjectCode: { inputs[$0].subject.code },
            prepare: { index in
                var input = try AssessmentInput(proto: inputs[index])
                input.assessment = batchAssessment
                try context.checkRegion(input.subject.code)
                return input
            },
            evaluate: { input in try await service.evaluate(input) },
            record: { index, result, input in
                if preview {
                    ServerMetrics.evaluated(result)
                    return nil
                }
                // The evaluation is deterministic, so a replayed item's result is the stored one.
                let recorded = try await recorder.record(result, input: input, context: context, idempotencyKey: batchKey?.item(index))
                ServerMetrics.evaluated(recorded.result)
                return recorded.recordID
            },
            describe: { Dispatcher.status(for: $0, logger: logger) },
            finished: { finished, progress in
                var item = Dudao_V1_BatchItem()
                item.index = UInt32(finished.index)
                item.subjectCode = finished.subjectCode
                item.recordID = finished.recordID ?? ""
                switch finished.outcome {
                case .success(let result): item.result = result.proto
                case .failure(let error): item.error = error.proto
                }
                var itemMessage = Dudao_V1_EvaluateBatchResponse()
                itemMessage.item = item
                try await sender.send(itemMessage)
                var progressMessage = Dudao_V1_EvaluateBatchResponse()
                progressMessage.progress.completed = UInt32(progress.completed)
                progressMessage.progress.total = UInt32(progress.total)
                progressMessage.progress.failed = UInt32(progress.failed)
                try await sender.send(progressMessage)
            }
        )

        var done = Dudao_V1_BatchDone()
        done.evaluated = UInt32(batch.evaluated)
        done.failed = UInt32(batch.failed)
        // Every input is read as the batch's assessment, so there is at most one summary.
        if let summary = batch.summaries.first {
            done.summary = summary.proto
        }
        var final = Dudao_V1_EvaluateBatchResponse()
        final.done = done
        return final
    }
}
