public import DudaoCore

/// The input: one county's (or zone's) figures for the data year, all subject facts.
public enum ModernizationSchema {
    /// Whether the subject already holds the 教育基本现代化县 title; read by the province view only.
    public static let recognizedKey = "recognized_modernized"

    public static let schema = InputSchema(subjectKinds: [.county, .zone], facts: facts())

    static func facts() -> [FieldSpec] {
        var facts: [FieldSpec] = ModernizationIndicators.all.compactMap { row in
            guard let measure = row.measure else { return nil }
            let (type, constraint): (ValueType, Constraint) =
                switch measure.kind {
                case .yesNo: (.boolean, .none)
                case .fraction: (.number, .fraction)
                case .growth: (.number, .none)
                case .ratio: (.number, .positive)
                case .coefficient: (.number, .nonNegative)
                }
            let parentName = row.level == .monitoringPoint ? (ModernizationIndicators.indicator(row.parent ?? "")?.nameZh ?? "") + "：" : ""
            let parentEn = row.level == .monitoringPoint ? (ModernizationIndicators.indicator(row.parent ?? "")?.nameEn ?? "") + ": " : ""
            return FieldSpec(measure.field, type, zh: parentName + row.nameZh, en: parentEn + row.nameEn, unit: measure.unit, constraint: constraint, definition: row.code)
        }
        facts.append(
            FieldSpec(
                recognizedKey, .boolean, zh: "已获评教育基本现代化县（市、区）", en: "Recognised as an education-modernized county",
                needed: false, definition: "省政府公布的评估认定名单"
            )
        )
        return facts
    }
}
