public import DudaoCore

/// The input of the teacher-pay check: one county's pay totals per item, head counts and mechanisms.
public enum TeacherPaySchema {
    public static let schema = InputSchema(
        subjectKinds: [.county, .zone],
        facts: TeacherPayItem.all.map { item in
            FieldSpec(
                item.fact, .number,
                zh: "\(item.side == .teachers ? "教师" : "公务员")\(item.nameZh)年度总额",
                en: "annual total of \(item.nameEn) paid to the \(item.side == .teachers ? "teachers" : "civil servants")",
                unit: "元", constraint: .nonNegative, needed: false,
                definition: "needed when the edition parameter \(item.parameter) counts it"
            )
        } + [
            FieldSpec("teacher_headcount", .number, zh: "教师年平均人数", en: "teachers, annual average head count", unit: "人", constraint: .positive, definition: "the population of parameter population.teachers"),
            FieldSpec("civil_servant_headcount", .number, zh: "公务员年平均人数", en: "civil servants, annual average head count", unit: "人", constraint: .positive, definition: "the population of parameter population.civil_servants"),
            FieldSpec("pay_data_year", .integer, zh: "工资数据年度", en: "year of the pay data", constraint: .between(1993, 9999)),
            FieldSpec("linkage_mechanism_established", .boolean, zh: "是否建立联动调整机制", en: "whether teachers' pay is adjusted together with civil servants'"),
            FieldSpec("funding_mechanism_established", .boolean, zh: "是否建立长效保障机制", en: "whether a long-term funding mechanism exists"),
        ]
    )
}
