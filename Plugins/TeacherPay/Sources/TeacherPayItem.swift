/// A pay item that may be counted on one side of the comparison.
///
/// Which items count is the comparison 口径, which no official text settles (REFERENCE §3): each
/// item is switched on or off by an edition parameter, and its annual total is a fact of the input.
public struct TeacherPayItem: Sendable, Hashable {
    public enum Side: String, Sendable, Hashable {
        case teachers
        case civilServants = "civil_servants"
    }

    public var side: Side
    /// The input fact holding the annual total of this item for the side's population.
    public var fact: String
    /// The edition parameter that counts the item in (`true`) or leaves it out.
    public var parameter: String
    public var nameZh: String
    public var nameEn: String

    public static let all: [TeacherPayItem] = [
        TeacherPayItem(side: .teachers, fact: "teacher_basic_pay_yuan", parameter: "teacher.items.basic_pay", nameZh: "基本工资", nameEn: "basic pay"),
        TeacherPayItem(side: .teachers, fact: "teacher_allowances_yuan", parameter: "teacher.items.allowances", nameZh: "国家统一规定的津贴补贴", nameEn: "nationally set allowances"),
        TeacherPayItem(side: .teachers, fact: "teacher_performance_pay_yuan", parameter: "teacher.items.performance_pay", nameZh: "绩效工资（基础性＋奖励性）", nameEn: "performance pay (basic and reward parts)"),
        TeacherPayItem(side: .teachers, fact: "teacher_other_local_pay_yuan", parameter: "teacher.items.other_local_pay", nameZh: "其他地方性收入", nameEn: "other locally paid income"),
        TeacherPayItem(side: .teachers, fact: "teacher_employer_contributions_yuan", parameter: "teacher.items.employer_contributions", nameZh: "单位缴纳的社保、公积金、职业年金", nameEn: "employer social-insurance, housing-fund and annuity contributions"),
        TeacherPayItem(side: .civilServants, fact: "cs_basic_pay_yuan", parameter: "civil_servant.items.basic_pay", nameZh: "基本工资", nameEn: "basic pay"),
        TeacherPayItem(side: .civilServants, fact: "cs_allowances_yuan", parameter: "civil_servant.items.allowances", nameZh: "规范津贴补贴", nameEn: "standardised allowances"),
        TeacherPayItem(side: .civilServants, fact: "cs_year_end_bonus_yuan", parameter: "civil_servant.items.year_end_bonus", nameZh: "年终一次性奖金", nameEn: "year-end one-off bonus"),
        TeacherPayItem(side: .civilServants, fact: "cs_local_rewards_yuan", parameter: "civil_servant.items.local_rewards", nameZh: "地方奖励性补贴（考核奖、精神文明奖等）", nameEn: "local rewards (appraisal and civility awards)"),
        TeacherPayItem(side: .civilServants, fact: "cs_employer_contributions_yuan", parameter: "civil_servant.items.employer_contributions", nameZh: "单位缴纳的社保、公积金、职业年金", nameEn: "employer social-insurance, housing-fund and annuity contributions"),
    ]
}
