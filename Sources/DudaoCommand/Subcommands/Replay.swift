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
                Exit status 0 when identical, 1 when the replay differs (each difference is printed,
                those in figures, outcomes or the verdict first, then those only in wording or the
                module version).

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
                let figures = report.differences.filter { $0.kind == .figure }
                let wording = report.differences.filter { $0.kind != .figure }
                if report.identical {
                    print(zh ? "记录 \(report.recordID) 重算结果与存档完全一致（标准版本 \(report.edition)）。" : "Record \(report.recordID) replays identically (edition \(report.edition)).")
                } else if report.figuresIdentical {
                    print(
                        zh
                            ? "记录 \(report.recordID) 重算的数值、结果与结论与存档一致（标准版本 \(report.edition)）；仅文字或计算版本不同，共 \(wording.count) 处："
                            : "Record \(report.recordID) replays with the same figures, outcomes and verdict (edition \(report.edition)); only wording or the module version differ, in \(wording.count) place(s):"
                    )
                } else {
                    print(
                        zh
                            ? "记录 \(report.recordID) 重算结果与存档不一致：数值或结论 \(figures.count) 处，文字或版本 \(wording.count) 处："
                            : "Record \(report.recordID) replays differently: \(figures.count) figure(s) or verdict, \(wording.count) wording or version difference(s):"
                    )
                }
                for difference in figures + wording { print("  \(difference)") }
            }
            if !report.identical { throw ExitCode(1) }
        }
    }
}
