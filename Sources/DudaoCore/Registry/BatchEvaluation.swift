/// The one batch pipeline: the daemon's `EvaluateBatch` and `dudao batch --local` both run it.
///
/// It evaluates the inputs at most ``concurrency`` at a time, hands each finished item (result or
/// error) and the progress to the caller as it finishes, and at the end summarizes the results of
/// each assessment, in input order, with that assessment's ``Assessment/summarize(_:)``. Where an
/// item is kept (a record store) and how an error is described are the caller's, given as
/// closures, so the pipeline needs neither a network nor a store.
public struct BatchEvaluation: Sendable {
    public let registry: AssessmentRegistry
    /// How many inputs are evaluated at the same time.
    public let concurrency: Int

    public init(registry: AssessmentRegistry, concurrency: Int) {
        self.registry = registry
        self.concurrency = max(1, concurrency)
    }

    /// One input, evaluated (and kept) or failed.
    public struct Item: Sendable {
        public var index: Int
        public var subjectCode: String
        public var outcome: Result<AssessmentResult, DudaoError>
        /// The id under which the item was kept; `nil` when nothing keeps it.
        public var recordID: String?
    }

    /// How far the batch has come.
    public struct Progress: Sendable, Hashable {
        public var completed: Int
        public var total: Int
        public var failed: Int
    }

    /// The end of a batch: the summaries and how many inputs evaluated or failed.
    public struct Done: Sendable {
        /// One summary per assessment that has one, ordered by assessment id.
        public var summaries: [BatchSummary]
        public var evaluated: Int
        public var failed: Int
    }

    /// Runs the batch.
    ///
    /// - Parameters:
    ///   - count: How many inputs the batch has.
    ///   - subjectCode: The subject code of input `index`, named on its item even when it fails.
    ///   - prepare: Turns input `index` into an ``AssessmentInput`` and checks the caller may
    ///     evaluate it; a throw fails that item only.
    ///   - evaluate: Evaluates a prepared input; by default the registry's
    ///     ``AssessmentRegistry/evaluate(_:)`` right away (the daemon waits for a free core first).
    ///   - record: Keeps the result of input `index` and returns its record id; a throw fails that
    ///     item only.
    ///   - describe: Describes an item's error for the caller.
    ///   - finished: Called once per item, in the order they finish, with the progress so far;
    ///     a throw (e.g. the caller went away) stops the batch.
    public func run(
        count: Int,
        subjectCode: @escaping @Sendable (Int) -> String,
        prepare: @escaping @Sendable (Int) async throws -> AssessmentInput,
        evaluate: (@Sendable (AssessmentInput) async throws -> AssessmentResult)? = nil,
        record: @escaping @Sendable (Int, AssessmentResult, AssessmentInput) async throws -> String? = { _, _, _ in nil },
        describe: @escaping @Sendable (any Error) -> DudaoError = { DudaoError.from($0) },
        finished: (Item, Progress) async throws -> Void
    ) async throws -> Done {
        let registry = self.registry
        let evaluateInput = evaluate ?? { try registry.evaluate($0) }
        @Sendable func evaluated(_ index: Int) async -> Item {
            do {
                let input = try await prepare(index)
                let result = try await evaluateInput(input)
                try Task.checkCancellation()
                let recordID = try await record(index, result, input)
                return Item(index: index, subjectCode: input.subject.code, outcome: .success(result), recordID: recordID)
            } catch {
                return Item(index: index, subjectCode: subjectCode(index), outcome: .failure(describe(error)), recordID: nil)
            }
        }

        var results: [(index: Int, result: AssessmentResult)] = []
        var progress = Progress(completed: 0, total: count, failed: 0)
        try await withThrowingTaskGroup(of: Item.self) { group in
            var next = 0
            while next < min(self.concurrency, count) {
                let index = next
                group.addTask { await evaluated(index) }
                next += 1
            }
            while let item = try await group.next() {
                if next < count {
                    let index = next
                    group.addTask { await evaluated(index) }
                    next += 1
                }
                progress.completed += 1
                switch item.outcome {
                case .success(let result): results.append((item.index, result))
                case .failure: progress.failed += 1
                }
                try await finished(item, progress)
            }
        }
        let ordered = results.sorted { $0.index < $1.index }.map(\.result)
        return Done(summaries: self.summaries(of: ordered), evaluated: ordered.count, failed: progress.failed)
    }

    /// Each assessment summarizes only its own results, in the order given.
    func summaries(of results: [AssessmentResult]) -> [BatchSummary] {
        let byAssessment = Dictionary(grouping: results, by: \.assessment)
        return byAssessment.keys.sorted().compactMap { id in
            byAssessment[id].flatMap { self.registry.assessment(id: id)?.summarize($0) }
        }
    }
}
