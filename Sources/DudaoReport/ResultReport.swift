public import DudaoCore

/// Renders an ``AssessmentResult`` as a readable report, in Chinese or English.
public struct ResultReport: Sendable {
    public var language: Language
    /// Display columns the tables fit in.
    public var width: Int
    /// Input field keys and their Chinese names, from the assessment's schema: Chinese text that
    /// names a field by its key (`disinfection_accepted`) is shown with the name instead.
    public var fieldNames: [String: String]

    /// Each indicator's status as `describe` lists it, to mark a row whose figures were weaker.
    public var listedStatus: [String: StatusTag]

    public init(language: Language, width: Int = TextTable.defaultWidth, schema: InputSchema? = nil, indicators: [IndicatorDefinition] = []) {
        self.language = language
        self.width = width
        self.fieldNames = Dictionary((schema.map { $0.facts + $0.unitFields } ?? []).map { ($0.key, $0.nameZh) }, uniquingKeysWith: { first, _ in first })
        self.listedStatus = Dictionary(indicators.map { ($0.code, $0.status) }, uniquingKeysWith: { first, _ in first })
    }

    /// A row's status; marked ‡ when this evaluation's figures or rules made it weaker than listed.
    func statusLabel(_ indicator: IndicatorResult) -> String {
        guard let listed = self.listedStatus[indicator.code], listed != indicator.status else { return indicator.status.label }
        return indicator.status.label + "‡"
    }

    /// The text for the report's language; in Chinese, with field keys replaced by field names.
    func text(_ zh: String, _ en: String, missing: [MissingField] = []) -> String {
        guard self.language == .zh else { return en }
        var names = self.fieldNames
        for field in missing { names[field.key] = field.nameZh }
        guard zh.contains("_") || zh.unicodeScalars.contains(where: { $0.isASCII && $0.properties.isAlphabetic }) else { return zh }
        var text = zh
        for key in names.keys.sorted(by: { $0.count > $1.count }) where text.contains(key) {
            // `facts.KEY` is the field's path in the input; a Chinese reader is given its name alone.
            text = text.replacing("facts.\(key)", with: names[key] ?? key).replacing(key, with: names[key] ?? key)
        }
        return text
    }

    public func render(_ result: AssessmentResult) -> String {
        let l = self.language
        var out: [String] = []
        out.append(l.pick(result.titleZh, result.titleEn))
        out.append(
            l.pick(
                "对象：\(result.subject.name)（\(result.subject.code)）  评估期：\(result.period)",
                "Subject: \(result.subject.name) (\(result.subject.code))  Period: \(result.period)"
            )
        )
        out.append(
            l.pick(
                "标准版本：\(result.edition.id) \(result.edition.titleZh)（\(result.edition.effectiveFrom) 起施行）",
                "Edition: \(result.edition.id) \(result.edition.titleEn) (in force from \(result.edition.effectiveFrom))"
            )
        )
        if !result.parameterOverrides.isEmpty {
            let overrides = result.parameterOverrides.sorted { $0.key < $1.key }
            let list = overrides.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
            // In Chinese by the parameter's name: a Chinese report shows no keys.
            let named = overrides.map { key, value in "\(result.parameters.first { $0.key == key }?.nameZh ?? key) = \(value)" }.joined(separator: "；")
            out.append(l.pick("参数调整：\(named)", "Parameter overrides: \(list)"))
        }
        out.append(l.pick("结论：\(result.verdict.nameZh)", "Verdict: \(result.verdict.nameEn.uppercased())"))
        out.append(contentsOf: self.outcomeLines(result))
        if !result.reasons.isEmpty {
            out.append("")
            out.append(l.pick("未达标或不可评估事项：", "Items deciding the verdict:"))
            for reason in result.reasons {
                let scope = Self.scopeTag(reason.scope, l)
                out.append("  - \(reason.code)\(scope) \(l.pick(reason.nameZh, reason.nameEn))\(l.pick("：", ": "))\(self.text(reason.messageZh, reason.messageEn, missing: result.missing))")
            }
        }
        out.append("")
        out.append(self.indicatorTable(result).render(width: self.width))
        if result.indicators.contains(where: { !$0.gating && IndicatorRow($0, in: result).kind != .scored }) {
            out.append(l.pick("* 参考项：单独不决定结论（如各校分项，由“每校达标”规则判定）。", "* informative: does not decide the verdict by itself (e.g. per-school items, judged by the per-school rule)."))
        }
        out.append(contentsOf: self.schoolNotes(result))
        if result.indicators.contains(where: { self.statusLabel($0).hasSuffix("‡") }) {
            out.append(
                l.pick(
                    "‡ 依据状态低于该指标的标注状态：本次计算用到了状态更弱的数据或规则（如一贯制学校共用资源的折算）。",
                    "‡ status weaker than `describe` lists: this evaluation used figures or rules of weaker status (e.g. the split of a through school's shared resources)."
                )
            )
        }
        let fired = result.firedVetoes
        if !fired.isEmpty {
            out.append("")
            out.append(l.pick("一票否决：", "Vetoes fired:"))
            for veto in fired {
                out.append("  - \(veto.code) \(l.pick(veto.nameZh, veto.nameEn))\(l.pick("：", ": "))\(self.text(veto.explanationZh, veto.explanationEn))")
            }
        }
        if !result.findings.isEmpty {
            out.append("")
            out.append(l.pick("整改事项（\(result.findings.count)）：", "Findings to rectify (\(result.findings.count)):"))
            out.append(self.findingTable(result.findings).render(width: self.width))
        }
        if !result.missing.isEmpty {
            out.append("")
            out.append(l.pick("缺少的数据：", "Missing data:"))
            // Named for the clerk (which school, which figure), each once; the path only in English.
            var seen = Set<String>()
            for field in result.missing {
                let unit = field.unitName.map { name in field.unitID.map { "\(name)（\($0)）" } ?? name }
                let line = l == .zh
                    ? "  - \(unit.map { $0 + "：" } ?? "")\(field.nameZh)"
                    : "  - \(field.nameEn) (\(field.path))\(unit.map { ", " + $0 } ?? "")"
                if seen.insert(line).inserted { out.append(line) }
            }
        }
        if !result.warnings.isEmpty {
            out.append("")
            out.append(l.pick("提示：", "Notes:"))
            for warning in result.warnings {
                out.append("  - \(self.text(warning.messageZh, warning.messageEn, missing: result.missing))")
            }
        }
        out.append("")
        out.append(l.pick("输入摘要：", "Input digest: ") + result.inputDigest)
        return DisplayWidth.fit(out.joined(separator: "\n"), width: self.width)
    }

