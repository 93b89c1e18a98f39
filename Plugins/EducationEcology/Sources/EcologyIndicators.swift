import DudaoCore

/// The 3 一级 / 15 二级 / 25 监测点 table.
///
/// The three 一级 and the counts are confirmed, and so are the examples the report names (炒作状元
/// 和升学率, 下达升学率指标, 查实的师德 / 招生 / 培训违规, 办学条件差异系数, 优质均衡, 随迁子女, 师德,
/// 体质健康合格率与优良率, 近视, 学校归属感, 师生关系, 作业, 睡眠, 校外培训). The other rows, every
/// weight and every target are reconstructed **[U]** parameters.
enum EcologyIndicators {
    static let cite = EcologyDocuments.framework

    static func first(_ code: String, _ zh: String, _ en: String, _ weight: Double) -> TreeRow {
        TreeRow(code, parent: nil, level: .first, zh: zh, en: en, weight: weight, status: .unconfirmed, citation: cite.cite(code, note: "一级 confirmed; weight not retrieved"))
    }

    static func second(_ code: String, _ parent: String, _ zh: String, _ en: String, _ weight: Double, named: Bool) -> TreeRow {
        TreeRow(code, parent: parent, level: .second, zh: zh, en: en, weight: weight, status: .unconfirmed, citation: cite.cite(code, note: named ? "named in the report; weight not retrieved" : "reconstructed"))
    }

    static func point(_ code: String, _ parent: String, _ zh: String, _ en: String, _ field: String, _ target: Double, _ comparator: Comparator, unit: String? = nil, named: Bool) -> TreeRow {
        let credit: CreditRule = comparator == .isTrue || comparator == .isFalse ? .allOrNothing : (target == 0 ? .allOrNothing : .proportional)
        return TreeRow(
            code, parent: parent, level: .monitoringPoint, zh: zh, en: en, weight: 1, status: .unconfirmed,
            citation: cite.cite(code, note: named ? "named in the report; target not retrieved" : "reconstructed"),
            measure: .init(field: field, target: target, comparator: comparator, credit: credit, unit: unit, targetStatus: .unconfirmed)
        )
    }

