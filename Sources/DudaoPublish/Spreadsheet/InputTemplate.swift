public import DudaoCore
import Foundation

/// The input template of an assessment, for county staff to fill in Excel: an instructions
/// sheet, a 基本信息 sheet (subject, period and every subject-level figure, with units), and a
/// 学校 sheet (one row a school, a column a figure, headed by its Chinese name and unit).
/// ``SpreadsheetInput`` reads the filled workbook back.
public struct InputTemplate: Sendable {
    public var descriptor: AssessmentDescriptor

    public init(descriptor: AssessmentDescriptor) {
        self.descriptor = descriptor
    }

    public var workbook: Workbook {
        let schema = self.descriptor.schema
        var subject = Sheet(name: "基本信息", headers: ["项目", "值", "单位", "字段", "说明"])
        let kinds = schema.subjectKinds.map { "\($0.rawValue)（\($0.nameZh)）" }.joined(separator: "、")
        subject.rows = [
            ["评估项目", .text(self.descriptor.id), "", "assessment", .text(self.descriptor.titleZh)],
            ["对象类型", .text(schema.subjectKinds.first?.rawValue ?? ""), "", "subject.kind", .text("可填：\(kinds)")],
            ["对象代码", .empty, "", "subject.code", "行政区划代码，如 330110"],
            ["对象名称", .empty, "", "subject.name", "如 杭州市余杭区"],
            ["评估期", .empty, "", "period", "学年如 2024-2025，或年份如 2024"],
            ["标准版本", .empty, "", "edition", "可不填：按评估期自动选用现行标准"],
        ]
        subject.rows += schema.facts.map { spec in
            [.text(spec.nameZh), .empty, .text(spec.unit ?? ""), .text(spec.key), .text(Self.note(spec))]
        }
        var sheets = [self.instructions, subject]
        if !schema.unitFields.isEmpty || schema.requiresUnits {
            let units = Sheet(name: "学校", headers: ["学校代码", "学校名称", "类型"] + schema.unitFields.map(InputColumns.header))
            sheets.append(units)
        }
        return Workbook(sheets: sheets, csvSheet: 1)
    }

    /// What a field takes, in words: type, range, needed or not, where it comes from.
    static func note(_ spec: FieldSpec) -> String {
        var parts: [String] = []
        switch spec.type {
        case .boolean: parts.append("填“是”或“否”")
        case .integer: parts.append("整数")
        case .number: parts.append(spec.unit == "%" ? "比例，填小数（如 0.955）或百分数（如 95.5%）" : "数字")
        case .text: parts.append("文字")
        }
        if !spec.needed { parts.append("可不填") }
        if let kinds = spec.unitKinds { parts.append("适用：" + kinds.map(\.rawValue).joined(separator: "/")) }
        if let definition = spec.definition { parts.append("口径：\(definition)") }
        return parts.joined(separator: "；")
    }

    var instructions: Sheet {
        let schema = self.descriptor.schema
        var sheet = Sheet(name: "填表说明", headers: ["说明"])
        var lines = [
            "\(self.descriptor.titleZh)（\(self.descriptor.id)）数据填报模板",
            "1. 在“基本信息”表填写对象代码、名称、评估期，并在“值”列填写各项数据；单位见“单位”列。",
            "2. 在“学校”表每行填写一所学校：学校代码、学校名称、类型，及各项数据（表头括号内为单位）。",
            "3. 空格表示缺少该数据（不会当作 0）；缺少必需数据的指标判为“不可评估”。",
            "4. 比例类数据填小数（如 0.955）或百分数（如 95.5%）；是否类数据填“是”或“否”。",
            "5. 不要改动表头和“字段”列；可增删学校行。",
            "6. 填好后运行：dudao evaluate 本文件.xlsx",
        ]
        if !schema.unitKinds.isEmpty {
            lines.append("学校类型可填：" + schema.unitKinds.map { "\($0.kind.rawValue)（\($0.nameZh)）" }.joined(separator: "、"))
        }
        sheet.rows = lines.map { [.text($0)] }
        return sheet
    }

    /// The template as CSV in the format ``CSVInput`` reads: `#` directives for the subject
    /// and its facts (each introduced by a `##` comment with its Chinese name and unit), then
    /// the Chinese header row of the schools.
    public func csv(byteOrderMark: Bool = true) -> String {
        let schema = self.descriptor.schema
        var lines = [
            "## \(self.descriptor.titleZh) 数据填报模板：填写 # 行冒号后的值，并在表头下每行填写一所学校；空格表示缺少数据",
            "# assessment: \(self.descriptor.id)",
            "## 对象：类型 代码 名称，如 county 330110 杭州市余杭区",
            "# subject: ",
            "## 评估期：学年如 2024-2025，或年份如 2024",
            "# period: ",
        ]
        for spec in schema.facts {
            lines.append("## \(InputColumns.header(spec))：\(Self.note(spec))")
            lines.append("# fact \(spec.key): ")
        }
        lines.append((["学校代码", "学校名称", "类型"] + schema.unitFields.map(InputColumns.header)).map(CSVFile.quote).joined(separator: ","))
        return (byteOrderMark ? "\u{FEFF}" : "") + lines.joined(separator: "\r\n") + "\r\n"
    }
}
