public import DudaoCore

/// The input the 优质均衡 module accepts: a county (or zone), its county-level facts and one
/// record per school with raw totals.
///
/// Rates are fractions (0.9 for 90%). Schools report raw counts and amounts, never ratios, so
/// that every ratio and 差异系数 is computed from the same totals. Teachers are reported by the
/// 学段 they teach; the four physical resources for the whole school (split by ``StageSplit``).
public enum QualityBalanceSchema {
    static let withPrimary: [UnitKind] = [.primary, .nineYear, .twelveYear, .teachingPoint, .special]
    static let withJunior: [UnitKind] = [.junior, .nineYear, .twelveYear, .completeSecondary, .special]
    static let withSenior: [UnitKind] = [.twelveYear, .completeSecondary]
    static let teachesPrimary: [UnitKind] = [.primary, .nineYear, .twelveYear, .teachingPoint]
    static let teachesJunior: [UnitKind] = [.junior, .nineYear, .twelveYear, .completeSecondary]
    static let ordinary: [UnitKind] = [.primary, .junior, .nineYear, .twelveYear, .completeSecondary, .teachingPoint]
    /// 第3项 功能室 applies to 小学 and 初中 proper; a 教学点 has no such rooms by design.
    static let withArtsRooms: [UnitKind] = [.primary, .junior, .nineYear, .twelveYear, .completeSecondary]

    public static let schema = InputSchema(
        subjectKinds: [.county, .zone],
        facts: facts,
        unitKinds: [
            UnitKindSpec(.primary, zh: "小学", en: "primary school"),
            UnitKindSpec(.junior, zh: "初中", en: "junior secondary school"),
            UnitKindSpec(.nineYear, zh: "九年一贯制学校", en: "nine-year through school"),
            UnitKindSpec(.twelveYear, zh: "十二年一贯制学校", en: "twelve-year through school"),
            UnitKindSpec(.completeSecondary, zh: "完全中学（初中部）", en: "complete secondary school (junior part)"),
            UnitKindSpec(.teachingPoint, zh: "教学点", en: "teaching point"),
            UnitKindSpec(.special, zh: "特殊教育学校", en: "special-education school"),
        ],
        unitFields: unitFields,
        requiresUnits: true
    )

    static func flag(_ key: String, _ zh: String, _ en: String, needed: Bool = true) -> FieldSpec {
        FieldSpec(key, .boolean, zh: zh, en: en, needed: needed)
    }

    static func rate(_ key: String, _ zh: String, _ en: String, definition: String? = nil) -> FieldSpec {
        FieldSpec(key, .number, zh: zh, en: en, unit: "比例", constraint: .fraction, definition: definition)
    }

    static let facts: [FieldSpec] = [
        FieldSpec(
            "basic_balance_certified_year", .integer, zh: "通过义务教育基本均衡国家认定年份", en: "year the county was recognised as basically balanced",
            unit: "年", constraint: .between(1990, 2100)
        ),
        flag("basic_balance_monitoring_maintained", "认定后年度监测持续保持较高水平", "annual monitoring kept at a high level since recognition"),
        flag("gov_school_network_planned", "学校规划布局合理、符合国家规定", "school network planned to national requirements"),
        flag("gov_four_unified_standards", "城乡学校“四个统一”", "one set of standards for urban and rural schools"),
        flag("gov_small_school_funding_as_100", "不足100人的村小、教学点按100人核定公用经费", "small schools funded as 100 pupils"),
        FieldSpec(
            "special_school_public_funds_per_pupil_yuan", .number, zh: "特殊教育学校生均公用经费", en: "special-school public funds per pupil",
            unit: "元", constraint: .nonNegative, definition: "教育经费统计"
        ),
        FieldSpec("teacher_average_pay_yuan", .number, zh: "义务教育教师年平均工资收入", en: "compulsory-school teachers' average annual pay", unit: "元", constraint: .positive),
        FieldSpec("civil_servant_average_pay_yuan", .number, zh: "当地公务员年平均工资收入", en: "local civil servants' average annual pay", unit: "元", constraint: .positive),
        rate("teacher_training_completion_rate", "教师5年360学时培训完成率", "share of teachers completing 360 hours in 5 years"),
        flag("gov_staffing_allocated_by_county", "县级统筹分配编制和岗位", "county allocates posts among schools"),
        rate("teacher_rotation_rate", "教师交流轮岗比例", "share of eligible teachers rotated this year"),
        rate("rotated_backbone_share", "交流轮岗教师中骨干教师比例", "share of backbone teachers among those rotated"),
        rate("teacher_certificate_rate", "专任教师持证上岗率", "share of full-time teachers with a teaching certificate"),
        rate("primary_nearby_enrolment_rate", "公办小学就近划片入学比例", "share of public primaries admitting by catchment"),
        rate("junior_nearby_enrolment_rate", "公办初中就近划片入学比例", "share of public junior schools admitting by catchment"),
        rate("senior_places_allocated_share", "优质高中招生名额分配到校比例", "share of quality senior-high places allocated to junior schools"),
        flag("left_behind_care_system_in_place", "留守儿童关爱体系健全", "care system for left-behind children in place"),
        rate("migrant_children_public_share", "随迁子女在公办学校或政府购买学位就读比例", "share of eligible migrant children in public or purchased places"),
        rate("junior_retention_rate", "初中三年巩固率", "junior three-year retention rate"),
        rate("disabled_children_enrolment_rate", "残疾儿童少年入学率", "enrolment rate of disabled children"),
        flag("schools_have_charter_and_ict_management", "学校章程与管理信息化", "every school has a charter and ICT-based management"),
        rate("lowest_school_training_budget_share", "教师培训经费占公用经费预算比例（最低的学校）", "lowest school's teacher-training share of its public-funds budget"),
        flag("ict_used_in_teaching", "信息化手段教学与设施设备利用", "ICT used in teaching, equipment well used"),
        flag("moral_education_rated_good", "德育与校园文化达到良好以上", "moral education and campus culture rated good or better"),
        flag("full_curriculum_delivered", "课程开齐开足、综合实践活动有效开展", "full curriculum and comprehensive practice"),
        flag("homework_burden_within_limits", "无过重课业负担", "no excessive homework burden"),
        flag("monitoring_level_iii_attained", "质量监测学业水平达到Ⅲ级以上", "national quality monitoring at level Ⅲ or above"),
        FieldSpec(
            "monitoring_school_difference_rate", .number, zh: "质量监测校际差异率", en: "inter-school difference rate in quality monitoring",
            constraint: .nonNegative, definition: "国家义务教育质量监测报告"
        ),
        rate("social_recognition_rate", "社会认可度", "social recognition rate", definition: "社会认可度调查（学生、家长、教师、校长、人大代表、政协委员及其他群众）"),
    ] + QualityBalanceVetoes.all.map { veto in
        flag(veto.factKey, "是否发生：\(veto.nameZh)", "whether it occurred: \(veto.nameEn)", needed: veto.enabledKey == nil)
    }

