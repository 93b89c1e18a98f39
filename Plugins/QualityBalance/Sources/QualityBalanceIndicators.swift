public import DudaoCore

/// The indicator definitions and dimensions of the 2017 优质均衡 assessment.
///
/// Codes are stable: `QB-E1` eligibility; `QB-R1…R7` the seven resource indicators per school
/// (reported, not gating by themselves); `QB-RS` the per-school rule that gates them; `QB-D1…D7`
/// their 校际差异系数; `QB-G01…G15` government guarantee; `QB-Q1…Q9` education quality; `QB-S1`
/// social recognition. Thresholds are edition parameters, never stored here.
public enum QualityBalanceIndicators {
    public static let groups: [IndicatorGroup] = [
        IndicatorGroup(code: "eligibility", zh: "申请条件", en: "Eligibility"),
        IndicatorGroup(code: "resources", zh: "资源配置", en: "Resource allocation"),
        IndicatorGroup(code: "government", zh: "政府保障程度", en: "Government guarantee"),
        IndicatorGroup(code: "quality", zh: "教育质量", en: "Education quality"),
        IndicatorGroup(code: "recognition", zh: "社会认可度", en: "Social recognition"),
    ]

    static let measures = QualityBalanceDocuments.measures
    static let summaryNote = "重构表述，主题见二手摘要 [P]"

    public static let eligibility = IndicatorDefinition(
        code: "QB-E1", zh: "通过基本均衡国家认定满3年且监测保持较高水平",
        en: "Basic balance recognised at least 3 years earlier and kept up since", unit: "年",
        group: "eligibility", comparator: .atLeast, decimals: 0,
        citation: Self.measures.cite("申请条件", note: "河北省具体办法转录 [C]"), status: .confirmed
    )

    public static func resource(_ indicator: ResourceIndicator) -> IndicatorDefinition {
        IndicatorDefinition(
            code: indicator.code, zh: indicator.nameZh, en: indicator.nameEn, unit: indicator.unit,
            group: "resources", comparator: .atLeast, decimals: indicator.decimals,
            citation: Self.measures.cite("资源配置 第\(indicator.rawValue)项"),
            status: indicator.rawValue <= 2 ? .confirmed : .partial,
            gating: false
        )
    }

    public static let schoolRule = IndicatorDefinition(
        code: "QB-RS", zh: "每所学校至少6项指标达标、余项不低于标准的85%（未达要求的学校数）",
        en: "Every school meets at least 6 of 7 indicators, the rest at least 85% (schools short)", unit: "所",
        group: "resources", comparator: .atMost, decimals: 0,
        citation: Self.measures.cite("资源配置 每所学校至少6项达标", note: "6 项 [P]；85% [U]"), status: .unconfirmed
    )

    public static func coefficient(_ indicator: ResourceIndicator) -> IndicatorDefinition {
        IndicatorDefinition(
            code: indicator.coefficientCode, zh: "\(indicator.nameZh)校际差异系数",
            en: "inter-school difference coefficient: \(indicator.nameEn)",
            group: "resources", comparator: .atMost, decimals: 3,
            citation: Self.measures.cite("资源配置 校际差异系数", note: "限值 [P]；公式按 2012 年口径（加权、总体标准差）"),
            status: .partial
        )
    }

    /// The 15 government-guarantee items (REFERENCE §1.3); wording reconstructed.
    public static let government: [IndicatorDefinition] = [
        Self.gov(1, "县域学校规划布局合理，符合国家规定要求", "School network planned sensibly, to national requirements", .isTrue),
        Self.gov(2, "县域内城乡学校建设标准、教师编制标准、生均公用经费基准定额、基本装备配置标准统一", "One construction, staffing, per-pupil funding and equipment standard for urban and rural schools", .isTrue),
        Self.gov(3, "所有小学、初中每12个班级配备音乐、美术专用教室1间以上（未达要求的学校数）", "Every school has a music room and an art room per 12 classes (schools short)", .atMost, unit: "所"),
        Self.gov(4, "所有小学、初中规模不超过2000人，九年一贯制、十二年一贯制学校义务教育段规模不超过2500人（超规模学校数）", "School size within 2000 (2500 for through schools) (schools over)", .atMost, unit: "所"),
        Self.gov(5, "小学、初中所有班级学生数分别不超过45人、50人（超班额学校数）", "Every class within 45 (primary) / 50 (junior) pupils (schools over)", .atMost, unit: "所"),
        Self.gov(6, "不足100名学生的村小学和教学点按100名学生核定公用经费", "Village schools and teaching points under 100 pupils funded as 100", .isTrue),
        Self.gov(7, "特殊教育学校生均公用经费不低于6000元", "Special-school public funds per pupil at least 6000 yuan", .atLeast, unit: "元"),
        Self.gov(8, "全县义务教育学校教师平均工资收入水平不低于当地公务员平均工资收入水平（比值）", "Teachers' average pay not below local civil servants' (ratio)", .atLeast, status: .confirmed, note: "2017 新闻发布 [C]"),
        Self.gov(9, "教师5年360学时培训完成率达到100%", "All teachers complete 360 training hours in 5 years", .atLeast),
        Self.gov(10, "县级教育行政部门在核定的教职工编制总额和岗位总量内统筹分配各校教职工编制和岗位数量", "County bureau allocates posts among schools within the approved totals", .isTrue),
        Self.gov(11, "全县每年交流轮岗教师的比例不低于符合交流条件教师总数的10%，其中骨干教师不低于交流轮岗教师总数的20%", "At least 10% of eligible teachers rotated each year, backbone teachers at least 20% of them", .atLeast),
        Self.gov(12, "专任教师持有教师资格证上岗率达到100%", "All full-time teachers hold a teaching certificate", .atLeast),
        Self.gov(13, "城区和镇区公办小学、初中（不含寄宿制学校）就近划片入学比例分别达到100%、95%以上", "Catchment admission: 100% of public primaries, at least 95% of junior schools", .atLeast),
        Self.gov(14, "优质高中招生名额分配比例不低于50%，并向农村初中倾斜", "At least 50% of quality senior-high places allocated to junior schools", .atLeast),
        Self.gov(15, "留守儿童关爱体系健全，全县符合条件的随迁子女在公办学校和政府购买服务的民办学校就读的比例不低于85%", "Care for left-behind children in place; at least 85% of eligible migrant children in public or purchased places", .atLeast),
    ]

