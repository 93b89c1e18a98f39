import ArgumentParser
import DudaoCore
import DudaoPublish
import Foundation

extension DudaoCommand {
    /// `dudao template`: an input template for an assessment, to fill in Excel and evaluate.
    struct Template: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write an input template (XLSX or CSV) with Chinese headers, units and instructions.",
            discussion: """
                Fill it in and run `dudao evaluate <file>`. Without -o the file is <assessment>-template.xlsx (or .csv).

                Examples:
                  dudao template --local compulsory-quality-balance
                  dudao template --local zj-modern-school --format csv -o schools.csv
                """
        )

        @Argument(help: "Assessment id (see `dudao list`).", completion: .assessmentIDs)
        var assessment: String

        @Option(name: .long, help: "xlsx (default) or csv.")
        var format: TemplateFormat = .xlsx

        @Option(name: [.customShort("o"), .customLong("output")], help: "Write here; - for standard output.")
        var output: String?

        @Flag(name: .customLong("no-bom"), help: "Leave the UTF-8 byte order mark off a CSV template.")
        var noBOM = false

        @OptionGroup var connection: ConnectionOptions

        enum TemplateFormat: String, ExpressibleByArgument, CaseIterable {
            case xlsx, csv
        }

        func run() async throws {
            do {
                let descriptor = try await self.connection.withBackend { try await $0.describe(id: self.assessment) }
                let template = InputTemplate(descriptor: descriptor)
                let data: Data
                switch self.format {
                case .xlsx: data = try XLSXWriter.data(template.workbook)
                case .csv: data = Data(template.csv(byteOrderMark: !self.noBOM).utf8)
                }
                let path = self.output ?? "\(descriptor.id)-template.\(self.format.rawValue)"
                try OutputOptions.write(data, to: path == "-" ? nil : path)
            } catch {
                throw Printing.fail(error)
            }
        }
    }
}
