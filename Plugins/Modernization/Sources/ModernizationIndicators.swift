import DudaoCore

/// The indicator table: 5 一级 [C], 12 二级, 42 三级, and the 监测点 the 2017 细则 shows.
///
/// Confirmed from the retrieved 2017 细则 (REFERENCE §4.2): 优先发展 35; 经费保障 9 with the
/// 生均教育事业费 and 生均公用经费 growth points (five levels, 0.6 each) and 全社会教育投入 3;
/// 教师保障 14 with the six 生师比 targets (0.5 each). The names of the first three 二级 come from
/// the 2015 评估汇总表 [P], and so do the relative shares inside two blocks: 教师保障 编制 50 /
/// 待遇 25 / 培训 25 (here sharing the 11 points 生师比 leaves: 5.5 / 2.75 / 2.75) and 资源保障
/// 布局 20 / 标准化学校比例 40 / 民办教育 20 / 校舍维修机制 20 (of 12: 2.4 / 4.8 / 2.4 / 2.4); the
/// block totals they divide stay [U]. Every other 二级 and 三级 name, weight and target is reconstructed
/// **[U]**: the 12 / 42 counts are confirmed, the rows are not, and all of them are parameters.
public enum ModernizationIndicators {
    public static let all: [ModernizationIndicator] = [
        branch("MOD-1", nil, .first, "优先发展", "Priority development", 35, .confirmed),
        branch("MOD-1.1", "MOD-1", .second, "经费保障", "Funding", 9, .confirmed),
        branch("MOD-1.1.1", "MOD-1.1", .third, "生均教育事业费预算拨款逐年增长", "Per-pupil operating budget grows year on year", 3, .confirmed),
        point("MOD-1.1.1.1", "MOD-1.1.1", "幼儿园", "kindergarten", 0.6, "budget_growth_kindergarten", .growth, 0, .greaterThan),
        point("MOD-1.1.1.2", "MOD-1.1.1", "小学", "primary", 0.6, "budget_growth_primary", .growth, 0, .greaterThan),
        point("MOD-1.1.1.3", "MOD-1.1.1", "初中", "junior secondary", 0.6, "budget_growth_junior", .growth, 0, .greaterThan),
        point("MOD-1.1.1.4", "MOD-1.1.1", "普通高中", "senior secondary", 0.6, "budget_growth_senior", .growth, 0, .greaterThan),
        point("MOD-1.1.1.5", "MOD-1.1.1", "中职", "vocational", 0.6, "budget_growth_vocational", .growth, 0, .greaterThan),
        branch("MOD-1.1.2", "MOD-1.1", .third, "生均公用经费逐年增长", "Per-pupil public funds grow year on year", 3, .confirmed),
        point("MOD-1.1.2.1", "MOD-1.1.2", "幼儿园", "kindergarten", 0.6, "public_funds_growth_kindergarten", .growth, 0, .greaterThan),
        point("MOD-1.1.2.2", "MOD-1.1.2", "小学", "primary", 0.6, "public_funds_growth_primary", .growth, 0, .greaterThan),
        point("MOD-1.1.2.3", "MOD-1.1.2", "初中", "junior secondary", 0.6, "public_funds_growth_junior", .growth, 0, .greaterThan),
        point("MOD-1.1.2.4", "MOD-1.1.2", "普通高中", "senior secondary", 0.6, "public_funds_growth_senior", .growth, 0, .greaterThan),
        point("MOD-1.1.2.5", "MOD-1.1.2", "中职", "vocational", 0.6, "public_funds_growth_vocational", .growth, 0, .greaterThan),
        leaf("MOD-1.1.3", "MOD-1.1", "全社会教育投入（不含财政性经费）增长", "Non-government education investment grows", 3, .confirmed, "social_investment_growth", .growth, 0, .greaterThan, .confirmed),
        branch("MOD-1.2", "MOD-1", .second, "教师保障", "Teachers", 14, .confirmed),
        branch("MOD-1.2.1", "MOD-1.2", .third, "生师比达标", "Pupil–teacher ratios", 3, .confirmed),
        point("MOD-1.2.1.1", "MOD-1.2.1", "幼儿园 15:1", "kindergarten 15:1", 0.5, "pupil_teacher_ratio_kindergarten", .ratio, 15, .atMost),
        point("MOD-1.2.1.2", "MOD-1.2.1", "小学 16:1", "primary 16:1", 0.5, "pupil_teacher_ratio_primary", .ratio, 16, .atMost),
        point("MOD-1.2.1.3", "MOD-1.2.1", "初中 11:1", "junior 11:1", 0.5, "pupil_teacher_ratio_junior", .ratio, 11, .atMost),
        point("MOD-1.2.1.4", "MOD-1.2.1", "普通高中 10:1", "senior 10:1", 0.5, "pupil_teacher_ratio_senior", .ratio, 10, .atMost),
        point("MOD-1.2.1.5", "MOD-1.2.1", "中职 12:1", "vocational 12:1", 0.5, "pupil_teacher_ratio_vocational", .ratio, 12, .atMost),
        point("MOD-1.2.1.6", "MOD-1.2.1", "特殊教育 3:1", "special education 3:1", 0.5, "pupil_teacher_ratio_special", .ratio, 3, .atMost),
        leaf("MOD-1.2.2", "MOD-1.2", "教师平均工资收入不低于当地公务员", "Teacher pay not below local civil servants", 2.75, .unconfirmed, "teacher_pay_parity", .yesNo, 1, .isTrue, .unconfirmed),
        leaf("MOD-1.2.3", "MOD-1.2", "教师培训经费占公用经费比例", "Teacher-training share of public funds", 2.75, .unconfirmed, "teacher_training_funds_share", .fraction, 0.05, .atLeast, .unconfirmed),
        leaf("MOD-1.2.4", "MOD-1.2", "教职工编制按标准核定", "Staffing quotas set to standard", 5.5, .unconfirmed, "staffing_quota_met", .yesNo, 1, .isTrue, .unconfirmed),
        branch("MOD-1.3", "MOD-1", .second, "资源保障", "Resources", 12, .unconfirmed),
        leaf("MOD-1.3.1", "MOD-1.3", "学校布局规划", "School layout plan", 2.4, .unconfirmed, "school_layout_plan", .yesNo, 1, .isTrue, .unconfirmed),
        leaf("MOD-1.3.2", "MOD-1.3", "标准化学校比例", "Share of standardised schools", 4.8, .unconfirmed, "standardized_school_share", .fraction, 0.95, .atLeast, .unconfirmed),
        leaf("MOD-1.3.3", "MOD-1.3", "民办教育扶持政策", "Support for private education", 2.4, .unconfirmed, "private_education_support", .yesNo, 1, .isTrue, .unconfirmed),
        leaf("MOD-1.3.4", "MOD-1.3", "校舍维修长效机制", "Building maintenance mechanism", 2.4, .unconfirmed, "maintenance_mechanism", .yesNo, 1, .isTrue, .unconfirmed),

        branch("MOD-2", nil, .first, "育人为本", "Education centred on people", 15, .unconfirmed),
        branch("MOD-2.1", "MOD-2", .second, "德育为先", "Moral education first", 6, .unconfirmed),
        leaf("MOD-2.1.1", "MOD-2.1", "德育工作体系健全", "Moral-education system in place", 2, .unconfirmed, "moral_education_system", .yesNo, 1, .isTrue, .unconfirmed),
        leaf("MOD-2.1.2", "MOD-2.1", "心理健康教育达标学校比例", "Schools meeting the mental-health standard", 2, .unconfirmed, "mental_health_school_share", .fraction, 0.9, .atLeast, .unconfirmed),
        leaf("MOD-2.1.3", "MOD-2.1", "家庭教育指导覆盖率", "Family-education guidance coverage", 2, .unconfirmed, "family_education_coverage", .fraction, 0.9, .atLeast, .unconfirmed),
        branch("MOD-2.2", "MOD-2", .second, "全面发展", "All-round development", 9, .unconfirmed),
        leaf("MOD-2.2.1", "MOD-2.2", "学生体质健康合格率", "Student fitness pass rate", 3, .unconfirmed, "fitness_pass_rate", .fraction, 0.95, .atLeast, .unconfirmed),
        leaf("MOD-2.2.2", "MOD-2.2", "学生近视率下降", "Myopia rate falls", 2, .unconfirmed, "myopia_rate_declined", .yesNo, 1, .isTrue, .unconfirmed),
        leaf("MOD-2.2.3", "MOD-2.2", "艺术活动参与率", "Arts participation rate", 2, .unconfirmed, "arts_participation_rate", .fraction, 0.9, .atLeast, .unconfirmed),
        leaf("MOD-2.2.4", "MOD-2.2", "课业负担监测达标", "Homework-load monitoring met", 2, .unconfirmed, "homework_burden_compliant", .yesNo, 1, .isTrue, .unconfirmed),

        branch("MOD-3", nil, .first, "促进公平", "Equity", 18, .unconfirmed),
        branch("MOD-3.1", "MOD-3", .second, "普及水平", "Participation", 7, .unconfirmed),
        leaf("MOD-3.1.1", "MOD-3.1", "学前三年毛入园率", "Three-year preschool gross enrolment", 2, .unconfirmed, "preschool_enrolment_rate", .fraction, 0.98, .atLeast, .unconfirmed),
        leaf("MOD-3.1.2", "MOD-3.1", "义务教育巩固率", "Compulsory-education retention", 2, .unconfirmed, "compulsory_retention_rate", .fraction, 0.99, .atLeast, .unconfirmed),
        leaf("MOD-3.1.3", "MOD-3.1", "高中段毛入学率", "Upper-secondary gross enrolment", 2, .unconfirmed, "upper_secondary_enrolment_rate", .fraction, 0.98, .atLeast, .unconfirmed),
        leaf("MOD-3.1.4", "MOD-3.1", "残疾儿童少年入学率", "Enrolment of children with disabilities", 1, .unconfirmed, "disabled_children_enrolment_rate", .fraction, 0.95, .atLeast, .unconfirmed),
        branch("MOD-3.2", "MOD-3", .second, "均衡发展", "Balance", 6, .unconfirmed),
        leaf("MOD-3.2.1", "MOD-3.2", "小学校际综合差异系数", "Primary between-school composite coefficient", 2, .unconfirmed, "primary_composite_cv", .coefficient, 0.4, .atMost, .unconfirmed),
        leaf("MOD-3.2.2", "MOD-3.2", "初中校际综合差异系数", "Junior between-school composite coefficient", 2, .unconfirmed, "junior_composite_cv", .coefficient, 0.35, .atMost, .unconfirmed),
        leaf("MOD-3.2.3", "MOD-3.2", "义务教育优质均衡创建推进", "Progress towards quality balance", 2, .unconfirmed, "quality_balance_progress", .yesNo, 1, .isTrue, .unconfirmed),
        branch("MOD-3.3", "MOD-3", .second, "关爱帮扶", "Support for the disadvantaged", 5, .unconfirmed),
        leaf("MOD-3.3.1", "MOD-3.3", "随迁子女公办学校就读比例", "Migrant children in public schools", 2, .unconfirmed, "migrant_children_public_share", .fraction, 0.85, .atLeast, .unconfirmed),
        leaf("MOD-3.3.2", "MOD-3.3", "学生资助应助尽助", "Student aid reaches all eligible", 2, .unconfirmed, "student_aid_full_coverage", .yesNo, 1, .isTrue, .unconfirmed),
        leaf("MOD-3.3.3", "MOD-3.3", "特殊教育生均公用经费达标", "Special-education per-pupil funds met", 1, .unconfirmed, "special_education_funding_met", .yesNo, 1, .isTrue, .unconfirmed),

        branch("MOD-4", nil, .first, "提高质量", "Quality", 17, .unconfirmed),
        branch("MOD-4.1", "MOD-4", .second, "队伍素质", "Teaching force", 8, .unconfirmed),
        leaf("MOD-4.1.1", "MOD-4.1", "幼儿园教师持证率", "Certified kindergarten teachers", 2, .unconfirmed, "kindergarten_teacher_certified_rate", .fraction, 0.98, .atLeast, .unconfirmed),
        leaf("MOD-4.1.2", "MOD-4.1", "小学教师本科及以上学历比例", "Primary teachers with a bachelor's degree", 2, .unconfirmed, "primary_teacher_bachelor_share", .fraction, 0.8, .atLeast, .unconfirmed),
        leaf("MOD-4.1.3", "MOD-4.1", "初中教师研究生学历比例", "Junior teachers with a master's degree", 2, .unconfirmed, "junior_teacher_postgraduate_share", .fraction, 0.1, .atLeast, .unconfirmed),
        leaf("MOD-4.1.4", "MOD-4.1", "高中教师研究生学历比例", "Senior teachers with a master's degree", 2, .unconfirmed, "senior_teacher_postgraduate_share", .fraction, 0.2, .atLeast, .unconfirmed),
        branch("MOD-4.2", "MOD-4", .second, "教育质量", "Outcomes", 9, .unconfirmed),
        leaf("MOD-4.2.1", "MOD-4.2", "义务教育质量监测达标", "Compulsory-education quality monitoring met", 3, .unconfirmed, "quality_monitoring_met", .yesNo, 1, .isTrue, .unconfirmed),
        leaf("MOD-4.2.2", "MOD-4.2", "中职学生双证书获取率", "Vocational dual-certificate rate", 2, .unconfirmed, "vocational_dual_certificate_rate", .fraction, 0.9, .atLeast, .unconfirmed),
        leaf("MOD-4.2.3", "MOD-4.2", "优质特色普通高中比例", "Share of quality senior high schools", 2, .unconfirmed, "quality_senior_school_share", .fraction, 0.7, .atLeast, .unconfirmed),
        leaf("MOD-4.2.4", "MOD-4.2", "社区教育参与率", "Community-education participation", 2, .unconfirmed, "community_education_participation", .fraction, 0.5, .atLeast, .unconfirmed),

        branch("MOD-5", nil, .first, "改革创新", "Reform and innovation", 15, .unconfirmed),
        branch("MOD-5.1", "MOD-5", .second, "体制机制改革", "Institutional reform", 8, .unconfirmed),
        leaf("MOD-5.1.1", "MOD-5.1", "教育督导体制健全", "Education supervision system in place", 3, .unconfirmed, "supervision_system_in_place", .yesNo, 1, .isTrue, .unconfirmed),
        leaf("MOD-5.1.2", "MOD-5.1", "中小学校长职级制", "Principal rank system", 2, .unconfirmed, "principal_rank_system", .yesNo, 1, .isTrue, .unconfirmed),
        leaf("MOD-5.1.3", "MOD-5.1", "集团化办学覆盖率", "School-group coverage", 3, .unconfirmed, "group_schooling_coverage", .fraction, 0.8, .atLeast, .unconfirmed),
        branch("MOD-5.2", "MOD-5", .second, "信息化与开放", "Digital and open education", 7, .unconfirmed),
        leaf("MOD-5.2.1", "MOD-5.2", "数字校园达标率", "Digital-campus standard met", 3, .unconfirmed, "digital_campus_share", .fraction, 0.9, .atLeast, .unconfirmed),
        leaf("MOD-5.2.2", "MOD-5.2", "教育对外交流合作", "International exchange", 2, .unconfirmed, "international_exchange", .yesNo, 1, .isTrue, .unconfirmed),
        leaf("MOD-5.2.3", "MOD-5.2", "社会满意度", "Public satisfaction", 2, .unconfirmed, "public_satisfaction_rate", .fraction, 0.85, .atLeast, .unconfirmed),
    ]

