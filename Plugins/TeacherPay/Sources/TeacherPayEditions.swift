public import DudaoCore

/// The editions of the teacher-pay check. The parity rule is the law; the 口径 is a working
/// assumption, every part of it a parameter tagged [U].
public enum TeacherPayEditions {
    /// The 2020 national 督导 reading, with REFERENCE §3's working assumption as the 口径.
    public static let edition2020: Edition = {
        let law = TeacherPayDocuments.teachersLaw
        let guideline = TeacherPayDocuments.performancePay2008
        let assumption = "REFERENCE §3 working assumption; no official 口径 found"
        let included: Set<String> = [
            "teacher.items.basic_pay", "teacher.items.allowances", "teacher.items.performance_pay",
            "civil_servant.items.basic_pay", "civil_servant.items.allowances", "civil_servant.items.year_end_bonus",
            "civil_servant.items.local_rewards",
        ]
        let items = TeacherPayItem.all.map { item in
            Parameter(
                item.parameter, .boolean(included.contains(item.parameter)),
                nameZh: "\(item.side == .teachers ? "教师" : "公务员")一方是否计入\(item.nameZh)",
                nameEn: "count \(item.nameEn) on the \(item.side == .teachers ? "teachers'" : "civil servants'") side",
                citation: guideline.cite(nil, note: assumption), status: .unconfirmed
            )
        }
        return Edition(
            id: "2020",
            titleZh: "义务教育教师平均工资收入不低于当地公务员（2020 督导口径假设）",
            titleEn: "Compulsory-school teachers' average pay not below local civil servants' (2020 inspection, assumed 口径)",
            effectiveFrom: CalendarDate(year: 2020, month: 1, day: 1)!,
            documents: TeacherPayDocuments.all,
            parameters: [
                Parameter("parity.min_ratio", .number(1.0), nameZh: "教师与公务员平均工资之比下限", nameEn: "minimum ratio of teachers' to civil servants' average pay", unit: "%", citation: law.cite("第二十五条"), status: .confirmed),
                Parameter("comparison.data_year_offset", .integer(0), nameZh: "比较数据年度相对评估年度的偏移", nameEn: "data year relative to the assessed year (0 = same year, −1 = previous year)", citation: guideline.cite(nil, note: assumption), status: .unconfirmed),
                Parameter("population.teachers", .text("县域内公办义务教育学校在职在编教职工（年平均人数）"), nameZh: "教师一方人群", nameEn: "teachers' population", citation: guideline.cite(nil, note: assumption), status: .unconfirmed),
                Parameter("population.civil_servants", .text("本县（市、区）在职公务员，含乡镇（年平均人数）"), nameZh: "公务员一方人群", nameEn: "civil servants' population", citation: guideline.cite(nil, note: assumption), status: .unconfirmed),
            ] + items,
            notes: [
                "The comparison 口径 (items, populations, year) is unconfirmed: every part is a parameter and every result states the 口径 used.",
            ]
        )
    }()

    public static let all: [Edition] = [edition2020]
}
