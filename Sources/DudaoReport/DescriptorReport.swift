public import DudaoCore

/// Renders what an assessment is: sources, editions with every parameter, indicators, input schema.
public struct DescriptorReport: Sendable {
    public var language: Language
    /// Display columns the tables fit in.
    public var width: Int

    public init(language: Language, width: Int = TextTable.defaultWidth) {
        self.language = language
        self.width = width
    }

    /// One line per assessment, for `dudao list`.
    public func renderList(_ rows: [AssessmentRow]) -> String {
        let l = self.language
        var table = TextTable(headers: l == .zh ? ["标识", "名称", "版本", "现行标准"] : ["Id", "Title", "Version", "Editions"])
        for row in rows {
            table.rows.append([row.id, l.pick(row.titleZh, row.titleEn), row.version, row.editions.joined(separator: ", ")])
        }
        return table.render(width: self.width)
    }

    public func render(_ descriptor: AssessmentDescriptor) -> String {
        let l = self.language
        var out = ["\(l.pick(descriptor.titleZh, descriptor.titleEn))  [\(descriptor.id) \(descriptor.version)]"]
        let summary = l.pick(descriptor.summaryZh, descriptor.summaryEn)
        if !summary.isEmpty { out.append(summary) }
        out.append("")
        out.append(l.pick("依据文件：", "Source documents:"))
        for document in descriptor.documents {
            out.append("  - \(document.label) \(document.issuer) \(document.year.map(String.init) ?? "") \(document.status.label)")
        }
        for edition in descriptor.editions {
            out.append("")
            let until = edition.effectiveUntil.map(\.description) ?? l.pick("至今", "now")
            out.append("\(l.pick("标准版本", "Edition")) \(edition.id): \(l.pick(edition.titleZh, edition.titleEn)) (\(edition.effectiveFrom) – \(until))")
            var table = TextTable(headers: l == .zh ? ["参数", "名称", "值", "单位", "状态", "出处"] : ["Parameter", "Name", "Value", "Unit", "Status", "Source"], unbroken: [0])
            for parameter in edition.parameters.all {
                table.rows.append([
                    parameter.key, l.pick(parameter.nameZh, parameter.nameEn), Self.value(parameter.value, unit: parameter.unit, l),
                    parameter.unit == "%" ? "" : IndicatorRow.unitName(parameter.unit, l), parameter.status.label, parameter.citation.description,
                ])
            }
            out.append(table.render(width: self.width))
            // Edition notes are written once, in Chinese or English as the standard is; shown as written.
            for note in edition.notes { out.append("  * \(note)") }
        }
        out.append("")
        out.append(l.pick("指标：", "Indicators:"))
        var indicators = TextTable(headers: l == .zh ? ["代码", "指标", "单位", "比较", "状态", "出处"] : ["Code", "Indicator", "Unit", "Rule", "Status", "Source"], unbroken: [0])
        for indicator in descriptor.indicators {
            indicators.rows.append([
                indicator.code, l.pick(indicator.nameZh, indicator.nameEn), IndicatorRow.unitName(indicator.unit, l),
                Self.rule(indicator.comparator, l), indicator.status.label, indicator.citation.description,
            ])
        }
        out.append(indicators.render(width: self.width))
        out.append("")
        out.append(l.pick("输入字段：", "Input fields:"))
        var fields = TextTable(headers: l == .zh ? ["位置", "字段", "名称", "类型", "单位", "必需"] : ["Where", "Field", "Name", "Type", "Unit", "Needed"], unbroken: [1])
        let kindNames = Dictionary(descriptor.schema.unitKinds.map { ($0.kind, l.pick($0.nameZh, $0.nameEn)) }, uniquingKeysWith: { first, _ in first })
        for spec in descriptor.schema.facts {
            fields.rows.append([l.pick("全县（事实）", "facts"), Self.key(spec, l), l.pick(spec.nameZh, spec.nameEn), Self.type(spec.type, l), IndicatorRow.unitName(spec.unit, l), spec.needed ? "✓" : ""])
        }
        for spec in descriptor.schema.unitFields {
            let kinds = spec.unitKinds.map { $0.map { kindNames[$0] ?? $0.rawValue }.joined(separator: "/") } ?? l.pick("各校", "units")
            fields.rows.append([kinds, Self.key(spec, l), l.pick(spec.nameZh, spec.nameEn), Self.type(spec.type, l), IndicatorRow.unitName(spec.unit, l), spec.needed ? "✓" : ""])
        }
        out.append(fields.render(width: self.width))
        return DisplayWidth.fit(out.joined(separator: "\n"), width: self.width)
    }

    /// A parameter's value as a clerk reads it: a fraction whose unit is `%` as `85%`, yes/no as 是/否.
    static func value(_ value: Value, unit: String?, _ l: Language) -> String {
        switch value {
        case .boolean(let flag): return IndicatorRow.yesNo(flag, l)
        case .number(let number) where unit == "%": return Rounding.shortPercent(number)
        case .number(let number): return Rounding.format(number, decimals: number.rounded() == number ? 0 : min(4, Self.decimals(number)))
        default: return value.description
        }
    }

    /// Decimals of the shortest form of `number`, so 0.85 stays 0.85 and 1/3 shows four places.
    static func decimals(_ number: Double) -> Int {
        let text = number.description
        guard let dot = text.firstIndex(of: "."), !text.contains("e") else { return 4 }
        return text.distance(from: text.index(after: dot), to: text.endIndex)
    }

    static func type(_ type: ValueType, _ l: Language) -> String {
        switch type {
        case .number: l.pick("数值", "number")
        case .integer: l.pick("整数", "integer")
        case .boolean: l.pick("是/否", "yes/no")
        case .text: l.pick("文本", "text")
        }
    }

    /// A comparator as a rule: `≥`, or 应为是 / must be yes.
    static func rule(_ comparator: Comparator, _ l: Language) -> String {
        switch comparator {
        case .isTrue: l.pick("应为是", "must be yes")
        case .isFalse: l.pick("应为否", "must be no")
        default: comparator.symbol
        }
    }

    /// The field's key, followed by the deprecated keys still accepted for it.
    static func key(_ spec: FieldSpec, _ l: Language) -> String {
        guard !spec.deprecatedKeys.isEmpty else { return spec.key }
        return "\(spec.key) (\(l.pick("旧名", "formerly")) \(spec.deprecatedKeys.joined(separator: ", ")))"
    }
}