    static let rows: [TreeRow] = [
        first("ECO-E", "教育外部生态", "External ecology", 30),
        second("ECO-E1", "ECO-E", "招生宣传规范", "Honest publicity", 6, named: true),
        point("ECO-E1.1", "ECO-E1", "炒作中高考状元、升学率的事件数", "Cases of hyping top scorers or pass rates", "hyped_results_cases", 0, .atMost, unit: "件", named: true),
        second("ECO-E2", "ECO-E", "政府考核导向", "Government appraisal", 6, named: true),
        point("ECO-E2.1", "ECO-E2", "未向学校下达升学率指标", "No enrolment-rate targets set for schools", "no_enrolment_targets", 1, .isTrue, named: true),
        point("ECO-E2.2", "ECO-E2", "未以升学率对学校排名", "Schools not ranked by pass rates", "no_school_ranking", 1, .isTrue, named: false),
        second("ECO-E3", "ECO-E", "师德违规查处", "Verified teacher-ethics violations", 6, named: true),
        point("ECO-E3.1", "ECO-E3", "查实的师德违规案件数", "Verified teacher-ethics cases", "ethics_violation_cases", 0, .atMost, unit: "件", named: true),
        second("ECO-E4", "ECO-E", "招生入学规范", "Regular admissions", 6, named: true),
        point("ECO-E4.1", "ECO-E4", "查实的违规招生案件数", "Verified admission violations", "admission_violation_cases", 0, .atMost, unit: "件", named: true),
        second("ECO-E5", "ECO-E", "校外培训治理", "Private-tutoring governance", 6, named: true),
        point("ECO-E5.1", "ECO-E5", "查实的违规校外培训案件数", "Verified private-tutoring violations", "tutoring_violation_cases", 0, .atMost, unit: "件", named: true),
        point("ECO-E5.2", "ECO-E5", "校外培训机构规范率", "Tutoring providers in order", "tutoring_compliance_rate", 0.95, .atLeast, unit: "%", named: false),

        first("ECO-I", "教育内部生态", "Internal ecology", 35),
        second("ECO-I1", "ECO-I", "办学条件均衡", "Balanced school conditions", 7, named: true),
        point("ECO-I1.1", "ECO-I1", "小学办学条件综合差异系数", "Primary conditions: composite coefficient", "primary_condition_cv", 0.5, .atMost, named: true),
        point("ECO-I1.2", "ECO-I1", "初中办学条件综合差异系数", "Junior conditions: composite coefficient", "junior_condition_cv", 0.45, .atMost, named: true),
        second("ECO-I2", "ECO-I", "义务教育优质均衡", "Quality balance", 7, named: true),
        point("ECO-I2.1", "ECO-I2", "优质均衡发展达标", "Quality balance reached", "quality_balance_met", 1, .isTrue, named: true),
        second("ECO-I3", "ECO-I", "教育公平", "Equity", 7, named: true),
        point("ECO-I3.1", "ECO-I3", "随迁子女公办学校就读比例", "Migrant children in public schools", "migrant_public_share", 0.85, .atLeast, unit: "%", named: true),
        point("ECO-I3.2", "ECO-I3", "残疾儿童少年入学率", "Enrolment of children with disabilities", "disabled_enrolment_rate", 0.95, .atLeast, unit: "%", named: false),
        second("ECO-I4", "ECO-I", "师德师风", "Teacher ethics", 7, named: true),
        point("ECO-I4.1", "ECO-I4", "师德考核合格率", "Teacher-ethics appraisal pass rate", "ethics_pass_rate", 0.98, .atLeast, unit: "%", named: true),
        second("ECO-I5", "ECO-I", "学校治理", "School governance", 7, named: false),
        point("ECO-I5.1", "ECO-I5", "学校章程与民主管理落实率", "Schools with charters and democratic management", "governance_rate", 0.95, .atLeast, unit: "%", named: false),
        point("ECO-I5.2", "ECO-I5", "教师交流轮岗比例", "Teacher rotation share", "teacher_rotation_share", 0.15, .atLeast, unit: "%", named: false),

        first("ECO-P", "个体发展生态", "Individual development", 35),
        second("ECO-P1", "ECO-P", "体质健康", "Fitness", 7, named: true),
        point("ECO-P1.1", "ECO-P1", "体质健康合格率", "Fitness pass rate", "fitness_pass_rate", 0.95, .atLeast, unit: "%", named: true),
        point("ECO-P1.2", "ECO-P1", "体质健康优良率", "Fitness good-or-excellent rate", "fitness_good_rate", 0.5, .atLeast, unit: "%", named: true),
        second("ECO-P2", "ECO-P", "视力健康", "Eyesight", 7, named: true),
        point("ECO-P2.1", "ECO-P2", "学生近视率", "Myopia rate", "myopia_rate", 0.5, .atMost, unit: "%", named: true),
        point("ECO-P2.2", "ECO-P2", "近视率较上年下降", "Myopia rate falls", "myopia_declined", 1, .isTrue, named: true),
        second("ECO-P3", "ECO-P", "学校归属感与心理健康", "Belonging and mental health", 7, named: true),
        point("ECO-P3.1", "ECO-P3", "学生学校归属感指数", "School-belonging index", "school_belonging_index", 0.8, .atLeast, named: true),
        point("ECO-P3.2", "ECO-P3", "心理健康筛查覆盖率", "Mental-health screening coverage", "mental_screening_coverage", 0.95, .atLeast, unit: "%", named: false),
        second("ECO-P4", "ECO-P", "师生关系", "Teacher–student relations", 7, named: true),
        point("ECO-P4.1", "ECO-P4", "师生关系满意度", "Satisfaction with teacher–student relations", "teacher_student_relations", 0.85, .atLeast, unit: "%", named: true),
        second("ECO-P5", "ECO-P", "学业负担", "Study load", 7, named: true),
        point("ECO-P5.1", "ECO-P5", "作业时间达标率", "Homework time within limits", "homework_compliance", 0.9, .atLeast, unit: "%", named: true),
        point("ECO-P5.2", "ECO-P5", "睡眠时间达标率", "Sleep time met", "sleep_compliance", 0.8, .atLeast, unit: "%", named: true),
        point("ECO-P5.3", "ECO-P5", "参加校外学科类培训学生比例", "Pupils in private academic tutoring", "private_tutoring_share", 0.2, .atMost, unit: "%", named: true),
    ]

    /// The report's anomaly factors (异常因子): each drops the band by one [U].
    static let anomalies: [(code: String, zh: String, en: String, field: String)] = [
        ("ECO-X1", "发生校园欺凌事件", "Bullying incidents", "bullying_incident"),
        ("ECO-X2", "学生非正常死亡率异常", "Abnormal student death rate", "abnormal_death"),
    ]
}
