import ArgumentParser
import DudaoClient
import DudaoCore
import DudaoReport

extension DudaoCommand {
    /// `dudao audit`: who called what, when, and how it ended.
    struct Audit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Query the daemon's audit trail, newest first.",
            discussion: """
                Examples:
                  dudao audit --from 2026-01-01 --caller county-330110
                  dudao audit --english --page-size 200
                """
        )

        @Option(name: .long, help: "Calls at or after this time: YYYY-MM-DD (Beijing time) or unix milliseconds.")
        var from: TimeArgument?

        @Option(name: .long, help: "Calls before this time: YYYY-MM-DD (Beijing time) or unix milliseconds.")
        var until: TimeArgument?

        @Option(name: .long, help: "Only calls from this client name.")
        var caller: String?

        @Option(name: .long, help: "Entries a page (1–1000, default 50).")
        var pageSize = RecordFilter.defaultPageSize

        @Option(name: .long, help: "The next-page token printed by the previous page.")
        var pageToken: String?

        @OptionGroup var connection: DaemonOptions
        @OptionGroup var output: TableOptions

        func run() async throws {
            do {
                let filter = AuditFilter(
                    from: self.from?.milliseconds, before: self.until?.milliseconds, clientName: self.caller,
                    pageSize: self.pageSize, pageToken: self.pageToken
                )
                let page = try await self.connection.withClient { try await $0.audit(matching: filter) }
                let l = self.output.language
                var table = TextTable(
                    headers: l == .zh
                        ? ["时间（北京时间）", "调用方", "方法", "对象", "状态", "耗时（毫秒）", "记录编号", "追踪编号"]
                        : ["Time (UTC+8)", "Caller", "Method", "Subject", "Status", "ms", "Record", "Trace"],
                    rightAligned: [5],
                    unbroken: [6, 7]
                )
                for entry in page.entries {
                    table.rows.append([
                        RecordCSV.beijingTime(entry.time), entry.caller.clientName, entry.method, entry.subjectCode ?? "",
                        entry.status.name, String(entry.durationMilliseconds), entry.recordID ?? "", entry.traceID ?? "",
                    ])
                }
                print(table.render(width: self.output.width))
                if let token = page.nextPageToken { print(l.pick("\n下一页：--page-token \(token)", "\nNext page: --page-token \(token)")) }
            } catch {
                throw Printing.fail(error)
            }
        }
    }
}
