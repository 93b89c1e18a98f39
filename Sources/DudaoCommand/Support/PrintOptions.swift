import ArgumentParser
import DudaoReport

/// How a command that only prints shows its answer: a readable table or JSON.
struct PrintOptions: ParsableArguments {
    @Option(name: .long, help: "Output: table (readable) or json.")
    var format: PrintFormat = .table

    @Flag(name: .long, help: "Print tables in English instead of Chinese.")
    var english = false

    @Option(name: .customLong("width"), help: "Fit tables in this many columns (default: the terminal's width, 120 when not a terminal).")
    var columns: Int?

    var language: Language { self.english ? .en : .zh }

    /// Display columns the tables fit in.
    var width: Int { self.columns ?? TerminalWidth.current() }
}

enum PrintFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
}
