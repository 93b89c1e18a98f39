import ArgumentParser
import DudaoClient
import DudaoCore
import DudaoPublish
import DudaoReport
import DudaoWire
import Foundation

extension DudaoCommand {
    /// `dudao records list|get|export`: the evaluations the daemon has stored.
    struct Records: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List, show and export the evaluation records the daemon keeps.",
            discussion: """
                Examples:
                  dudao records list --assessment compulsory-quality-balance --period 2025
                  dudao records get ev_01J…
                  dudao records export --period 2025 --format xlsx -o 2025.xlsx
                """,
            subcommands: [ListRecords.self, Get.self, Export.self]
        )
    }
}

/// The filters `records list` and `records export` share.
struct RecordFilterOptions: ParsableArguments {
    @Option(name: .long, help: "Region code prefix, e.g. 3301 for Hangzhou and its counties.")
    var region: String?

    @Option(name: .long, help: "Assessment id.", completion: .assessmentIDs)
    var assessment: String?

    @Option(name: .long, help: "Period: a school year 2024-2025, a calendar year 2024, or a date.")
    var period: String?

    @Option(name: .long, help: "Verdict: pass, fail or not_assessable.")
    var verdict: String?

    @Option(name: .long, help: "Records made at or after this time: YYYY-MM-DD (Beijing time) or unix milliseconds.")
    var from: TimeArgument?

    @Option(name: .long, help: "Records made before this time: YYYY-MM-DD (Beijing time) or unix milliseconds.")
    var until: TimeArgument?

    func validate() throws {
        if let period, Period(period) == nil { throw ValidationError("--period \(period) is not a period (2024-2025, 2024 or 2024-09-01)") }
        if let verdict, Verdict(rawValue: verdict) == nil { throw ValidationError("--verdict must be pass, fail or not_assessable") }
    }

    var filter: RecordFilter {
        RecordFilter(
            regionPrefix: self.region,
            assessment: self.assessment,
            period: self.period.flatMap(Period.init),
            verdict: self.verdict.flatMap(Verdict.init(rawValue:)),
            createdFrom: self.from?.milliseconds,
            createdBefore: self.until?.milliseconds
        )
    }
}

