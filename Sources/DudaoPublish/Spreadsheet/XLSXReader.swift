import DudaoCore
public import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the worksheets of an .xlsx file as rows of cell text: ZIPFoundation opens the
/// container, Foundation's `XMLParser` reads the workbook, the shared strings and each sheet.
///
/// Shared strings (what Excel writes), inline strings (what generators write), numbers,
/// booleans and formula results are all read; a number comes back in its shortest exact text
/// (`2018`, `0.955`), so callers type it by the field it fills.
public enum XLSXReader {
    /// One worksheet as read: its tab name and its rows, each cell's text or `nil` when blank.
    public struct Worksheet: Sendable, Hashable {
        public var name: String
        public var rows: [[String?]]
    }

    public static func read(_ data: Data) throws -> [Worksheet] {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw DudaoError(.invalidArgument, "not an .xlsx workbook (the file is not a zip container)")
        }
        func part(_ path: String) throws -> Data? {
            guard let entry = archive[path] else { return nil }
            var bytes = Data()
            _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            return bytes
        }
        guard let workbook = try part("xl/workbook.xml") else {
            throw DudaoError(.invalidArgument, "not an .xlsx workbook (xl/workbook.xml is missing)")
        }
        let sheets = try ElementCollector.collect(workbook, names: ["sheet"])
        let relationships = try part("xl/_rels/workbook.xml.rels").map { try ElementCollector.collect($0, names: ["Relationship"]) } ?? []
        let targets = Dictionary(relationships.map { ($0.attributes["Id"] ?? "", $0.attributes["Target"] ?? "") }, uniquingKeysWith: { first, _ in first })
        let shared = try part("xl/sharedStrings.xml").map(SharedStringsReader.read) ?? []
        return try sheets.enumerated().map { index, sheet in
            let name = sheet.attributes["name"] ?? "Sheet\(index + 1)"
            let id = sheet.attributes["r:id"] ?? sheet.attributes.first { $0.key.hasSuffix(":id") }?.value ?? ""
            var target = targets[id] ?? "worksheets/sheet\(index + 1).xml"
            target = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let sheetData = try part(target) else {
                throw DudaoError(.invalidArgument, "the workbook names sheet \(name) but its part \(target) is missing")
            }
            return Worksheet(name: name, rows: try SheetReader.read(sheetData, sharedStrings: shared))
        }
    }
}

/// Collects the attributes of named elements (the sheet list, the relationships).
final class ElementCollector: NSObject, XMLParserDelegate {
    struct Element { var attributes: [String: String] }
    let names: Set<String>
    var found: [Element] = []

    init(names: Set<String>) { self.names = names }

    static func collect(_ data: Data, names: Set<String>) throws -> [Element] {
        let collector = ElementCollector(names: names)
        try XMLParsing.run(data, delegate: collector)
        return collector.found
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if self.names.contains(Self.localName(elementName)) { self.found.append(Element(attributes: attributes)) }
    }

    static func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }
}

/// Reads `xl/sharedStrings.xml`: each `<si>` is the concatenation of its `<t>` runs.
final class SharedStringsReader: NSObject, XMLParserDelegate {
    var strings: [String] = []
    var current = ""
    var inText = false
    var inPhonetic = false

    static func read(_ data: Data) throws -> [String] {
        let reader = SharedStringsReader()
        try XMLParsing.run(data, delegate: reader)
        return reader.strings
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch ElementCollector.localName(elementName) {
        case "si": self.current = ""
        case "t": self.inText = true
        case "rPh": self.inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch ElementCollector.localName(elementName) {
        case "si": self.strings.append(self.current)
        case "t": self.inText = false
        case "rPh": self.inPhonetic = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if self.inText, !self.inPhonetic { self.current += string }
    }
}

/// Reads one worksheet's `<sheetData>` into rows of cell text placed by their `r` references.
final class SheetReader: NSObject, XMLParserDelegate {
    let sharedStrings: [String]
    var rows: [Int: [Int: String]] = [:]
    var rowNumber = 0
    var column = 0
    var type = ""
    var text = ""
    var capturing = false
    var inInline = false
    var failure: DudaoError?

    init(sharedStrings: [String]) { self.sharedStrings = sharedStrings }

    static func read(_ data: Data, sharedStrings: [String]) throws -> [[String?]] {
        let reader = SheetReader(sharedStrings: sharedStrings)
        try XMLParsing.run(data, delegate: reader)
        if let failure = reader.failure { throw failure }
        let last = reader.rows.keys.max() ?? 0
        return (1...max(1, last)).map { number in
            guard let cells = reader.rows[number], let width = cells.keys.max() else { return [] }
            return (0...width).map { cells[$0] }
        }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch ElementCollector.localName(elementName) {
        case "row":
            self.rowNumber = attributes["r"].flatMap(Int.init) ?? self.rowNumber + 1
            self.column = 0
        case "c":
            if let reference = attributes["r"], let column = Self.column(of: reference) { self.column = column }
            self.type = attributes["t"] ?? "n"
            self.text = ""
        case "v": self.capturing = true
        case "is": self.inInline = true
        case "t": if self.inInline { self.capturing = true }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch ElementCollector.localName(elementName) {
        case "v", "t": self.capturing = false
        case "is": self.inInline = false
        case "c":
            if let value = self.value(), !value.isEmpty { self.rows[self.rowNumber, default: [:]][self.column] = value }
            self.column += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if self.capturing { self.text += string }
    }

    func value() -> String? {
        switch self.type {
        case "s":
            guard let index = Int(self.text), self.sharedStrings.indices.contains(index) else {
                self.failure = DudaoError(.invalidArgument, "cell \(XLSXWriter.reference(column: self.column, row: self.rowNumber)) points to a shared string that does not exist")
                return nil
            }
            return self.sharedStrings[index]
        case "b": return self.text == "1" ? "true" : "false"
        case "n":
            guard let number = Double(self.text) else { return self.text }
            return Self.shortest(number)
        default: return self.text
        }
    }

    /// A stored number in its shortest text, whole numbers without a decimal point.
    static func shortest(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 9.0e15 { return String(Int64(number)) }
        return number.description
    }

    /// The zero-based column of an `A1`-style reference.
    static func column(of reference: String) -> Int? {
        var number = 0
        for scalar in reference.unicodeScalars {
            guard (65...90).contains(scalar.value) else { break }
            number = number * 26 + Int(scalar.value - 64)
        }
        return number > 0 ? number - 1 : nil
    }
}

/// Runs `XMLParser`, turning its failure into a ``DudaoError`` that names the line.
enum XMLParsing {
    static func run(_ data: Data, delegate: any XMLParserDelegate) throws {
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        parser.shouldProcessNamespaces = false
        guard parser.parse() else {
            throw DudaoError(.invalidArgument, "the workbook holds malformed XML (line \(parser.lineNumber))")
        }
    }
}
