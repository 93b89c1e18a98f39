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

        func run() async throws {
            do {
                let info = try await self.connection.withClient { try await $0.info() }
                print("\(info.serverName) \(info.serverVersion) (protocol v\(info.protocolVersion)), started \(info.startedAt)")
                print("records: \(info.recordsEnabled ? "kept" : "not kept")")
                let limits = info.limits
                print("limits: frame \(limits.maxFrameBytes) bytes, \(limits.maxCallsInFlight) calls in flight, idle \(limits.idleTimeout), batch \(limits.maxBatchInputs) inputs")
                var table = TextTable(headers: ["assessment", "version", "editions", "in force today"])
                for assessment in info.assessments {
                    table.rows.append([assessment.id, assessment.version, assessment.editions.joined(separator: ", "), assessment.currentEdition ?? "—"])
                }
                print(table.render())
            } catch {
                throw Printing.fail(error)
            }
        }
    }
}
