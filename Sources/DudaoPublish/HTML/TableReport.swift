/// A workbook as a printable page, for listings that have no report of their own
/// (`records list`, `history`).
public struct TableReport: Sendable {
    public var title: String
    public var workbook: Workbook
    public var generator: String

    public init(title: String, workbook: Workbook, generator: String = "dudao") {
        self.title = title
        self.workbook = workbook
        self.generator = generator
    }

    public func render() -> String {
        let sheets = self.workbook.sheets.map { sheet -> [String: Any] in
            [
                "name": sheet.name,
                "headers": sheet.headers,
                "rows": sheet.rows.map { row -> [String: Any] in
                    ["cells": row.map { cell -> [String: Any] in
                        if case .number = cell { return ["text": cell.display, "number": true] }
                        return ["text": cell.display, "number": false]
                    }]
                },
            ]
        }
        return HTMLRenderer(page: TableTemplate.page).render(["title": self.title, "sheets": sheets], generator: self.generator)
    }
}
