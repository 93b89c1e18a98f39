/// Sheets that belong together, in the order a reader should see them (the verdict first).
public struct Workbook: Sendable, Hashable {
    public var sheets: [Sheet]
    /// The sheet a single CSV file carries, since CSV holds one table.
    public var csvSheet: Int

    public init(sheets: [Sheet], csvSheet: Int = 0) {
        self.sheets = sheets
        self.csvSheet = min(csvSheet, max(0, sheets.count - 1))
    }
}
