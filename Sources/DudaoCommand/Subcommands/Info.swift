import ArgumentParser
import DudaoClient
import DudaoReport
import DudaoWire
import Foundation

extension DudaoCommand {
    struct Info: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the daemon's version, limits and the assessments and editions it has loaded.",
            discussion: """
                Example:
                  dudao info --english
                """
        )

        @OptionGroup var connection: DaemonOptions
        @OptionGroup var output: TableOptions

        func run() async throws {
            do {
                let info = try await self.connection.withClient { try await $0.info() }
                let l = self.output.language
                let limits = info.limits
                print(
                    l.pick(
                        "\(info.serverName) \(info.serverVersion)（协议 v\(info.protocolVersion)），启动于 \(info.startedAt)",
                        "\(info.serverName) \(info.serverVersion) (protocol v\(info.protocolVersion)), started \(info.startedAt)"
                    )
                )
                print(l.pick("评估记录：\(info.recordsEnabled ? "保存" : "不保存")", "records: \(info.recordsEnabled ? "kept" : "not kept")"))
                print(
                    l.pick(
                        "限额：每帧 \(limits.maxFrameBytes) 字节，同时 \(limits.maxCallsInFlight) 个调用，空闲 \(limits.idleTimeout) 后断开，每批 \(limits.maxBatchInputs) 个输入",
                        "limits: frame \(limits.maxFrameBytes) bytes, \(limits.maxCallsInFlight) calls in flight, idle \(limits.idleTimeout), batch \(limits.maxBatchInputs) inputs"
                    )
                )
                var table = TextTable(headers: l == .zh ? ["评估项目", "版本", "标准版本", "今日施行"] : ["Assessment", "Version", "Editions", "In force today"], unbroken: [0])
                for assessment in info.assessments {
                    table.rows.append([assessment.id, assessment.version, assessment.editions.joined(separator: ", "), assessment.currentEdition ?? "—"])
                }
                print(table.render(width: self.output.width))
            } catch {
                throw Printing.fail(error)
            }
        }
    }
}
