public import DudaoCore

/// The indicators of the teacher-pay check.
public enum TeacherPayIndicators {
    public static let groups: [IndicatorGroup] = [
        IndicatorGroup(code: "P", zh: "工资待遇", en: "Pay"),
        IndicatorGroup(code: "M", zh: "保障机制", en: "Mechanisms"),
    ]

    /// Teachers' average ÷ civil servants' average, both from item totals over head counts. The
    /// rule is the law [C]; the 口径 is not, so results carry [U].
    public static let parity = IndicatorDefinition(
        code: "TP-1", zh: "义务教育教师平均工资收入不低于当地公务员", en: "Teachers' average pay not below local civil servants'",
        unit: "%", group: "P", comparator: .atLeast, decimals: 4,
        citation: TeacherPayDocuments.teachersLaw.cite("第二十五条"), status: .confirmed
    )

    /// A mechanism that adjusts teachers' pay whenever civil servants' pay changes.
    public static let linkage = IndicatorDefinition(
        code: "TP-2", zh: "教师工资与公务员工资联动调整机制", en: "Mechanism linking teachers' pay to civil servants' pay",
        group: "M", comparator: .isTrue, decimals: 0,
        citation: TeacherPayDocuments.inspection2020.cite("督导重点"), status: .confirmed
    )

    /// The long-term funding mechanism, reported but not gating: the inspection looks at it, no
    /// text makes it a condition of the parity judgement.
    public static let funding = IndicatorDefinition(
        code: "TP-3", zh: "教师工资长效保障机制", en: "Long-term funding mechanism for teachers' pay",
        group: "M", comparator: .isTrue, decimals: 0,
        citation: TeacherPayDocuments.inspection2020.cite("督导重点"), status: .confirmed, gating: false
    )

    public static let all: [IndicatorDefinition] = [parity, linkage, funding]
}
