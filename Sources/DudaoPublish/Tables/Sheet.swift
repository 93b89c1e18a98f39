/// One table of a published file: a CSV file or a worksheet of a workbook.
public struct Sheet: Sendable, Hashable {
    /// The worksheet's tab name (at most 31 characters in Excel).
    public var name: String
    public var headers: [String]
    public var rows: [[SheetCell]]

    public init(name: String, headers: [String], rows: [[SheetCell]] = []) {
        self.name = name
        self.headers = headers
        self.rows = rows
    }
}

/// One cell: text, or a number kept as a number with the style it is shown in.
public enum SheetCell: Sendable, Hashable, ExpressibleByStringLiteral {
    case text(String)
    case number(Double, NumberStyle)
    case empty

    public init(stringLiteral value: String) { self = .text(value) }

    /// A number, or an empty cell when there is none.
    public static func optional(_ value: Double?, _ style: NumberStyle) -> SheetCell {
        value.map { .number($0, style) } ?? .empty
    }

    /// The cell as a person reads it.
    public var display: String {
        switch self {
        case .text(let text): text
        case .number(let value, let style): style.format(value)
        case .empty: ""
        }
    }
}
