public import Foundation
import ZIPFoundation

/// Writes a ``Workbook`` as an Office Open XML spreadsheet (.xlsx): the zip container from
/// ZIPFoundation, the XML parts written here. Numbers are stored as numbers with a number format
/// that shows them in their ``NumberStyle``; the header row is bold and frozen.
public enum XLSXWriter {
    public static func data(_ workbook: Workbook) throws -> Data {
        let styles = StyleTable(workbook)
        let archive = try Archive(data: Data(), accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        try add("[Content_Types].xml", self.contentTypes(sheetCount: workbook.sheets.count))
        try add("_rels/.rels", self.rootRelationships)
        try add("xl/workbook.xml", self.workbookPart(workbook))
        try add("xl/_rels/workbook.xml.rels", self.workbookRelationships(sheetCount: workbook.sheets.count))
        try add("xl/styles.xml", styles.part)
        for (index, sheet) in workbook.sheets.enumerated() {
            try add("xl/worksheets/sheet\(index + 1).xml", self.worksheet(sheet, styles: styles))
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func contentTypes(sheetCount: Int) -> String {
        let sheets = (1...max(1, sheetCount)).map {
            #"<Override PartName="/xl/worksheets/sheet\#($0).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        return self.header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
            + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
            + sheets.joined() + "</Types>"
    }

    static let rootRelationships = header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    static func workbookPart(_ workbook: Workbook) -> String {
        var used: Set<String> = []
        let sheets = workbook.sheets.enumerated().map { index, sheet in
            #"<sheet name="\#(XMLText.escape(self.tabName(sheet.name, index: index, used: &used)))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        return self.header + #"<workbook xmlns="\#(self.mainNamespace)" xmlns:r="\#(self.relationshipNamespace)"><sheets>"#
            + sheets.joined() + "</sheets></workbook>"
    }

    /// Excel's rules for tab names: 1–31 characters, none of `[]:*?/\`, unique.
    static func tabName(_ name: String, index: Int, used: inout Set<String>) -> String {
        var cleaned = String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
        if cleaned.isEmpty || used.contains(cleaned) { cleaned = String(cleaned.prefix(26)) + " (\(index + 1))" }
        used.insert(cleaned)
        return cleaned
    }

    static func workbookRelationships(sheetCount: Int) -> String {
        let sheets = (0..<sheetCount).map {
            #"<Relationship Id="rId\#($0 + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"#
        }
        let styles = #"<Relationship Id="rId\#(sheetCount + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        return self.header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + sheets.joined() + styles + "</Relationships>"
    }

    static func worksheet(_ sheet: Sheet, styles: StyleTable) -> String {
        var rows: [String] = []
        let headerCells = sheet.headers.enumerated().map { column, text in
            self.inlineString(text, reference: self.reference(column: column, row: 1), style: StyleTable.headerStyle)
        }
        rows.append(#"<row r="1">"# + headerCells.joined() + "</row>")
        for (offset, cells) in sheet.rows.enumerated() {
            let row = offset + 2
            let xml = cells.enumerated().compactMap { column, cell -> String? in
                let reference = self.reference(column: column, row: row)
                switch cell {
                case .empty: return nil
                case .text(let text): return self.inlineString(text, reference: reference, style: 0)
                case .number(let value, let style):
                    guard value.isFinite else { return nil }
                    return #"<c r="\#(reference)" s="\#(styles.index(of: style))"><v>\#(value.description)</v></c>"#
                }
            }
            rows.append(#"<row r="\#(row)">"# + xml.joined() + "</row>")
        }
        let widths = sheet.headers.indices.map { column in
            let texts = [sheet.headers[column]] + sheet.rows.compactMap { column < $0.count ? $0[column].display : nil }
            let longest: Int = texts.map(Self.displayWidth).max() ?? 8
            return #"<col min="\#(column + 1)" max="\#(column + 1)" width="\#(min(60, max(8, longest + 2)))" customWidth="1"/>"#
        }
        let pane = #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
        return self.header + #"<worksheet xmlns="\#(self.mainNamespace)">"# + pane
            + (widths.isEmpty ? "" : "<cols>" + widths.joined() + "</cols>")
            + "<sheetData>" + rows.joined() + "</sheetData></worksheet>"
    }

    /// Columns a text takes in a spreadsheet: CJK characters count double.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value > 0x2E80 ? 2 : 1) }
    }

    static func inlineString(_ text: String, reference: String, style: Int) -> String {
        #"<c r="\#(reference)" t="inlineStr"\#(style == 0 ? "" : #" s="\#(style)""#)><is><t xml:space="preserve">\#(XMLText.escape(text))</t></is></c>"#
    }

    /// `A1`-style reference of a zero-based column and a one-based row.
    static func reference(column: Int, row: Int) -> String {
        self.columnName(column) + String(row)
    }

    static func columnName(_ column: Int) -> String {
        var name = ""
        var number = column + 1
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }
}

/// The workbook's cell formats: 0 plain, 1 the bold header, then one per number format used.
struct StyleTable {
    static let headerStyle = 1
    /// Custom number formats start at id 164 in OOXML; lower ids are built in.
    private var formats: [String] = []

    init(_ workbook: Workbook) {
        for sheet in workbook.sheets {
            for row in sheet.rows {
                for case .number(_, let style) in row where !self.formats.contains(style.excelFormat) {
                    self.formats.append(style.excelFormat)
                }
            }
        }
    }

    func index(of style: NumberStyle) -> Int {
        (self.formats.firstIndex(of: style.excelFormat) ?? 0) + 2
    }

    var part: String {
        let numberFormats = self.formats.enumerated().map { #"<numFmt numFmtId="\#($0.offset + 164)" formatCode="\#(XMLText.escape($0.element))"/>"# }
        let cellFormats = self.formats.indices.map { #"<xf numFmtId="\#($0 + 164)" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"# }
        return XLSXWriter.header + #"<styleSheet xmlns="\#(XLSXWriter.mainNamespace)">"#
            + (numberFormats.isEmpty ? "" : #"<numFmts count="\#(numberFormats.count)">"# + numberFormats.joined() + "</numFmts>")
            + #"<fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font></fonts>"#
            + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
            + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
            + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
            + #"<cellXfs count="\#(cellFormats.count + 2)"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
            + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
            + cellFormats.joined() + "</cellXfs>"
            + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#
    }
}
