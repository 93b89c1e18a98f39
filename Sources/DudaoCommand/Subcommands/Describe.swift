import ArgumentParser
import DudaoReport

extension DudaoCommand {
    struct Describe: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show an assessment: sources, editions and parameters with status tags, indicators, input fields.",
            discussion: """
                The input fields' Chinese names may be used as CSV and XLSX column headers.

                Examples:
                  dudao describe --local compulsory-quality-balance
                  dudao describe --local teacher-pay-parity --english --width 100
                """
        )

        @Argument(help: "Assessment id, e.g. compulsory-quality-balance.", completion: .assessmentIDs)
        var id: String

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: PrintOptions

        func run() async throws {
            do {
                let descriptor = try await self.connection.withBackend { try await $0.describe(id: self.id) }
                switch self.output.format {
                case .json: try Printing.json(descriptor)
                case .table: print(DescriptorReport(language: self.output.language, width: self.output.width).render(descriptor))
                }
            } catch {
                throw Printing.fail(error, language: self.output.language)
            }
        }
    }
}
