import ArgumentParser
import DudaoReport
import DudaoStandards

extension DudaoCommand {
    struct Describe: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show an assessment: sources, editions and parameters with status tags, indicators, input fields.",
            discussion: """
                The input fields' Chinese names may be used as CSV and XLSX column headers.

                Examples:
                  dudao describe --local compulsory-quality-balance
                  dudao describe --local teacher-pay-parity --english --width 100
                  dudao describe --pack Plugins/HigherVocational
                """
        )

        @Argument(help: "Assessment id, e.g. compulsory-quality-balance.", completion: .assessmentIDs)
        var id: String?

        @Option(help: "Describe the standard pack in this folder instead, after checking it (no daemon needed).")
        var pack: String?

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: PrintOptions

        func validate() throws {
            guard (self.id == nil) != (self.pack == nil) else { throw ValidationError("give an assessment id or --pack FOLDER") }
        }

        func run() async throws {
            do {
                let descriptor =
                    if let pack = self.pack {
                        try Standard.load(pack).descriptor
                    } else {
                        try await self.connection.withBackend { try await $0.describe(id: self.id ?? "") }
                    }
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