    static let unitFields: [FieldSpec] = {
        var fields: [FieldSpec] = [
            SchoolFigure.pupils(.primary).field(unitKinds: withPrimary),
            SchoolFigure.pupils(.junior).field(unitKinds: withJunior),
            SchoolFigure.pupils(.senior).field(unitKinds: withSenior),
        ]
        let teacherDefinitions: [ResourceIndicator: String] = [
            .qualifiedTeachers: "高于规定学历的专任教师（小学专科及以上、初中本科及以上 [U]），按任教学段",
            .backboneTeachers: "县级及以上教育行政部门认定的骨干教师、学科带头人、名师等 [U]，按任教学段",
            .peArtTeachers: "体育、音乐、美术（艺术）专任教师 [U]，按任教学段",
        ]
        for indicator in ResourceIndicator.allCases where indicator.isReportedByStage {
            for stage in SchoolStage.compulsory {
                fields.append(
                    FieldSpec(
                        indicator.fieldKey(for: stage), .integer,
                        zh: "\(stage.nameZh)段\(indicator.nameZh.replacingPrefix("每百名学生拥有"))",
                        en: "\(stage.nameEn) \(indicator.nameEn.replacingSuffix(" per 100 pupils"))",
                        unit: "人", constraint: .nonNegative,
                        unitKinds: stage == .primary ? teachesPrimary : teachesJunior,
                        definition: teacherDefinitions[indicator]
                    )
                )
            }
        }
        // The four physical resources are reported for the whole school (split by StageSplit).
        fields += [
            SchoolFigure.teachingAuxFloorArea.field(unitKinds: ordinary),
            SchoolFigure.sportsVenueArea.field(unitKinds: ordinary),
            SchoolFigure.equipmentValue.field(unitKinds: ordinary),
            SchoolFigure.multimediaClassrooms.field(unitKinds: ordinary),
            SchoolFigure.classes.field(unitKinds: withArtsRooms),
            SchoolFigure.musicRooms.field(unitKinds: withArtsRooms),
            SchoolFigure.artRooms.field(unitKinds: withArtsRooms),
            FieldSpec(
                "primary_max_class_size", .integer, zh: "小学段最大班额", en: "largest primary class", unit: "人",
                constraint: .nonNegative, unitKinds: teachesPrimary
            ),
            FieldSpec(
                "junior_max_class_size", .integer, zh: "初中段最大班额", en: "largest junior class", unit: "人",
                constraint: .nonNegative, unitKinds: teachesJunior
            ),
        ]
        return fields
    }()
}

extension String {
    func replacingPrefix(_ prefix: String) -> String {
        self.hasPrefix(prefix) ? String(self.dropFirst(prefix.count)) : self
    }

    func replacingSuffix(_ suffix: String) -> String {
        self.hasSuffix(suffix) ? String(self.dropLast(suffix.count)) : self
    }
}