    /// The 9 education-quality items (REFERENCE §1.4); wording reconstructed.
    public static let quality: [IndicatorDefinition] = [
        Self.qual(1, "全县初中三年巩固率达到95%以上", "County junior three-year retention at least 95%", .atLeast),
        Self.qual(2, "全县残疾儿童少年入学率达到95%以上", "Enrolment of disabled children at least 95%", .atLeast),
        Self.qual(3, "所有学校制定章程，实现学校管理与教学信息化", "Every school has a charter and runs management and teaching on information systems", .isTrue),
        Self.qual(4, "所有学校按照不低于学校年度公用经费预算总额的5%安排教师培训经费（最低学校比例）", "Every school budgets at least 5% of public funds for teacher training (lowest school)", .atLeast, status: .unconfirmed, note: "主题 [P]；5% [U]"),
        Self.qual(5, "教师能熟练运用信息化手段组织教学，设施设备利用率达到较高水平", "Teachers use ICT in teaching; equipment is well used", .isTrue),
        Self.qual(6, "所有学校德育工作、校园文化建设水平达到良好以上", "Moral education and campus culture rated good or better in every school", .isTrue),
        Self.qual(7, "课程开齐开足，教学秩序规范，综合实践活动有效开展", "Full curriculum, orderly teaching, comprehensive practice carried out", .isTrue),
        Self.qual(8, "无过重课业负担", "No excessive homework burden", .isTrue),
        Self.qual(9, "国家义务教育质量监测相关科目学生学业水平达到Ⅲ级以上，且校际差异率低于0.15", "National quality monitoring at level Ⅲ or above, inter-school difference rate below 0.15", .lessThan, decimals: 3, status: .unconfirmed, note: "主题 [P]；数值 [U]"),
    ]

    public static let recognition = IndicatorDefinition(
        code: "QB-S1", zh: "社会认可度达到85%以上", en: "Social recognition at least 85%", unit: "%",
        group: "recognition", comparator: .atLeast, decimals: 4,
        citation: Self.measures.cite("社会认可度", note: "二手摘要；新闻发布列为否决项 [C]"), status: .confirmed
    )

    public static let all: [IndicatorDefinition] =
        [Self.eligibility] + ResourceIndicator.allCases.map(Self.resource) + [Self.schoolRule] + ResourceIndicator.allCases.map(Self.coefficient)
        + Self.government + Self.quality + [Self.recognition]

    /// ``all`` by code, built once: every evaluation looks its definitions up.
    private static let byCode = Dictionary(uniqueKeysWithValues: Self.all.map { ($0.code, $0) })

    static func gov(_ item: Int, _ zh: String, _ en: String, _ comparator: Comparator, unit: String? = nil, status: StatusTag = .partial, note: String = Self.summaryNote) -> IndicatorDefinition {
        let code = item < 10 ? "QB-G0\(item)" : "QB-G\(item)"
        return IndicatorDefinition(
            code: code, zh: zh, en: en, unit: unit, group: "government", comparator: comparator,
            decimals: unit == nil && comparator == .atLeast ? 4 : 0,
            citation: Self.measures.cite("政府保障程度 第\(item)项", note: note), status: status
        )
    }

    static func qual(_ item: Int, _ zh: String, _ en: String, _ comparator: Comparator, decimals: Int = 4, status: StatusTag = .partial, note: String = Self.summaryNote) -> IndicatorDefinition {
        IndicatorDefinition(
            code: "QB-Q\(item)", zh: zh, en: en, group: "quality", comparator: comparator, decimals: decimals,
            citation: Self.measures.cite("教育质量 第\(item)项", note: note), status: status
        )
    }

    static func definition(_ code: String) -> IndicatorDefinition {
        guard let found = Self.byCode[code] else {
            preconditionFailure("no indicator \(code)")
        }
        return found
    }
}
