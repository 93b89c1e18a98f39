import ArgumentParser
import DudaoClient
import DudaoCore
import DudaoPublish
import DudaoReport
import DudaoWire

extension DudaoCommand {
    /// `dudao history`: one subject's judgements across years.
    struct History: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one subject's records under one assessment, oldest period first.",
            discussion: """
                Example:
                  dudao history --assessment compulsory-quality-balance --subject 330110
                """
        )

        @Option(name: .long, help: "Assessment id.", completion: .assessmentIDs)
        var assessment: String

        @Option(name: .long, help: "Subject code, e.g. 330110.")
        var subject: String

        @Flag(name: .long, help: "Also show records superseded by a later one of the same period.")
        var all = false

        @OptionGroup var connection: DaemonOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            do {
                let summaries = try await self.connection.withClient {
                    try await $0.history(assessment: self.assessment, subjectCode: self.subject, includeSuperseded: self.all)
                }
                let workbook = Workbook.records(summaries.map(\.row), language: self.output.language)
                let title = "\(summaries.first?.subject.name ?? self.subject) \(self.assessment) 历年记录"
                if try self.output.publish(workbook, html: { TableReport(title: title, workbook: workbook, generator: DudaoVersion.generator).render() }) { return }
                switch self.output.format {
                case .json, .csv, .xlsx, .html: try Printing.json(ListedPage(RecordSummaryPage(records: summaries, nextPageToken: nil)).records)
                case .table: print(RecordReport(language: self.output.language, width: self.output.width).list(summaries.map(\.row)))
                }
            } catch {
                throw Printing.fail(error)
            }
        }
    }
}
