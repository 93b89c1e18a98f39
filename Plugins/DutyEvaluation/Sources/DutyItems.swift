import DudaoCore

/// The six areas of 国办发〔2017〕49号 [C] and the items scored under them [U].
///
/// Each item's input is its assessed degree of completion (达成度, 0 … 1) as the evaluation team
/// records it; it earns that share of its weight. The six areas are confirmed; the items under
/// them and every weight are reconstructed and parameters (`weight.<code>`).
enum DutyItems {
    struct Row {
        var code: String
        var parent: String?
        var zh: String
        var en: String
        var weight: Double
        /// The input field of a leaf.
        var field: String?
    }

    static let rows: [Row] = [
        Row(code: "DUTY-1", zh: "贯彻落实党的教育方针", en: "Implementing the Party's education policy", weight: 15),
        Row(code: "DUTY-1.1", parent: "DUTY-1", zh: "党对教育工作的全面领导", en: "Party leadership of education work", weight: 8, field: "party_leadership"),
        Row(code: "DUTY-1.2", parent: "DUTY-1", zh: "立德树人根本任务落实", en: "Moral education as the fundamental task", weight: 7, field: "moral_education"),
        Row(code: "DUTY-2", zh: "落实教育法律法规和政策", en: "Implementing education laws, regulations and policies", weight: 15),
        Row(code: "DUTY-2.1", parent: "DUTY-2", zh: "依法治教与教育法律法规执行", en: "Rule of law in education", weight: 8, field: "law_enforcement"),
        Row(code: "DUTY-2.2", parent: "DUTY-2", zh: "上级重大教育决策部署落实", en: "Major decisions carried out", weight: 7, field: "policy_implementation"),
        Row(code: "DUTY-3", zh: "各级各类教育发展", en: "Development of each level and type of education", weight: 20),
        Row(code: "DUTY-3.1", parent: "DUTY-3", zh: "学前教育普及普惠", en: "Universal, affordable preschool", weight: 5, field: "preschool_development"),
        Row(code: "DUTY-3.2", parent: "DUTY-3", zh: "义务教育均衡发展", en: "Balanced compulsory education", weight: 6, field: "compulsory_balance"),
        Row(code: "DUTY-3.3", parent: "DUTY-3", zh: "普通高中与职业教育", en: "Senior secondary and vocational education", weight: 5, field: "secondary_vocational"),
        Row(code: "DUTY-3.4", parent: "DUTY-3", zh: "特殊教育与终身教育", en: "Special and lifelong education", weight: 4, field: "special_lifelong"),
        Row(code: "DUTY-4", zh: "统筹推进教育工作", en: "Overall coordination of education work", weight: 15),
        Row(code: "DUTY-4.1", parent: "DUTY-4", zh: "教育规划与重大改革", en: "Planning and major reforms", weight: 8, field: "planning_reform"),
        Row(code: "DUTY-4.2", parent: "DUTY-4", zh: "部门协同与督导问责", en: "Coordination and supervision accountability", weight: 7, field: "coordination_accountability"),
        Row(code: "DUTY-5", zh: "教育保障", en: "Education safeguards", weight: 20),
        Row(code: "DUTY-5.1", parent: "DUTY-5", zh: "经费投入“两个只增不减”", en: "Funding that only grows", weight: 8, field: "funding_guarantee"),
        Row(code: "DUTY-5.2", parent: "DUTY-5", zh: "教师队伍建设与待遇保障", en: "Teachers and their pay", weight: 7, field: "teacher_guarantee"),
        Row(code: "DUTY-5.3", parent: "DUTY-5", zh: "学校规划建设与安全保障", en: "School building and safety", weight: 5, field: "facilities_safety"),
        Row(code: "DUTY-6", zh: "学校办学行为", en: "Schools' conduct of schooling", weight: 15),
        Row(code: "DUTY-6.1", parent: "DUTY-6", zh: "招生入学与规范办学", en: "Admissions and regulated schooling", weight: 8, field: "school_conduct"),
        Row(code: "DUTY-6.2", parent: "DUTY-6", zh: "减轻学生负担与素质教育", en: "Lighter loads and all-round education", weight: 7, field: "student_burden"),
    ]

    /// Ningxia's downgrade rules [C there], [U] for Zhejiang: (code, zh, en, field, effect).
    static let downgrades: [(code: String, zh: String, en: String, field: String, drop: Bool)] = [
        ("DUTY-D1", "发生涉校安全事故或事件", "A school-related accident or incident", "school_safety_incident", true),
        ("DUTY-D2", "弄虚作假", "Falsification", "data_falsification", true),
        ("DUTY-D3", "学生体质健康水平连续三年下降", "Student fitness falling three years in a row", "fitness_declined_three_years", true),
        ("DUTY-D4", "有县未达到基本均衡差异系数标准", "A county below the basic-balance coefficient standard", "below_basic_balance", true),
        ("DUTY-C1", "师生在 D 级危房中学习生活", "Teachers or pupils in D-grade dangerous buildings", "dangerous_buildings_in_use", false),
        ("DUTY-C2", "近两年发生重大校园安全责任事故", "A major campus safety accident in the last two years", "major_safety_accident", false),
        ("DUTY-C3", "近两年发生造成恶劣影响的重大违法违纪案件", "A major, badly received law or discipline case in the last two years", "major_discipline_case", false),
    ]
}
