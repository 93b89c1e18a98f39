/// Reads and writes an ``AssessmentInput`` as CSV: one row per unit, subject-level data in a
/// preamble of `#` directive lines.
///
/// ```
/// # assessment: compulsory-quality-balance
/// # subject: county 339901 示例县 (synthetic)
/// # period: 2024-2025
/// # edition: 2017                      (optional)
/// # fact social_recognition_rate: 0.91 (one line per fact)
/// # parameter split.rule: proportional (optional, one line per override)
/// ## any line starting with two # is a comment
/// id,name,kind,primary_pupils,…
/// P1,城关小学,primary,1000,…
/// ```
///
/// Cells follow RFC 4180: a cell with a comma, a quote or a line break is quoted, and a quote
/// inside is doubled. An empty cell means the field is missing (never zero). In unquoted cells
/// `true`/`false` are booleans, integer literals integers, other decimal literals numbers and
/// anything else text; a quoted cell is always text, so that ``render(_:)`` reads back exactly.
/// The schema later coerces integers given for number fields. Spreadsheets see spreadsheets'
/// usual shape, one school a row, while the preamble keeps the file self-contained.
public enum CSVInput {
    /// Parses a CSV input.
    ///
    /// - Throws: ``DudaoError`` with ``DudaoError/Code/invalidArgument`` and one violation per
    ///   problem, each naming its line (and column where there is one).
    public static func parse(_ text: String) throws -> AssessmentInput {
        var parser = Parser()
        return try parser.parse(text)
    }

