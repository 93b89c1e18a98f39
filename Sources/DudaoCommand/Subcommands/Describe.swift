import ArgumentParser
import DudaoReport

extension DudaoCommand {
    struct Describe: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show an assessment: sources, editions and parameters with status tags, indicators, input fields."
        )

        @Argument(help: "Assessment id, e.g. compulsory-quality-balance.")
        var id: String

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: PrintOptions

        func run() async throws {
            do {
                let descriptor = try await self.connection.withBackend { try await $0.describe(id: self.id) }
                switch self.output.format {
                case .json: try Printing.json(descriptor)
                case .table: print(DescriptorReport(language: self.output.language).render(descriptor))
                }
            } catch {
                throw Printing.fail(error)
            }
        }
    }
}
