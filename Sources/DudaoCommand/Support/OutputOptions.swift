import ArgumentParser
import DudaoPublish
import DudaoReport
import Foundation

/// How results are printed or written: a readable table or JSON on standard output, or a file
/// to publish or open in Excel (CSV, XLSX, HTML).
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output: table (readable), json, csv, xlsx or html.")
    var format: OutputFormat = .table

    @Option(name: [.customShort("o"), .customLong("output")], help: "Write the csv, xlsx or html file here instead of to standard output.")
    var file: String?

    @Flag(name: .long, help: "Print tables, and write CSV/XLSX headers, in English instead of Chinese.")
    var english = false

    @Flag(name: .customLong("no-bom"), help: "Leave the UTF-8 byte order mark off CSV output (Excel needs it to show Chinese).")
    var noBOM = false

    @Option(name: .customLong("width"), help: "Fit tables in this many columns (default: the terminal's width, 120 when not a terminal).")
    var columns: Int?

    var language: Language { self.english ? .en : .zh }

    /// Display columns the tables fit in.
    var width: Int { self.columns ?? TerminalWidth.current() }

    /// Writes the file formats and returns `true`; returns `false` for table and JSON, which the
    /// caller prints itself.
    ///
    /// - Parameters:
    ///   - workbook: The tables of the output (CSV takes its main sheet).
    ///   - html: The page to publish.
    func publish(_ workbook: @autoclosure () -> Workbook, html: () -> String) throws -> Bool {
        let data: Data
        switch self.format {
        case .table, .json: return false
        case .csv:
            let book = workbook()
            data = Data(CSVFile.render(book.sheets[book.csvSheet], byteOrderMark: !self.noBOM).utf8)
        case .xlsx: data = try XLSXWriter.data(workbook())
        case .html: data = Data(html().utf8)
        }
        try Self.write(data, to: self.file)
        return true
    }

    /// Writes to the file (atomically) or to standard output.
    static func write(_ data: Data, to path: String?) throws {
        if let path {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
            Printing.stderr("written: \(path)\n")
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
    case csv
    case xlsx
    case html

    /// Whether this is a file for people (a sheet or a page) that ``OutputOptions/publish(_:html:)``
    /// writes, rather than text the command prints itself.
    var isPublished: Bool { self != .table && self != .json }
}
