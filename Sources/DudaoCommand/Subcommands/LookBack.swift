import ArgumentParser
import DudaoClient
import DudaoCore
import DudaoPublish
import DudaoReport
import Foundation

extension DudaoCommand {
    /// `dudao lookback ID`: 回头看, a stored evaluation against new data or today's edition.
    struct LookBack: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lookback",
            abstract: "Look back (回头看) on a stored record: evaluate its subject again and compare.",
            discussion: """
                With --input, the subject is evaluated on the new data (same assessment and subject; the \
                period may be later). Without it, the stored input is evaluated under the edition in force now. \
                --store keeps the new result as a record linked to the earlier one.

                Examples:
                  dudao lookback ev_01J… --input county-2026.json --store
                  dudao lookback ev_01J…
                """
        )

        @Argument(help: "The earlier record's id (ev_…).")
        var id: String

        @Option(name: .long, help: "New input file (JSON or CSV) for the same subject.")
        var input: String?

        @Flag(name: .long, help: "Store the new result as a record linked to the earlier one.")
        var store = false

        @OptionGroup var connection: DaemonOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            do {
                var newInput: AssessmentInput?
                if let file = self.input {
                    let inputs = try InputFiles.load(file)
                    guard inputs.count == 1 else { throw ValidationError("\(file) holds \(inputs.count) subjects; a look-back takes one") }
                    newInput = inputs[0]
                }
                let outcome = try await self.connection.withClient { try await $0.lookBack(id: self.id, newInput: newInput, store: self.store) }
                let published = try self.output.publish(
                    .comparison(outcome.comparison, before: outcome.earlier.result, after: outcome.result, language: self.output.language),
                    html: { LookBackReport(comparison: outcome.comparison, before: outcome.earlier.result, after: outcome.result, generator: DudaoVersion.generator).render() }
                )
                if published { return }
                switch self.output.format {
                case .json, .csv, .xlsx, .html:
                    try Printing.json(LookBackJSON(comparison: outcome.comparison, recordID: outcome.recordID, result: outcome.result))
                case .table:
                    print(ComparisonReport(language: self.output.language, width: self.output.width).render(outcome.comparison, before: outcome.earlier.result, after: outcome.result))
                    if let recordID = outcome.recordID {
                        print(self.output.language == .zh ? "新记录：\(recordID)" : "New record: \(recordID)")
                    }
                }
            } catch let error as ValidationError {
                throw error
            } catch {
                throw Printing.fail(error)
            }
        }
    }
}

/// The look-back as JSON: the comparison, the new result and the new record's id if stored.
struct LookBackJSON: Encodable {
    var comparison: ResultComparison
    var recordID: String?
    var result: AssessmentResult
}
