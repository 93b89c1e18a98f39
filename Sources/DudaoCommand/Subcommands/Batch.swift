import ArgumentParser
import DudaoCore
import DudaoPublish
import DudaoReport
import Foundation

extension DudaoCommand {
    struct Batch: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Evaluate many subjects: a folder of input files or a multi-county JSON file.",
            discussion: """
                Prints one line per subject and the batch views (rankings, roll-ups, batch rules). \
                Each item is also reported on stderr as it arrives, with the id of its stored record. \
                A batch cut off (the daemon stopped, the connection broke) still prints the items it \
                received, says on stderr how many were stored and which inputs were not (to send \
                again), and exits with the error's code. An input file that cannot be read stops the batch \
                before anything is evaluated, naming the file and the rule it breaks. When every item \
                ran but some were refused (invalid input), each refusal names its file and the rule, \
                and the exit status is that of the first refusal (3 for invalid input).

                Examples:
                  dudao batch --local Examples/zj-basic-education-ecology/counties.json
                  dudao batch ./inputs/ --format xlsx -o 2025-province.xlsx
                """
        )

        @Argument(help: "A folder of JSON/CSV/XLSX inputs, or a JSON file holding an array of inputs.")
        var path: String

        @Flag(name: .long, help: "Do not draw the progress bar on stderr.")
        var quiet = false

        @Option(name: .customLong("param"), help: "Set a parameter of the edition for every input, KEY=VALUE (repeatable).")
        var parameters: [ParameterArgument] = []

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            do {
                let sources = try InputFiles.loadWithFiles(self.path)
                let inputs = sources.map { source in
                    var input = source.input
                    ParameterArgument.apply(self.parameters, to: &input)
                    return input
                }
                let fromFolder = Set(sources.map(\.file)).count > 1
                guard !inputs.isEmpty else { throw DudaoError(.invalidArgument, "\(self.path) holds no inputs") }
                var items: [(index: Int, outcome: Result<AssessmentResult, DudaoError>)] = []
                var recordIDs: [Int: String] = [:]
                var summaries: [BatchSummary] = []
                let progress = ProgressBar(total: inputs.count, enabled: !self.quiet)
                let backend = try await self.connection.backend()
                var cutOff: DudaoError?
                do {
                    for try await event in backend.evaluateBatch(inputs) {
                        switch event {
                        case .item(let index, var outcome, let recordID):
                            if fromFolder, case .failure(let error) = outcome { outcome = .failure(Self.naming(error, file: sources[index].file)) }
                            items.append((index, outcome))
                            recordIDs[index] = recordID
                            // Always, even with --quiet: these lines say what is stored if the batch is cut off.
                            progress.log(Self.itemLine(index: index, total: inputs.count, input: inputs[index], outcome: outcome, recordID: recordID, language: self.output.language))
                            progress.update(done: items.count)
                        case .summary(let summary):
                            summaries.append(summary)
                        }
                    }
                } catch {
                    guard !items.isEmpty else {
                        // Refused as a whole (an unknown assessment, too many inputs): nothing to keep.
                        await backend.close()
                        throw error
                    }
                    cutOff = DudaoError.from(error)
                }
                let areas = self.output.format.isPublished ? await Self.areas(of: inputs, from: backend) : []
                await backend.close()
                progress.finish()
                items.sort { $0.index < $1.index }
                // A batch cut off still prints what it received, then says what is missing.
                try self.emit(inputs: inputs, items: items, recordIDs: recordIDs, summaries: summaries, areas: areas)
                if let cutOff {
                    let report = BatchCutOff(total: inputs.count, stored: Set(recordIDs.keys), answered: Set(items.map(\.index)))
                    Printing.stderr(report.message(cutOff, language: self.output.language))
                    throw cutOff
                }
                try Self.exitForRefusals(items)
            } catch {
                throw Printing.fail(error, language: self.output.language)
            }
        }

        /// The areas (一级指标) of the batch's assessments, so a workbook or page names them; none
        /// when the daemon cannot say, as after a cut-off batch: they are names, not results.
        static func areas(of inputs: [AssessmentInput], from backend: any Backend) async -> [IndicatorGroup] {
            var areas: [IndicatorGroup] = []
            for assessment in Set(inputs.map(\.assessment)).sorted() {
                areas += (try? await backend.describe(id: assessment).groups) ?? []
            }
            return areas
        }

        /// Writes the batch in the chosen format: a file, JSON or the table.
        func emit(
            inputs: [AssessmentInput], items: [(index: Int, outcome: Result<AssessmentResult, DudaoError>)], recordIDs: [Int: String], summaries: [BatchSummary],
            areas: [IndicatorGroup]
        ) throws {
            let published = try self.output.publish(
                .batch(inputs: inputs, items: items, summaries: summaries, language: self.output.language, areas: areas),
                html: {
                    let results = items.compactMap { try? $0.outcome.get() }
                    return ProvinceReport(results: results, summaries: summaries, areas: areas, generator: DudaoVersion.generator).render()
                }
            )
            if published { return }
            switch self.output.format {
            case .json, .csv, .xlsx, .html: try Printing.json(BatchOutput(inputs: inputs, items: items, recordIDs: recordIDs, summaries: summaries))
            case .table: print(BatchReport(language: self.output.language, width: self.output.width).render(inputs: inputs, items: items, summaries: summaries))
            }
        }

        /// The error with the file it came from in its message and in every rule's path.
        static func naming(_ error: DudaoError, file: String) -> DudaoError {
            var named = error
            named.message = "\(file): \(error.message)"
            named.violations = error.violations.map { violation in
                var violation = violation
                violation.path = "\(file): \(violation.path)"
                return violation
            }
            return named
        }

        /// A batch in which any item was refused ends with that refusal's status, so a script sees it.
        static func exitForRefusals(_ items: [(index: Int, outcome: Result<AssessmentResult, DudaoError>)]) throws {
            for item in items {
                if case .failure(let error) = item.outcome {
                    throw ExitCode(Int32(error.code.rawValue == 0 ? 1 : error.code.rawValue))
                }
            }
        }

        /// `[3/60] 330110 西湖区 ev_… 达标`: one item as it arrives, in the chosen language.
        static func itemLine(
            index: Int, total: Int, input: AssessmentInput, outcome: Result<AssessmentResult, DudaoError>, recordID: String?, language: Language
        ) -> String {
            let l = language
            let head = "[\(index + 1)/\(total)] \(input.subject.code) \(input.subject.name)"
            switch outcome {
            case .success(let result):
                return "\(head) \(recordID ?? l.pick("未保存", "not stored")) \(l.pick(result.verdict.nameZh, result.verdict.nameEn))"
            case .failure(let error):
                return "\(head) \(l.pick("未保存", "not stored"))\(l.pick("：", ": "))\(BatchReport.errorText(error, l))"
            }
        }
    }
}

/// The JSON form of a batch run.
struct BatchOutput: Encodable {
    struct Item: Encodable {
        var index: Int
        var subject: Subject
        var result: AssessmentResult?
        /// The stored record's id; absent when the item was not stored.
        var recordID: String?
        var error: ErrorOutput?
    }

    struct ErrorOutput: Encodable {
        var code: String
        var message: String
        var violations: [ValidationIssue]
    }

    var items: [Item]
    var summaries: [BatchSummary]

    init(
        inputs: [AssessmentInput], items: [(index: Int, outcome: Result<AssessmentResult, DudaoError>)], recordIDs: [Int: String] = [:], summaries: [BatchSummary]
    ) {
        self.items = items.map { index, outcome in
            switch outcome {
            case .success(let result):
                Item(index: index, subject: inputs[index].subject, result: result, recordID: recordIDs[index], error: nil)
            case .failure(let error):
                Item(
                    index: index, subject: inputs[index].subject, result: nil, recordID: nil,
                    error: ErrorOutput(code: error.code.name, message: error.message, violations: error.violations)
                )
            }
        }
        self.summaries = summaries
    }
}