    /// Renders an input in the format ``parse(_:)`` reads: facts and overrides sorted by key,
    /// unit columns in the order of first appearance sorted by key after `id,name,kind`.
    public static func render(_ input: AssessmentInput) -> String {
        var lines: [String] = []
        lines.append("# assessment: \(input.assessment)")
        lines.append("# subject: \(input.subject.kind.rawValue) \(input.subject.code) \(input.subject.name)")
        lines.append("# period: \(input.period)")
        if let edition = input.edition { lines.append("# edition: \(edition)") }
        for key in input.facts.keys.sorted() {
            lines.append("# fact \(key): \(Self.renderDirectiveValue(input.facts[key]!.value))")
        }
        for key in input.parameterOverrides.keys.sorted() {
            lines.append("# parameter \(key): \(Self.renderDirectiveValue(input.parameterOverrides[key]!))")
        }
        let keys = Set(input.units.flatMap(\.fields.keys)).sorted()
        lines.append((["id", "name", "kind"] + keys).map { Self.quote($0) }.joined(separator: ","))
        for unit in input.units {
            var cells = [unit.id, unit.name, unit.kind.rawValue].map { Self.quote($0, force: $0.hasPrefix("#")) }
            cells += keys.map { key in unit.fields[key].map { Self.renderCell($0.value) } ?? "" }
            lines.append(cells.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A unit cell: numbers as their shortest form (whole numbers keep ".0" so they read back as
    /// numbers), text quoted when it would otherwise read as something else.
    static func renderCell(_ value: Value) -> String {
        switch value {
        case .number(let number): number.description
        case .integer(let integer): integer.description
        case .boolean(let flag): flag ? "true" : "false"
        case .text(let text): Self.quote(text, force: text.isEmpty || Self.scalar(text) != .text(text) || text.hasPrefix("#"))
        }
    }

    static func renderDirectiveValue(_ value: Value) -> String {
        guard case .text(let text) = value else { return Self.renderCell(value) }
        let ambiguous = text.isEmpty || Self.scalar(text) != value || text.first == "\"" || text.trimmingWhitespace() != text
            || text.contains(where: { $0 == "\n" || $0 == "\r" })
        return ambiguous ? "\"" + text.replacingAll("\"", with: "\"\"") + "\"" : text
    }

    static func quote(_ cell: String, force: Bool = false) -> String {
        let needsQuotes = force || cell.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || cell.first?.isWhitespace == true || cell.last?.isWhitespace == true
        guard needsQuotes else { return cell }
        return "\"" + cell.replacingAll("\"", with: "\"\"") + "\""
    }

    /// `id`, `name` or `kind` for the headers a spreadsheet may give the first three columns
    /// (the keys, or 学校代码, 学校名称, 类型 and their variants), else `nil`.
    public static func structuralColumn(_ header: String) -> String? {
        let aliases: [(key: String, headers: Set<String>)] = [
            ("id", ["id", "代码", "学校代码", "单位代码", "学校标识码", "编号"]),
            ("name", ["name", "名称", "学校名称", "单位名称"]),
            ("kind", ["kind", "类型", "学校类型", "单位类型"]),
        ]
        let trimmed = header.trimmingWhitespace()
        return aliases.first { $0.headers.contains(trimmed) }?.key
    }

    /// Reads a scalar: booleans, integers, decimal numbers, else text.
    static func scalar(_ text: String) -> Value {
        switch text {
        case "true": return .boolean(true)
        case "false": return .boolean(false)
        default: break
        }
        if Self.isInteger(text), let integer = Int64(text) { return .integer(integer) }
        if Self.isDecimal(text), let number = Double(text), number.isFinite { return .number(number) }
        return .text(text)
    }

    private static func isInteger(_ text: String) -> Bool {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        return !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit)
    }

    /// Plain decimal literals only (`-12.5`, `1e6`), so that words like `nan` or `inf` stay text.
    private static func isDecimal(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCIIDigit || "+-.eE".contains($0) } && text.contains(where: \.isASCIIDigit)
    }
}

extension CSVInput {
    /// One cell as read: its text and whether it was quoted.
    struct Cell {
        var text: String
        var quoted: Bool

        /// Unquoted cells are trimmed; quoted cells are taken as written.
        var content: String { self.quoted ? self.text : self.text.trimmingWhitespace() }
    }

    /// A record of cells and the line it starts on, or a `#` preamble line (`raw`).
    struct Record {
        var cells: [Cell]
        var line: Int
        var raw: String?
    }

    struct Parser {
        var issues: [ValidationIssue] = []

        mutating func fail(line: Int, column: Int? = nil, _ zh: String, _ en: String, rule: ValidationRule = .typeMismatch) {
            let path = column.map { "line \(line), column \($0)" } ?? "line \(line)"
            self.issues.append(ValidationIssue(path: path, rule: rule, zh: zh, en: en))
        }

        mutating func parse(_ text: String) throws -> AssessmentInput {
            let records = self.records(text)
            var preamble = Preamble()
            var header: [String]?
            var headerLine = 0
            var units: [Unit] = []

            for record in records {
                if let raw = record.raw {
                    if raw.hasPrefix("##") { continue }
                    guard header == nil else {
                        self.fail(line: record.line, "表头之后不能再有 # 指令行", "a # directive must come before the header row")
                        continue
                    }
                    self.directive(raw, line: record.line, into: &preamble)
                    continue
                }
                guard let columns = header else {
                    let names = record.cells.map(\.content).enumerated().map { index, name in
                        index < 3 ? CSVInput.structuralColumn(name) ?? name : name
                    }
                    header = names
                    headerLine = record.line
                    self.checkHeader(names, line: record.line)
                    continue
                }
                if record.cells.count == 1, record.cells[0].content.isEmpty, !record.cells[0].quoted { continue }
                guard record.cells.count == columns.count else {
                    self.fail(
                        line: record.line, "本行有 \(record.cells.count) 列，表头（第 \(headerLine) 行）有 \(columns.count) 列",
                        "the row has \(record.cells.count) cells; the header (line \(headerLine)) has \(columns.count)", rule: .inconsistent
                    )
                    continue
                }
                units.append(self.unit(record, columns: columns))
            }
            if preamble.assessment == nil { self.fail(line: 1, "缺少 # assessment: 指令", "missing # assessment: directive", rule: .required) }
            if preamble.subject == nil { self.fail(line: 1, "缺少 # subject: 指令", "missing # subject: directive", rule: .required) }
            if preamble.period == nil { self.fail(line: 1, "缺少 # period: 指令", "missing # period: directive", rule: .required) }
            if header == nil {
                self.fail(line: (records.last?.line ?? 0) + 1, "缺少表头行（id,name,kind,…）", "missing the header row (id,name,kind,…)", rule: .required)
            }
            guard self.issues.isEmpty, let assessment = preamble.assessment, let subject = preamble.subject, let period = preamble.period else {
                throw DudaoError(.invalidArgument, "the CSV input has \(self.issues.count) problem(s)", violations: self.issues)
            }
            return AssessmentInput(
                assessment: assessment, edition: preamble.edition, subject: subject, period: period,
                facts: preamble.facts, units: units, parameterOverrides: preamble.overrides
            )
        }

        mutating func checkHeader(_ columns: [String], line: Int) {
            for (index, expected) in ["id", "name", "kind"].enumerated() where columns.count <= index || columns[index] != expected {
                self.fail(line: line, column: index + 1, "表头第 \(index + 1) 列应为 \(expected)", "header column \(index + 1) must be \(expected)", rule: .required)
            }
            var seen: Set<String> = []
            for (index, column) in columns.enumerated() {
                if column.isEmpty {
                    self.fail(line: line, column: index + 1, "表头列名为空", "empty column name", rule: .required)
                } else if !seen.insert(column).inserted {
                    self.fail(line: line, column: index + 1, "表头列 \(column) 重复", "duplicate column \(column)", rule: .duplicateID)
                }
            }
        }

        func unit(_ record: Record, columns: [String]) -> Unit {
            var fields: [String: FieldValue] = [:]
            for (index, key) in columns.enumerated().dropFirst(3) {
                let cell = record.cells[index]
                let content = cell.content
                guard !content.isEmpty else { continue }
                fields[key] = FieldValue(cell.quoted ? .text(content) : CSVInput.scalar(content))
            }
            // A header without id, name and kind has been reported already; its rows still must
            // not be read past their end.
            let content = { (index: Int) in index < record.cells.count ? record.cells[index].content : "" }
            return Unit(id: content(0), name: content(1), kind: UnitKind(rawValue: content(2)), fields: fields)
        }

        /// What the `#` lines say.
        struct Preamble {
            var assessment: String?
            var subject: Subject?
            var period: Period?
            var edition: String?
            var facts: [String: FieldValue] = [:]
            var overrides: [String: Value] = [:]
        }

        /// A directive value: quoted text as written (with "" for a quote), else a scalar.
        static func directiveValue(_ text: String) -> Value {
            if text.count >= 2, text.first == "\"", text.last == "\"" {
                var inner = String(text.dropFirst().dropLast())
                inner = inner.replacingOccurrencesOfDoubledQuotes()
                return .text(inner)
            }
            return CSVInput.scalar(text)
        }

        mutating func directive(_ raw: String, line: Int, into preamble: inout Preamble) {
            let body = raw.dropFirst().trimmingWhitespace()
            guard let colon = body.firstIndex(of: ":") else {
                self.fail(line: line, "指令应为 “# 名称: 值”；注释行请以 ## 开头", "a directive reads \"# name: value\"; start comment lines with ##")
                return
            }
            let name = body[..<colon].trimmingWhitespace()
            let value = body[body.index(after: colon)...].trimmingWhitespace()
            let words = name.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            switch (words.first, words.count) {
            case ("assessment", 1):
                preamble.assessment = value
            case ("edition", 1):
                preamble.edition = value.isEmpty ? nil : value
            case ("period", 1):
                if let period = Period(value) {
                    preamble.period = period
                } else {
                    self.fail(line: line, "评估期 \(value) 无法识别（如 2024-2025、2024、2024-09-01）", "cannot read the period \(value) (2024-2025, 2024 or 2024-09-01)")
                }
            case ("subject", 1):
                let parts = value.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true).map(String.init)
                if parts.count == 3, let kind = SubjectKind(rawValue: parts[0]) {
                    preamble.subject = Subject(kind: kind, code: parts[1], name: parts[2])
                } else {
                    let kinds = SubjectKind.allCases.map(\.rawValue).joined(separator: ", ")
                    self.fail(line: line, "subject 应为 “类型 代码 名称”，类型为 \(kinds)", "subject reads \"kind code name\" with kind one of \(kinds)")
                }
            case ("fact", 2):
                if preamble.facts[words[1]] != nil {
                    self.fail(line: line, "事实 \(words[1]) 重复", "fact \(words[1]) is given twice", rule: .duplicateID)
                }
                if !value.isEmpty { preamble.facts[words[1]] = FieldValue(Self.directiveValue(value)) }
            case ("parameter", 2):
                preamble.overrides[words[1]] = Self.directiveValue(value)
            default:
                self.fail(
                    line: line, "未知指令 “\(name)”；可用 assessment、subject、period、edition、fact 键、parameter 键",
                    "unknown directive \"\(name)\"; expected assessment, subject, period, edition, fact <key> or parameter <key>"
                )
            }
        }

        /// Splits the text into records per RFC 4180, noting the line each record starts on.
        /// A line that starts with `#` outside a quoted cell is a preamble line.
        mutating func records(_ text: String) -> [Record] {
            var records: [Record] = []
            var cells: [Cell] = []
            var cell = ""
            var quoted = false
            var closed = false
            var inQuotes = false
            var line = 1
            var recordLine = 1
            var quoteLine = 0
            var quoteColumn = 0
            var atRecordStart = true
            var characters = text.makeIterator()
            var pending: Character? = characters.next()
            if pending == "\u{FEFF}" { pending = characters.next() }

            func endCell() {
                cells.append(Cell(text: cell, quoted: quoted))
                cell = ""
                quoted = false
                closed = false
            }

            while let character = pending {
                pending = characters.next()
                if atRecordStart, character == "#" {
                    var raw = "#"
                    while let next = pending, !next.isNewline {
                        raw.append(next)
                        pending = characters.next()
                    }
                    // Excel pads every line to the widest row: `# period: 2024-2025,,,,` is the same directive.
                    while raw.last == "," || raw.last == " " || raw.last == "\r" { raw.removeLast() }
                    records.append(Record(cells: [], line: line, raw: raw))
                    if pending != nil { pending = characters.next() }
                    line += 1
                    recordLine = line
                    continue
                }
                atRecordStart = false
                if inQuotes {
                    if character == "\"" {
                        if pending == "\"" {
                            cell.append("\"")
                            pending = characters.next()
                        } else {
                            inQuotes = false
                            closed = true
                        }
                    } else {
                        if character.isNewline { line += 1 }
                        cell.append(character)
                    }
                    continue
                }
                switch character {
                case "\"" where cell.allSatisfy(\.isWhitespace) && !quoted:
                    cell = ""
                    inQuotes = true
                    quoted = true
                    quoteLine = line
                    quoteColumn = cells.count + 1
                case "\"":
                    self.fail(line: line, column: cells.count + 1, "引号只能出现在带引号单元格的开头，内部引号须写成 \"\"", "a quote may only open a quoted cell; write a quote inside one as \"\"")
                case ",":
                    endCell()
                case _ where character.isNewline:
                    endCell()
                    records.append(Record(cells: cells, line: recordLine))
                    cells = []
                    atRecordStart = true
                    line += 1
                    recordLine = line
                default:
                    if closed, !character.isWhitespace {
                        self.fail(line: line, column: cells.count + 1, "带引号单元格的结束引号之后不能再有字符", "nothing may follow the closing quote of a quoted cell")
                    }
                    if !closed { cell.append(character) }
                }
            }
            if inQuotes {
                self.fail(line: quoteLine, column: quoteColumn, "引号未闭合", "unterminated quoted cell")
            }
            if !atRecordStart {
                endCell()
                records.append(Record(cells: cells, line: recordLine))
            }
            return records
        }
    }
}

extension String {
    func replacingOccurrencesOfDoubledQuotes() -> String {
        var result = ""
        var previousWasQuote = false
        for character in self {
            if character == "\"", previousWasQuote {
                previousWasQuote = false
                continue
            }
            previousWasQuote = character == "\""
            result.append(character)
        }
        return result
    }

    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
