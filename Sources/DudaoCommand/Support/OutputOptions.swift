import ArgumentParser
import DudaoReport

/// How results are printed.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output: table (readable) or json.")
    var format: OutputFormat = .table

    @Flag(name: .long, help: "Print tables in English instead of Chinese.")
    var english = false

    var language: Language { self.english ? .en : .zh }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
}