    public static func indicator(_ code: String) -> ModernizationIndicator? { self.all.first { $0.code == code } }

    public static func children(of code: String?) -> [ModernizationIndicator] { self.all.filter { $0.parent == code } }

    private static func branch(_ code: String, _ parent: String?, _ level: IndicatorLevel, _ zh: String, _ en: String, _ weight: Double, _ status: StatusTag) -> ModernizationIndicator {
        ModernizationIndicator(code: code, parent: parent, level: level, nameZh: zh, nameEn: en, weight: weight, weightStatus: status, measure: nil)
    }

    private static func leaf(
        _ code: String, _ parent: String, _ zh: String, _ en: String, _ weight: Double, _ status: StatusTag,
        _ field: String, _ kind: ModernizationIndicator.Measure.Kind, _ target: Double, _ comparator: Comparator, _ targetStatus: StatusTag
    ) -> ModernizationIndicator {
        ModernizationIndicator(
            code: code, parent: parent, level: .third, nameZh: zh, nameEn: en, weight: weight, weightStatus: status,
            measure: .init(field: field, kind: kind, target: target, comparator: comparator, targetStatus: targetStatus)
        )
    }

    /// A 监测点 of the 2017 细则: weight and target as printed [C].
    private static func point(
        _ code: String, _ parent: String, _ zh: String, _ en: String, _ weight: Double,
        _ field: String, _ kind: ModernizationIndicator.Measure.Kind, _ target: Double, _ comparator: Comparator
    ) -> ModernizationIndicator {
        ModernizationIndicator(
            code: code, parent: parent, level: .monitoringPoint, nameZh: zh, nameEn: en, weight: weight, weightStatus: .confirmed,
            measure: .init(field: field, kind: kind, target: target, comparator: comparator, targetStatus: .confirmed)
        )
    }
}
