import ArgumentParser
import DudaoReport

/// The language and width of a command that prints only tables (info, audit).
struct TableOptions: ParsableArguments {
    @Flag(name: .long, help: "Print in English instead of Chinese.")
    var english = false

    @Option(name: .customLong("width"), help: "Fit tables in this many columns (default: the terminal's width, 120 when not a terminal).")
    var columns: Int?

    var language: Language { self.english ? .en : .zh }

    /// Display columns the tables fit in.
    var width: Int { self.columns ?? TerminalWidth.current() }
}
