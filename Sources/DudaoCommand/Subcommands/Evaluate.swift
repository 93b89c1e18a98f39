import ArgumentParser
import DudaoCore
import DudaoPublish
import DudaoReport

extension DudaoCommand {
    struct Evaluate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Evaluate one subject from a JSON, CSV or XLSX input file.",
            discussion: """
                The exit status is 0 whatever the verdict; the verdict is in the output.

                Examples:
                  dudao evaluate --local Examples/compulsory-quality-balance/county.json
                  dudao evaluate --local Examples/compulsory-quality-balance/county.csv --english
                  dudao evaluate county.xlsx --format html -o report.html
                """
        )

        @Argument(help: "Input file: JSON (one subject), CSV (one row a school, with # directives) or a filled-in XLSX template (dudao template).")
        var file: String

        @Option(name: .long, help: "Use this edition of the standard instead of the one in force for the period.")
        var edition: String?

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            do {
                let inputs = try InputFiles.load(self.file)
                guard inputs.count == 1, var input = inputs.first else {
                    throw ValidationError("\(self.file) holds \(inputs.count) subjects; use `dudao batch` for several")
                }
                if let edition = self.edition { input.edition = edition }
                let (evaluated, areas) = try await self.connection.withBackend { [input, format = self.output.format] backend in
                    let evaluated = try await backend.evaluate(input)
                    let areas = format == .html ? try await backend.describe(id: input.assessment).groups : []
                    return (evaluated, areas)
                }
                let published = try self.output.publish(
                    .result(evaluated.result, recordID: evaluated.recordID, language: self.output.language),
                    html: { EvaluationReport(result: evaluated.result, recordID: evaluated.recordID, areas: areas, generator: DudaoVersion.generator).render() }
                )
                if published { return }
                switch self.output.format {
                case .json, .csv, .xlsx, .html: try Printing.json(evaluated.result)
                case .table:
                    print(ResultReport(language: self.output.language, width: self.output.width).render(evaluated.result))
                    if let id = evaluated.recordID {
                        print(self.output.language == .zh ? "记录编号：\(id)" : "Record: \(id)")
                    }
                }
            } catch let error as ValidationError {
                throw error
            } catch {
                throw Printing.fail(error)
            }
        }
    }
}
