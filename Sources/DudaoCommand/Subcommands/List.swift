import ArgumentParser
import DudaoReport

extension DudaoCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the assessments the daemon serves.")

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: PrintOptions

        func run() async throws {
            do {
                let rows = try await self.connection.withBackend { try await $0.list() }
                switch self.output.format {
                case .json: try Printing.json(rows)
                case .table: print(DescriptorReport(language: self.output.language).renderList(rows))
                }
            } catch {
                throw Printing.fail(error)
            }
        }
    }
}
