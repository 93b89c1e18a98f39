import ArgumentParser
import DudaoClient
import DudaoCore

extension DudaoCommand {
    struct Health: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ask whether the daemon takes work (SERVING / NOT_SERVING).",
            discussion: """
                Exits 0 when SERVING, 14 (UNAVAILABLE) otherwise.

                Example:
                  dudao health --host 10.0.0.5 --port 7411
                """
        )

        @OptionGroup var connection: DaemonOptions

        func run() async throws {
            do {
                let status = try await self.connection.withClient { try await $0.health() }
                print(status.rawValue.uppercased())
                if status != .serving { throw ExitCode(Int32(DudaoError.Code.unavailable.rawValue)) }
            } catch {
                throw Printing.fail(error)
            }
        }
    }
}
