public import DudaoCore
public import Foundation

/// Turns a filled-in template (an .xlsx workbook, or a CSV file with Chinese headers) into an
/// ``AssessmentInput``. Every problem is reported at once, each naming its sheet and cell.
public enum SpreadsheetInput {
    /// Sheet names of the template, in both languages.
    static let subjectSheets: Set<String> = ["基本信息", "Subject"]
    static let unitSheets: Set<String> = ["学校", "单位", "Units", "Schools"]

    /// Labels of the subject rows that are not facts.
    static let subjectRows: [(key: String, labels: Set<String>)] = [
        ("assessment", ["assessment", "评估项目"]),
        ("subject.kind", ["subject.kind", "对象类型"]),
        ("subject.code", ["subject.code", "对象代码", "地区代码"]),
        ("subject.name", ["subject.name", "对象名称", "地区名称"]),
        ("period", ["period", "评估期"]),
        ("edition", ["edition", "标准版本"]),
    ]

    /// Reads a workbook written from ``InputTemplate`` (or any workbook with the same sheets).
    ///
    /// - Parameter schema: Looks up the input schema of an assessment id.
    public static func read(xlsx data: Data, schema lookup: (String) -> InputSchema?) throws -> AssessmentInput {
        let sheets = try XLSXReader.read(data)
        guard let subjectSheet = sheets.first(where: { self.subjectSheets.contains($0.name) }) else {
            let names = sheets.map(\.name).joined(separator: ", ")
            throw DudaoError(.invalidArgument, "the workbook has no sheet 基本信息 (Subject) with the assessment and subject; its sheets are \(names)")
        }
        var issues: [ValidationIssue] = []
        var structural: [String: (value: String, cell: String)] = [:]
        var factRows: [(label: String, key: String?, value: String, cell: String)] = []
        // Columns of the subject sheet: 项目 (label), 值 (value), 单位, 字段 (key), 说明.
        for (offset, row) in subjectSheet.rows.enumerated().dropFirst() {
            let label = (row.first ?? nil)?.trimmingWhitespace() ?? ""
            let key = row.count > 3 ? row[3]?.trimmingWhitespace() : nil
            let value = (row.count > 1 ? row[1] : nil)?.trimmingWhitespace() ?? ""
            let cell = "\(subjectSheet.name)!B\(offset + 1)"
            if let known = self.subjectRows.first(where: { row in row.labels.contains(label) || key.map { row.labels.contains($0) } == true }) {
                structural[known.key] = (value, cell)
            } else if !label.isEmpty || !(key ?? "").isEmpty {
                factRows.append((label, key, value, cell))
            }
        }
        func required(_ key: String, _ zh: String) -> (value: String, cell: String)? {
            guard let entry = structural[key], !entry.value.isEmpty else {
                issues.append(ValidationIssue(path: structural[key]?.cell ?? "\(subjectSheet.name)!B", rule: .required, zh: "请填写\(zh)", en: "\(key) is empty"))
                return nil
            }
            return entry
        }
        let assessment = required("assessment", "评估项目")
        let kindEntry = required("subject.kind", "对象类型")
        let code = required("subject.code", "对象代码")
        let name = required("subject.name", "对象名称")
        let periodEntry = required("period", "评估期")
        let kind = kindEntry.flatMap { entry in SubjectKind(rawValue: entry.value) ?? SubjectKind.allCases.first { $0.nameZh == entry.value } }
        if let kindEntry, kind == nil {
            let kinds = SubjectKind.allCases.map { "\($0.rawValue)（\($0.nameZh)）" }.joined(separator: "、")
            issues.append(ValidationIssue(path: kindEntry.cell, rule: .typeMismatch, zh: "对象类型应为 \(kinds) 之一", en: "subject kind must be one of \(kinds)"))
        }
        let period = periodEntry.flatMap { Period($0.value) }
        if let periodEntry, period == nil {
            issues.append(ValidationIssue(path: periodEntry.cell, rule: .typeMismatch, zh: "评估期 \(periodEntry.value) 无法识别（如 2024-2025、2024）", en: "cannot read the period \(periodEntry.value) (2024-2025 or 2024)"))
        }
        guard let assessment, let schema = lookup(assessment.value) else {
            if let assessment {
                issues.append(ValidationIssue(path: assessment.cell, rule: .unknownField, zh: "未知的评估项目 \(assessment.value)", en: "unknown assessment \(assessment.value)"))
            }
            throw DudaoError(.invalidArgument, "the workbook has \(issues.count) problem(s)", violations: issues)
        }
        let columns = InputColumns(schema: schema)
        var facts: [String: FieldValue] = [:]
        for row in factRows where !row.value.isEmpty {
            guard let spec = row.key.flatMap(columns.fact) ?? columns.fact(row.label) else {
                issues.append(ValidationIssue(path: row.cell, rule: .unknownField, zh: "未知的数据项 \(row.label)", en: "unknown fact \(row.key ?? row.label)"))
                continue
            }
            switch InputColumns.value(row.value, for: spec) {
            case .success(let value): facts[spec.key] = FieldValue(value)
            case .failure(let message): issues.append(ValidationIssue(path: row.cell, rule: .typeMismatch, zh: "\(spec.nameZh)：\(message.zh)", en: "\(spec.key): \(message.en)"))
            }
        }
        var units: [DudaoCore.Unit] = []
        if let unitSheet = sheets.first(where: { self.unitSheets.contains($0.name) }), let header = unitSheet.rows.first {
            units = self.units(unitSheet, header: header.map { $0 ?? "" }, columns: columns, issues: &issues)
        }
        guard issues.isEmpty, let kind, let code, let name, let period else {
            throw DudaoError(.invalidArgument, "the workbook has \(issues.count) problem(s)", violations: issues)
        }
        let edition = structural["edition"].flatMap { $0.value.isEmpty ? nil : $0.value }
        return AssessmentInput(
            assessment: assessment.value, edition: edition, subject: Subject(kind: kind, code: code.value, name: name.value), period: period,
            facts: facts, units: units
        )
    }

