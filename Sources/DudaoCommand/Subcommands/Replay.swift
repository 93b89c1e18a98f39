import ArgumentParser
import DudaoClient
import DudaoCore
import DudaoReport
import Foundation

extension DudaoCommand {
    /// `dudao replay ID`: is a stored evaluation reproducible?
    struct Replay: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-run a stored record under its edition and report every difference.",
            discussion: """
                Exit status 0 when identical, 1 when the replay differs (each difference is printed).

                Example:
                  dudao replay ev_01J…
                """
        )

        @Argument(help: "Record id (ev_…).")
        var id: String

        @OptionGroup var connection: DaemonOptions
        @OptionGroup var output: PrintOptions

        func run() async throws {
            let report: ReplayReport
            do {
                report = try await self.connection.withClient { try await $0.replay(id: self.id) }
            } catch {
                throw Printing.fail(error)
            }
            switch self.output.format {
            case .json:
                try Printing.json(report)
            case .table:
                let zh = self.output.language == .zh
                if report.identical {
                    print(zh ? "记录 \(report.recordID) 重算结果与存档完全一致（标准版本 \(report.edition)）。" : "Record \(report.recordID) replays identically (edition \(report.edition)).")
                } else {
                    print(zh ? "记录 \(report.recordID) 重算结果与存档不一致，共 \(report.differences.count) 处：" : "Record \(report.recordID) replays differently in \(report.differences.count) place(s):")
                    for difference in report.differences { print("  \(difference)") }
                }
            }
            if !report.identical { throw ExitCode(1) }
        }
    }
}
