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
                  dudao evaluate --local Examples/zj-modern-school/schools.json --subject 3399060001
                  dudao evaluate county.xlsx --format html -o report.html
                  dudao evaluate --local Examples/zj-modernization-county-recognition/county.json --param pass_line=800
                """
        )

        @Argument(help: "Input file: JSON (one subject), CSV (one row a school, with # directives) or a filled-in XLSX template (dudao template).")
        var file: String

        @Option(name: .long, help: "In a file holding several subjects (a multi-county JSON array), evaluate the one with this code.")
        var subject: String?

        @Option(name: .long, help: "Use this edition of the standard instead of the one in force for the period.")
        var edition: String?

        @Option(name: .customLong("param"), help: "Set a parameter of the edition for this evaluation, KEY=VALUE (repeatable); a parameter the standard leaves without a default is set this way.")
        var parameters: [ParameterArgument] = []

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            do {
                var input = try self.chosenInput(InputFiles.load(self.file))
                if let edition = self.edition { input.edition = edition }
                ParameterArgument.apply(self.parameters, to: &input)
                let (evaluated, descriptor) = try await self.connection.withBackend { [input] backend in
                    let evaluated = try await backend.evaluate(input)
                    return (evaluated, try await backend.describe(id: input.assessment))
                }
                let areas = descriptor.groups
                let published = try self.output.publish(
                    .result(evaluated.result, recordID: evaluated.recordID, language: self.output.language, areas: areas),
                    html: { EvaluationReport(result: evaluated.result, recordID: evaluated.recordID, areas: areas, generator: DudaoVersion.generator).render() }
                )
                if published { return }
                switch self.output.format {
                case .json, .csv, .xlsx, .html: try Printing.json(evaluated.result)
                case .table:
                    print(ResultReport(language: self.output.language, width: self.output.width, schema: descriptor.schema, indicators: descriptor.indicators).render(evaluated.result))
                    if let id = evaluated.recordID {
                        print(self.output.language == .zh ? "记录编号：\(id)" : "Record: \(id)")
                    }
                }
            } catch var error as DudaoError where error.code == .invalidArgument && !error.message.hasPrefix(self.file) {
                // The rules an evaluation refuses are about this file: say which.
                error.message = "\(self.file): \(error.message)"
                throw Printing.fail(error, language: self.output.language)
            } catch {
                throw Printing.fail(error, language: self.output.language)
            }
        }

        /// The one input to evaluate: the file's only subject, or the one `--subject` names.
        func chosenInput(_ inputs: [AssessmentInput]) throws -> AssessmentInput {
            if let code = self.subject {
                guard let input = inputs.first(where: { $0.subject.code == code }) else {
                    let codes = inputs.prefix(12).map(\.subject.code).joined(separator: ", ") + (inputs.count > 12 ? ", …" : "")
                    throw DudaoError(
                        .invalidArgument,
                        "\(self.file) holds no subject with code \(code) (it holds \(codes))\n\(self.file) 中没有代码为 \(code) 的评估对象（有：\(codes)）"
                    )
                }
                return input
            }
            guard inputs.count == 1, let input = inputs.first else {
                let codes = inputs.prefix(3).map(\.subject.code).joined(separator: ", ")
                throw DudaoError(
                    .invalidArgument,
                    "\(self.file) holds \(inputs.count) subjects; choose one with --subject (e.g. --subject \(inputs.first?.subject.code ?? "")) or use `dudao batch` for all of them (codes: \(codes)…)\n"
                        + "\(self.file) 含 \(inputs.count) 个评估对象：用 --subject 选一个（如 --subject \(inputs.first?.subject.code ?? "")），或用 `dudao batch` 全部评估"
                )
            }
            return input
        }
    }
}