extension DudaoCommand.Records {
    struct ListRecords: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List records, newest first, one page at a time.",
            discussion: """
                Example:
                  dudao records list --assessment compulsory-quality-balance --page-size 20
                """
        )

        @OptionGroup var filters: RecordFilterOptions

        @Option(name: .long, help: "Records a page (1–1000, default 50).")
        var pageSize = RecordFilter.defaultPageSize

        @Option(name: .long, help: "The next-page token printed by the previous page.")
        var pageToken: String?

        @OptionGroup var connection: DaemonOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            do {
                var filter = self.filters.filter
                filter.pageSize = self.pageSize
                filter.pageToken = self.pageToken
                let page = try await self.connection.withClient { try await $0.records(matching: filter) }
                let workbook = Workbook.records(page.records.map(\.row), language: self.output.language)
                if try self.output.publish(workbook, html: { TableReport(title: "评估记录", workbook: workbook, generator: DudaoVersion.generator).render() }) {
                    if let token = page.nextPageToken { Printing.stderr("next page: --page-token \(token)\n") }
                    return
                }
                switch self.output.format {
                case .json, .csv, .xlsx, .html:
                    try Printing.json(ListedPage(page))
                case .table:
                    print(RecordReport(language: self.output.language, width: self.output.width).list(page.records.map(\.row)))
                    if let token = page.nextPageToken {
                        print(self.output.language == .zh ? "\n下一页：--page-token \(token)" : "\nNext page: --page-token \(token)")
                    }
                }
            } catch {
                throw Printing.fail(error)
            }
        }
    }

    struct Get: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one record: who asked, when, the input digest and the full result.",
            discussion: """
                Example:
                  dudao records get ev_01J… --english
                """
        )

        @Argument(help: "Record id (ev_…).")
        var id: String

        @OptionGroup var connection: DaemonOptions
        @OptionGroup var output: PrintOptions

        func run() async throws {
            do {
                let record = try await self.connection.withClient { try await $0.record(id: self.id) }
                switch self.output.format {
                case .json: try Printing.json(record)
                case .table: print(RecordReport(language: self.output.language, width: self.output.width).render(record))
                }
            } catch {
                throw Printing.fail(error)
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export every matching record as a table for publication (公示): CSV, XLSX or HTML.",
            discussion: """
                All pages are fetched. Times are Beijing time. CSV starts with a UTF-8 byte order mark for Excel unless --no-bom.

                Example:
                  dudao records export --assessment compulsory-quality-balance --format xlsx -o 公示.xlsx
                """
        )

        @OptionGroup var filters: RecordFilterOptions

        @Option(name: .long, help: "csv (default), xlsx or html (a 公示 page).")
        var format: ExportFormat = .csv

        @Option(name: [.customShort("o"), .customLong("output")], help: "Write to this file instead of standard output.")
        var output: String?

        @Flag(name: .long, help: "English header and names instead of Chinese.")
        var english = false

        @Flag(name: .customLong("no-bom"), help: "Leave off the UTF-8 byte order mark.")
        var noBOM = false

        @Flag(name: .long, help: .hidden)
        var bom = false

        @Option(name: .long, help: "Who publishes the notice, for --format html.")
        var issuer = "教育督导部门"

        @Option(name: .long, help: "Refuse to export more than this many records (default 100000).")
        var limit = 100_000

        @OptionGroup var connection: DaemonOptions

        enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
            case csv, xlsx, html
        }

        func run() async throws {
            do {
                let records = try await self.connection.withClient { client in
                    try await Self.fetchAll(client, filter: self.filters.filter, limit: self.limit)
                }
                let workbook = Workbook.publication(records, language: self.english ? .en : .zh)
                let data: Data
                switch self.format {
                case .csv: data = Data(CSVFile.render(workbook.sheets[0], byteOrderMark: !self.noBOM).utf8)
                case .xlsx: data = try XLSXWriter.data(workbook)
                case .html:
                    let entries = records.map { (result: $0.result, recordID: Optional($0.id)) }
                    data = Data(NoticeReport(entries: entries, issuer: self.issuer, date: RecordCSV.beijingTime(RecordID.now()).prefix(10).description, generator: DudaoVersion.generator).render().utf8)
                }
                try OutputOptions.write(data, to: self.output)
                if self.output != nil { Printing.stderr("\(records.count) record(s) exported\n") }
            } catch {
                throw Printing.fail(error)
            }
        }

        /// Every record matching the filter, all pages, with full results (the listing carries
        /// summaries; the table needs each result's unmet items).
        static func fetchAll(_ client: DudaoClient, filter: RecordFilter, limit: Int) async throws -> [EvaluationRecord] {
            var filter = filter
            filter.pageSize = RecordFilter.maximumPageSize
            var ids: [String] = []
            repeat {
                let page = try await client.records(matching: filter)
                ids += page.records.map(\.id)
                guard ids.count <= limit else {
                    throw DudaoError(.resourceExhausted, "more than \(limit) records match; narrow the filter or raise --limit")
                }
                filter.pageToken = page.nextPageToken
            } while filter.pageToken != nil
            var records: [EvaluationRecord] = []
            for id in ids { records.append(try await client.record(id: id)) }
            return records
        }
    }
}

extension RecordSummary {
    var row: RecordReport.Row {
        RecordReport.Row(
            id: self.id, assessment: self.assessment, subject: self.subject, period: self.period, verdict: self.verdict,
            caller: self.caller, createdAt: self.createdAt, previousRecordID: self.previousRecordID
        )
    }
}

/// A page of summaries as JSON.
struct ListedPage: Encodable {
    struct Item: Encodable {
        var id: String
        var assessment: String
        var edition: String
        var subject: Subject
        var period: Period
        var verdict: Verdict
        var inputDigest: String
        var caller: String
        var createdAt: Int64
        var previousRecordID: String?
    }

    var records: [Item]
    var nextPageToken: String?

    init(_ page: RecordSummaryPage) {
        self.records = page.records.map {
            Item(
                id: $0.id, assessment: $0.assessment, edition: $0.edition, subject: $0.subject, period: $0.period, verdict: $0.verdict,
                inputDigest: $0.inputDigest, caller: $0.caller, createdAt: $0.createdAt, previousRecordID: $0.previousRecordID
            )
        }
        self.nextPageToken = page.nextPageToken
    }
}
