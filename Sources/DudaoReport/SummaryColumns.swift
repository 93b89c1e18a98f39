/// Names for the keys of a ``BatchSummary``'s values, labels and statistics, and words for its
/// coded labels, so a batch view reads as words (教师年平均工资) rather than keys (`teacher_average`).
///
/// Keys are the assessments' own; one they do not list here is shown as it is.
public enum SummaryColumns {
    static let names: [String: (zh: String, en: String)] = [
        "assigned_share": ("已挂牌学校比例", "share with an inspector"), "blocked": ("不具备条件学校", "blocked"),
        "blocked_schools": ("不具备条件的学校", "schools blocked"), "below_line": ("低于公务员", "below the line"),
        "civil_servant_average": ("公务员年平均工资（元）", "civil servants' average (yuan)"), "cleared": ("具备条件学校", "cleared"),
        "counties": ("县数", "counties"), "counties_below_line": ("低于公务员的县数", "counties below the line"),
        "counties_not_assessable": ("不可评估的县数", "counties not assessable"),
        "counties_without_linkage": ("未建联动机制的县数", "counties without linkage"), "creation_rate": ("创建率", "creation rate"),
        "creation_rate_target": ("创建率目标", "creation-rate target"), "difference": ("差额（元）", "difference (yuan)"),
        "gaps": ("缺口数", "gaps"), "grade": ("等级", "grade"), "grade_rank": ("等级序号", "grade rank"), "grade_text": ("等级", "grade"),
        "kind": ("类别", "kind"), "level": ("水平", "level"), "linkage_mechanism": ("联动机制", "linkage"),
        "max": ("最高", "max"), "max_load": ("督学最多负责学校", "max schools an inspector"), "max_zone_size": ("责任区最多学校", "max zone size"),
        "mean": ("平均", "mean"), "median": ("中位数", "median"), "min": ("最低", "min"), "missing": ("缺少数据", "missing"),
        "on_site": ("实地核查", "on site"), "per_capita_gap": ("人均缺口（元）", "gap per teacher (yuan)"),
        "province": ("省", "province"), "province_batch": ("全省结论", "province verdict"), "provinces": ("省数", "provinces"),
        "provinces_stopped": ("暂停的省数", "provinces stopped"), "q1": ("下四分位", "Q1"), "q3": ("上四分位", "Q3"),
        "ratio": ("比值", "ratio"), "reasons": ("未达标项", "failing items"), "recognition_unknown": ("认定未定", "recognition unknown"),
        "recognized": ("已认定", "recognised"), "sampled": ("抽中", "sampled"), "schools": ("学校数", "schools"),
        "scored": ("计分数", "scored"), "stratum": ("分层", "stratum"), "subjects": ("对象数", "subjects"),
        "teacher_average": ("教师年平均工资（元）", "teachers' average (yuan)"), "teacher_headcount": ("教师人数", "teachers"),
        "teachers_below_line": ("低于公务员的教师人数", "teachers below the line"), "total": ("总分", "total"),
        "total_gap": ("总缺口（元）", "total gap (yuan)"), "undecided": ("无法判定学校", "undecided"), "verdict": ("结论", "verdict"),
        "visit_share": ("督导频次达标比例", "visit share"), "weakest": ("最弱项", "weakest"), "weakest_zh": ("最弱项", "weakest"),
        "sampled_count": ("抽中数", "sampled"),
    ]

    static let prefixes: [String: (zh: String, en: String)] = [
        "score.": ("得分 ", "score "), "grade.": ("等级 ", "grade "), "verdict.": ("结论 ", "verdict "), "sampling.": ("抽样 ", "sampling "),
    ]

    /// Words for coded label values.
    static let words: [String: (zh: String, en: String)] = [
        "yes": ("是", "yes"), "no": ("否", "no"), "pass": ("达标", "pass"), "fail": ("未达标", "fail"),
        "not_assessable": ("不可评估", "not assessable"), "city": ("市", "city"), "county": ("县", "county"), "zone": ("责任区", "zone"),
        "school": ("学校", "school"), "kindergarten": ("幼儿园", "kindergarten"), "selected": ("抽中", "selected"),
        "not_selected": ("未抽中", "not selected"), "not_applicable": ("不适用", "not applicable"), "excellent": ("优秀", "excellent"),
        "good": ("良好", "good"), "eligible": ("可抽", "eligible"), "fraction": ("比例", "fraction"), "seed": ("种子", "seed"),
        "target": ("目标", "target"),
    ]

    /// A key's name in the language.
    public static func name(_ key: String, _ language: Language) -> String {
        if let name = self.names[key] { return language.pick(name.zh, name.en) }
        for (prefix, name) in self.prefixes where key.hasPrefix(prefix) {
            let rest = String(key.dropFirst(prefix.count))
            return language.pick(name.zh, name.en) + (self.words[rest].map { language.pick($0.zh, $0.en) } ?? rest)
        }
        return key
    }

    /// A label value in the language: coded words translated, a grade without its `等级：` prefix.
    public static func word(_ value: String, _ language: Language) -> String {
        if let word = self.words[value] { return language.pick(word.zh, word.en) }
        if value.hasPrefix("等级：") { return String(value.dropFirst(3)) }
        return value
    }

    /// The label keys to show: in Chinese the Chinese form of a label that has one (`weakest_zh`
    /// for `weakest`, `grade_text` for `grade`), in English the coded one.
    public static func labelKeys(_ keys: [String], _ language: Language) -> [String] {
        let present = Set(keys)
        return keys.filter { key in
            switch language {
            case .zh: !(key == "weakest" && present.contains("weakest_zh")) && !(key == "grade" && present.contains("grade_text"))
            case .en: key != "weakest_zh" && key != "grade_text"
            }
        }
    }
}
