import ArgumentParser
import DudaoReport

extension DudaoCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the assessments the daemon serves.")

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            do {
                let descriptors = try await self.connection.backend().list()
                switch self.output.format {
                case .json: try Printing.json(descriptors.map { DescriptorSummary($0) })
                case .table: print(DescriptorReport(language: self.output.language).renderList(descriptors))
                }
            } catch {
                throw Printing.fail(error)
            }
        }
    }
}