    /// The outcome behind the verdict, which the table alone hides: a scored tree's grade (with
    /// any downgrade reason) and teacher pay's two averages and their difference.
    func outcomeLines(_ result: AssessmentResult) -> [String] {
        let l = self.language
        var lines = result.indicators.map { IndicatorRow($0, in: result) }.filter { $0.kind == .grade }.map { row in
            l.pick("评定：", "Grade: ") + self.text(IndicatorRow.gradeText(row.indicator, .zh), IndicatorRow.gradeText(row.indicator, .en), missing: result.missing)
        }
        if let teachers = result.measures["teacher_average"], let civilServants = result.measures["civil_servant_average"] {
            let yuan = { (value: Double) in Rounding.grouped(value, decimals: 0) }
            let difference = result.measures["difference"] ?? teachers - civilServants
            lines.append(
                l.pick(
                    "教师年平均工资收入 \(yuan(teachers)) 元，公务员 \(yuan(civilServants)) 元，差额 \(yuan(difference)) 元",
                    "Teachers' average pay \(yuan(teachers)) yuan a year, civil servants' \(yuan(civilServants)) yuan, difference \(yuan(difference)) yuan"
                )
            )
        }
        return lines
    }

    func indicatorTable(_ result: AssessmentResult) -> TextTable {
        let l = self.language
        let rows = result.indicators.map { IndicatorRow($0, in: result) }
        var table = TextTable(
            headers: l == .zh ? ["代码", "指标", "范围", "值", "标准", "单位", "结果", "依据"] : ["Code", "Indicator", "Scope", "Value", "Threshold", "Unit", "Outcome", "Status"],
            rightAligned: [3, 4],
            unbroken: [0]
        )
        for row in rows {
            let indicator = row.indicator
            table.rows.append([
                indicator.code,
                l.pick(indicator.nameZh, indicator.nameEn),
                Self.scopeName(indicator.scope, l),
                row.value(l),
                row.threshold(l),
                indicator.unit == "%" ? "" : IndicatorRow.unitName(indicator.unit, l),
                row.outcome(l),
                self.statusLabel(indicator),
            ])
        }
        return table
    }

