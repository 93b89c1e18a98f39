import ArgumentParser
import DudaoReport

extension DudaoCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the assessments the daemon serves (or, with --local, the bundled ones).",
            discussion: """
                Examples:
                  dudao list --local
                  dudao list --format json
                """
        )

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: PrintOptions

        func run() async throws {
            do {
                let rows = try await self.connection.withBackend { try await $0.list() }
                switch self.output.format {
                case .json: try Printing.json(rows)
                case .table: print(DescriptorReport(language: self.output.language, width: self.output.width).renderList(rows))
                }
            } catch {
                throw Printing.fail(error)
            }
        }
    }
}