    static func units(_ sheet: XLSXReader.Worksheet, header: [String], columns: InputColumns, issues: inout [ValidationIssue]) -> [DudaoCore.Unit] {
        var structural: [String: Int] = [:]
        var fields: [(index: Int, spec: FieldSpec)] = []
        for (index, title) in header.enumerated() where !title.trimmingWhitespace().isEmpty {
            let cell = "\(sheet.name)!\(XLSXWriter.reference(column: index, row: 1))"
            if let key = InputColumns.structuralKey(title) {
                structural[key] = index
            } else if let spec = columns.unitField(title) {
                fields.append((index, spec))
            } else {
                issues.append(ValidationIssue(path: cell, rule: .unknownField, zh: "表头“\(title)”不是本评估的学校数据项", en: "column \"\(title)\" is not a unit field of this assessment"))
            }
        }
        for key in ["id", "name", "kind"] where structural[key] == nil {
            issues.append(ValidationIssue(path: "\(sheet.name)!1", rule: .required, zh: "缺少列 \(key)（学校代码、学校名称、类型）", en: "missing column \(key)"))
        }
        guard let idColumn = structural["id"], let nameColumn = structural["name"], let kindColumn = structural["kind"] else { return [] }
        var units: [DudaoCore.Unit] = []
        for (offset, row) in sheet.rows.enumerated().dropFirst() where row.contains(where: { !($0 ?? "").isEmpty }) {
            func text(_ index: Int) -> String { index < row.count ? (row[index] ?? "").trimmingWhitespace() : "" }
            var unit = DudaoCore.Unit(id: text(idColumn), name: text(nameColumn), kind: columns.kind(text(kindColumn)))
            for (index, spec) in fields {
                let content = text(index)
                guard !content.isEmpty else { continue }
                switch InputColumns.value(content, for: spec) {
                case .success(let value): unit.fields[spec.key] = FieldValue(value)
                case .failure(let message):
                    issues.append(ValidationIssue(
                        path: "\(sheet.name)!\(XLSXWriter.reference(column: index, row: offset + 1))", rule: .typeMismatch,
                        zh: "\(spec.nameZh)：\(message.zh)", en: "\(spec.key): \(message.en)"
                    ))
                }
            }
            units.append(unit)
        }
        return units
    }

    /// Renames a CSV input's Chinese unit columns to field keys, reads kind names, and types
    /// each cell by its field (so `是`, `95.5%` and `1,200` read as the schema expects).
    public static func normalize(_ input: AssessmentInput, schema: InputSchema) throws -> AssessmentInput {
        let columns = InputColumns(schema: schema)
        var issues: [ValidationIssue] = []
        var normalized = input
        normalized.units = input.units.enumerated().map { index, unit in
            var renamed = DudaoCore.Unit(id: unit.id, name: unit.name, kind: columns.kind(unit.kind.rawValue))
            for (header, field) in unit.fields {
                guard let spec = columns.unitField(header) else {
                    renamed.fields[header] = field
                    continue
                }
                guard case .text(let text) = field.value, spec.type != .text else {
                    renamed.fields[spec.key] = field
                    continue
                }
                switch InputColumns.value(text, for: spec) {
                case .success(let value): renamed.fields[spec.key] = FieldValue(value, provenance: field.provenance)
                case .failure(let message):
                    issues.append(ValidationIssue(path: "units[\(index)].\(spec.key)", rule: .typeMismatch, zh: "\(spec.nameZh)：\(message.zh)", en: "\(spec.key): \(message.en)"))
                }
            }
            return renamed
        }
        guard issues.isEmpty else { throw DudaoError(.invalidArgument, "the CSV input has \(issues.count) problem(s)", violations: issues) }
        return normalized
    }
}
