import ArgumentParser
import DudaoClient
import DudaoCore
import DudaoPublish
import Foundation

extension DudaoCommand {
    /// `dudao report`: self-contained HTML reports to publish or print (inline CSS and SVG, no script).
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a report to publish or print: one evaluation, a province monitoring report, a 差异系数 view, a look-back or a 公示 table.",
            discussion: """
                Sources: input files evaluated now (with the daemon, or --local), or stored records (--record, --records). \
                Kinds and their sources:
                  evaluation FILE | --record ID        one evaluation
                  coefficient FILE | --record ID       each school against the standard, 差异系数 against the limit
                  province PATH | --records [filters]  ranking, distribution, areas, weakest indicators, target share
                  notice PATH | --records [filters]    a 公示 table
                  lookback BEFORE AFTER | --record ID [AFTER]   回头看: improved, declined, 整改 fixed?
                The report is one HTML file; print it to PDF from a browser for A4 pages.

                Examples:
                  dudao report evaluation --local Examples/compulsory-quality-balance/county.json -o report.html
                  dudao report province --records --assessment compulsory-quality-balance --period 2025 -o province.html
                """
        )

        enum Kind: String, ExpressibleByArgument, CaseIterable {
            case evaluation, coefficient, province, notice, lookback
        }

        @Argument(help: "evaluation, coefficient, province, notice or lookback.")
        var kind: Kind

        @Argument(help: "Input file(s) or folder; see the kinds above.")
        var sources: [String] = []

        @Option(name: .long, help: "A stored record's id (ev_…).")
        var record: String?

        @Flag(name: .long, help: "Use the stored records matching the filters, the newest per subject and period (province, notice).")
        var records = false

        @OptionGroup var filters: RecordFilterOptions

        @Option(name: .long, help: "The plan's target share of counties passing, e.g. 0.95 (province; where the assessment states none).")
        var target: Double?

        @Option(name: .long, help: "Who publishes the notice.")
        var issuer = "教育督导部门"

        @Option(name: .long, help: "The notice's date as printed (default today, Beijing time).")
        var date: String?

        @Option(name: [.customShort("o"), .customLong("output")], help: "Write the HTML here instead of to standard output.")
        var output: String?

        @OptionGroup var connection: ConnectionOptions

        func validate() throws {
            switch self.kind {
            case .evaluation, .coefficient:
                guard (self.sources.count == 1) != (self.record != nil) else { throw ValidationError("\(self.kind.rawValue) takes one input file or --record ID") }
            case .province, .notice:
                guard (self.sources.count == 1) != self.records else { throw ValidationError("\(self.kind.rawValue) takes one input file or folder, or --records") }
            case .lookback:
                guard (self.record == nil && self.sources.count == 2) || (self.record != nil && self.sources.count <= 1) else {
                    throw ValidationError("lookback takes two input files (before, after) or --record ID and optionally the new input file")
                }
            }
            if self.target.map({ !(0...1).contains($0) }) ?? false { throw ValidationError("--target must be a share between 0 and 1, e.g. 0.95") }
        }

        func run() async throws {
            do {
                let html = try await self.render()
                try OutputOptions.write(Data(html.utf8), to: self.output)
            } catch let error as ValidationError {
                throw error
            } catch {
                throw Printing.fail(error)
            }
        }

        func render() async throws -> String {
            let generator = DudaoVersion.generator
            switch self.kind {
            case .evaluation:
                let (result, id) = try await self.single()
                return EvaluationReport(result: result, recordID: id, areas: try await self.areas(result.assessment), generator: generator).render()
            case .coefficient:
                let (result, _) = try await self.single()
                let report = CoefficientReport(result: result, generator: generator)
                guard report.isApplicable else {
                    throw DudaoError(.failedPrecondition, "\(result.assessment) computes no 差异系数 and no per-school values; the coefficient view does not apply")
                }
                return report.render()
            case .province:
                let (entries, summaries) = try await self.many()
                let areas = entries.isEmpty ? [] : try await self.areas(entries[0].result.assessment)
                return ProvinceReport(results: entries.map { $0.result }, summaries: summaries, target: self.target, areas: areas, generator: generator).render()
            case .notice:
                let (entries, _) = try await self.many()
                let today = String(RecordCSV.beijingTime(RecordID.now()).prefix(10))
                return NoticeReport(entries: entries, issuer: self.issuer, date: self.date ?? today, generator: generator).render()
            case .lookback:
                if let id = self.record {
                    let newInput = try self.sources.first.map(Self.one)
                    let outcome = try await self.connection.withClient { try await $0.lookBack(id: id, newInput: newInput, store: false) }
                    return LookBackReport(comparison: outcome.comparison, before: outcome.earlier.result, after: outcome.result, generator: generator).render()
                }
                let inputs = try self.sources.map(Self.one)
                let results = try await self.connection.withBackend { backend in
                    [try await backend.evaluate(inputs[0]).result, try await backend.evaluate(inputs[1]).result]
                }
                let comparison = ResultComparison(before: results[0], after: results[1])
                return LookBackReport(comparison: comparison, before: results[0], after: results[1], generator: generator).render()
            }
        }

        /// The assessment's areas (indicator groups), to name them in the report.
        func areas(_ assessment: String) async throws -> [IndicatorGroup] {
            try await self.connection.withBackend { try await $0.describe(id: assessment).groups }
        }

        static func one(_ path: String) throws -> AssessmentInput {
            let inputs = try InputFiles.load(path)
            guard inputs.count == 1 else { throw ValidationError("\(path) holds \(inputs.count) subjects; this report takes one") }
            return inputs[0]
        }

        /// One result: a file evaluated now, or a stored record.
        func single() async throws -> (AssessmentResult, String?) {
            if let id = self.record {
                let record = try await self.connection.withClient { try await $0.record(id: id) }
                return (record.result, record.id)
            }
            let input = try Self.one(self.sources[0])
            let evaluated = try await self.connection.withBackend { try await $0.evaluate(input) }
            return (evaluated.result, evaluated.recordID)
        }

        /// Many results: a batch evaluated now (with its batch views), or stored records.
        func many() async throws -> ([(result: AssessmentResult, recordID: String?)], [BatchSummary]) {
            if self.records {
                let stored = try await self.connection.withClient { client in
                    try await DudaoCommand.Records.Export.fetchAll(client, filter: self.filters.filter, limit: 100_000)
                }
                guard !stored.isEmpty else { throw DudaoError(.notFound, "no stored record matches the filters") }
                // Records come newest first; a subject evaluated again for the same period counts once, by its newest record.
                var seen: Set<String> = []
                let newest = stored.filter { seen.insert("\($0.assessment)|\($0.subject.code)|\($0.period)").inserted }
                return (newest.map { (result: $0.result, recordID: Optional($0.id)) }, [])
            }
            let inputs = try InputFiles.load(self.sources[0])
            guard !inputs.isEmpty else { throw DudaoError(.invalidArgument, "\(self.sources[0]) holds no inputs") }
            let backend = try await self.connection.backend()
            var entries: [(index: Int, result: AssessmentResult, recordID: String?)] = []
            var summaries: [BatchSummary] = []
            do {
                for try await event in backend.evaluateBatch(inputs) {
                    switch event {
                    case .item(let index, .success(let result), let recordID): entries.append((index, result, recordID))
                    case .item(let index, .failure(let error), _):
                        Printing.stderr("skipped \(inputs[index].subject.code) \(inputs[index].subject.name): \(error.code.name): \(error.message)\n")
                    case .summary(let summary): summaries.append(summary)
                    }
                }
                await backend.close()
            } catch {
                await backend.close()
                throw error
            }
            return (entries.sorted { $0.index < $1.index }.map { (result: $0.result, recordID: $0.recordID) }, summaries)
        }
    }
}
