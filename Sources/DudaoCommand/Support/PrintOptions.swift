import ArgumentParser
import DudaoReport

/// How a command that only prints shows its answer: a readable table or JSON.
struct PrintOptions: ParsableArguments {
    @Option(name: .long, help: "Output: table (readable) or json.")
    var format: PrintFormat = .table

    @Flag(name: .long, help: "Print tables in English instead of Chinese.")
    var english = false

    var language: Language { self.english ? .en : .zh }
}

enum PrintFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
}
