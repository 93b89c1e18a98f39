import DudaoCore
import Testing

/// The one batch pipeline the daemon and `dudao batch --local` share.
struct BatchEvaluationTests {
    /// The test assessment under another id, summarizing what it is given.
    struct Counting: Assessment {
        var id: String
        var examples: [WorkedExample] { [] }
        var descriptor: AssessmentDescriptor {
            var descriptor = TestAssessment().descriptor
            descriptor.id = self.id
            return descriptor
        }
        func evaluate(_ input: AssessmentInput, context: EvaluationContext) throws -> Evaluation {
            try TestAssessment().evaluate(input, context: context)
        }
        func summarize(_ results: [AssessmentResult]) -> BatchSummary? {
            BatchSummary(
                assessment: self.id, verdict: nil, titleZh: self.id, titleEn: self.id,
                rows: results.map {
                    SummaryRow(subjectCode: $0.subject.code, subjectName: $0.subject.name, rank: nil, values: [:], labels: ["id": $0.assessment])
                },
                statistics: ["results": Double(results.count)], notesZh: [], notesEn: []
            )
        }
    }

    static func input(_ assessment: String, code: String, valid: Bool = true) -> AssessmentInput {
        var input = AssessmentInput.test()
        input.assessment = assessment
        input.subject.code = code
        if !valid { input.units[0].fields["pupils"] = 0 }
        return input
    }

    @Test("each item is kept and reported as it finishes; each assessment summarizes only its own results, in input order")
    func pipeline() async throws {
        let registry = try AssessmentRegistry([Counting(id: "b"), Counting(id: "a")])
        let inputs = [
            Self.input("a", code: "330101"), Self.input("b", code: "330102"), Self.input("a", code: "330103", valid: false),
            Self.input("a", code: "330104"), Self.input("c", code: "330105"),
        ]
        var seen: [BatchEvaluation.Item] = []
        var progress: [BatchEvaluation.Progress] = []
        let done = try await BatchEvaluation(registry: registry, concurrency: 2).run(
            count: inputs.count,
            subjectCode: { inputs[$0].subject.code },
            prepare: { inputs[$0] },
            record: { _, result, _ in "record-\(result.subject.code)" },
            finished: { item, step in
                seen.append(item)
                progress.append(step)
            }
        )
        #expect(Set(seen.map(\.index)) == Set(0..<5))
        #expect(progress.map(\.completed) == [1, 2, 3, 4, 5])
        #expect(progress.last.map { [$0.completed, $0.total, $0.failed] } == [5, 5, 2])
        #expect((done.evaluated, done.failed) == (3, 2))
        let failed = seen.filter { if case .failure = $0.outcome { true } else { false } }
        #expect(Set(failed.map(\.subjectCode)) == ["330103", "330105"])
        #expect(failed.allSatisfy { $0.recordID == nil })
        #expect(seen.first { $0.index == 3 }?.recordID == "record-330104")
        #expect(done.summaries.map(\.assessment) == ["a", "b"])
        #expect(done.summaries[0].rows.map(\.subjectCode) == ["330101", "330104"])
        #expect(done.summaries[1].rows.map(\.subjectCode) == ["330102"])
    }

    @Test("a failing record step fails its item only, described by the caller")
    func recordFails() async throws {
        let registry = try AssessmentRegistry([Counting(id: "a")])
        let inputs = [Self.input("a", code: "330101"), Self.input("a", code: "330102")]
        let done = try await BatchEvaluation(registry: registry, concurrency: 1).run(
            count: inputs.count,
            subjectCode: { inputs[$0].subject.code },
            prepare: { inputs[$0] },
            record: { _, result, _ in
                if result.subject.code == "330102" { throw DudaoError(.unavailable, "store is read-only") }
                return "kept"
            },
            describe: { DudaoError(.unavailable, "described: \(DudaoError.from($0).message)") },
            finished: { item, _ in
                if item.index == 1 { #expect(item.outcome.failure?.message == "described: store is read-only") }
            }
        )
        #expect((done.evaluated, done.failed) == (1, 1))
        #expect(done.summaries.first?.rows.map(\.subjectCode) == ["330101"])
    }
}

extension Result {
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