    /// Under the indicator table: the schools behind every row that counts schools.
    func schoolNotes(_ result: AssessmentResult) -> [String] {
        let l = self.language
        return result.indicators.compactMap { indicator -> String? in
            let row = IndicatorRow(indicator, in: result)
            guard let lowest = row.weakestUnit, row.unitsBelow > 0 else { return nil }
            let scope = indicator.scope.map { Self.scopeName($0, l) + " " } ?? ""
            // A share of schools has a yes/no per school (1 or 0), not a percentage.
            let yesNo = indicator.unit == "%" && indicator.breakdown.allSatisfy { $0.value == nil || $0.value == 0 || $0.value == 1 }
            // A share of schools whose rows are counts (6 visits against 10) shows the row in
            // the unit of its finding, never as a percentage.
            let finding = result.findings.first { $0.indicatorCode == indicator.code && $0.unitID == lowest.unitID }
            let ownUnit = indicator.unit == "%" && (lowest.threshold ?? 0) > 1 ? finding?.unit : nil
            let shown =
                yesNo
                ? l.pick(lowest.value == 1 ? "是" : "否", lowest.value == 1 ? "yes" : "no")
                : ownUnit.map { unit in lowest.value.map { Rounding.format($0, decimals: $0 == $0.rounded() ? 0 : 2) + l.pick("", " ") + IndicatorRow.unitName(unit, l) } ?? "—" }
                    ?? lowest.value.map { ResultReport.display($0, of: indicator) + (indicator.unit == "%" ? "" : l.pick("", " ") + IndicatorRow.unitName(indicator.unit, l)) } ?? "—"
            return l.pick(
                "  † \(indicator.code) \(scope)\(indicator.nameZh)：低于标准的学校 \(row.unitsBelow) 所，最低 \(lowest.unitName) \(shown)",
                "  † \(indicator.code) \(scope)\(indicator.nameEn): schools below the line: \(row.unitsBelow), lowest \(lowest.unitName) \(shown)"
            )
        }
    }

    /// A scope (`primary`, `junior`) in the report's language; one that is not a school stage as
    /// given.
    public static func scopeName(_ scope: String, _ language: Language) -> String {
        guard let stage = SchoolStage(rawValue: scope) else { return scope }
        return language.pick(stage.nameZh, stage.nameEn)
    }

    /// A table cell's scope: the school stage in `language`, and empty for the whole subject.
    public static func scopeName(_ scope: String?, _ language: Language) -> String {
        scope.map { Self.scopeName($0, language) } ?? ""
    }

    /// A scope after an item's code, ` [小学]`, and nothing for the whole subject.
    public static func scopeTag(_ scope: String?, _ language: Language) -> String {
        scope.map { " [\(Self.scopeName($0, language))]" } ?? ""
    }

    /// A value as shown: fractions whose unit is `%` as percentages (`85%`, `92.7%`), money
    /// with thousands separators, everything else at the indicator's decimals.
    static func display(_ value: Double, of indicator: IndicatorResult) -> String {
        if indicator.unit == "%" {
            return Rounding.shortPercent(value, decimals: max(0, indicator.decimals - 2))
        }
        if indicator.unit?.hasSuffix("元") == true {
            return Rounding.grouped(value, decimals: indicator.decimals)
        }
        return Rounding.format(value, decimals: indicator.decimals)
    }

    func findingTable(_ findings: [Finding]) -> TextTable {
        let l = self.language
        // Findings of a whole subject (a scored tree's items) have no unit: no column of dashes.
        let withUnits = findings.contains { $0.unitName != nil || $0.unitID != nil }
        let withDeadlines = findings.contains { $0.deadline != nil }
        var headers = l == .zh ? ["指标", "整改要求"] : ["Indicator", "To rectify"]
        if withUnits { headers.insert(l.pick("学校（单位）", "School (unit)"), at: 0) }
        if withDeadlines { headers.append(l.pick("整改期限", "Deadline")) }
        var table = TextTable(headers: headers)
        for finding in findings {
            let scope = finding.scope.map { " " + Self.scopeName($0, l) } ?? ""
            var row = ["\(finding.indicatorCode)\(scope) \(l.pick(finding.nameZh, finding.nameEn))", self.text(finding.messageZh, finding.messageEn)]
            if withUnits {
                let unit = [finding.unitName, finding.unitID.map { l.pick("（\($0)）", "(\($0))") }].compactMap { $0 }.joined()
                row.insert(unit, at: 0)
            }
            if withDeadlines { row.append(finding.deadline?.description ?? "") }
            table.rows.append(row)
        }
        return table
    }
}
