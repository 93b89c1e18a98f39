public import DudaoCore

/// The editions of the 优质均衡 standard and every figure they use.
///
/// Each figure carries the citation it was read from and its status tag (REFERENCE §1, Appendix).
/// Figures that are [P] or [U] are parameters so that a later reading of the original text, or a
/// caller's what-if override, changes them without touching the code.
public enum QualityBalanceEditions {
    /// The 2017 national edition (教督〔2017〕6号).
    public static let edition2017 = Edition(
        id: "2017",
        titleZh: "县域义务教育优质均衡发展督导评估办法（2017）",
        titleEn: "County quality-balanced compulsory education: supervision and assessment measures (2017)",
        effectiveFrom: CalendarDate(year: 2017, month: 4, day: 19)!,
        documents: QualityBalanceDocuments.all,
        parameters: Self.parameters2017,
        notes: [
            "生效日期 2017-04-19 未核实 [U]：未见办法原件，发文日期不详；文号 教督〔2017〕6号 已核实。",
            "The effective date 2017-04-19 is UNCONFIRMED [U]: the original was not at hand and its issue date is unknown; the 文号 is confirmed.",
            "资源配置 7 项指标阈值：第1、2项 [C]（河北转录件），第3–7项 [P]（二手摘要）。",
            "85% 余项底线 [U]；一贯制学校共用资源折算规则 [U]，默认采用 1 : 1.1 : 1.32 加权，可改为按在校生比例。",
            "15 项政府保障与 9 项教育质量的表述为重构 [P]/[U]；第 3 项功能室面积（音乐 96 ㎡、美术 90 ㎡）[U] 未纳入计算，只核对间数。",
            "Extra veto items (有编不补, major safety incidents, falsified data) are [U] and off by default; switch them on with the veto.*.enabled parameters.",
        ]
    )

    /// Oldest first.
    public static let all: [Edition] = [Self.edition2017]

    static var parameters2017: [Parameter] {
        let measures = QualityBalanceDocuments.measures
        let hebei = "河北省具体办法转录 [C]"
        let summary = "二手摘要 fudaoke [P]"
        var list: [Parameter] = []

        // 资源配置: thresholds per stage (REFERENCE §1.2 table).
        let thresholds: [(ResourceIndicator, Double, Double, StatusTag, String)] = [
            (.qualifiedTeachers, 4.2, 5.3, .confirmed, hebei),
            (.backboneTeachers, 1, 1, .confirmed, hebei),
            (.peArtTeachers, 0.9, 0.9, .partial, summary),
            (.teachingArea, 4.5, 5.8, .partial, summary),
            (.sportsVenueArea, 7.5, 10.2, .partial, summary),
            (.equipmentValue, 2000, 2500, .partial, summary),
            (.multimediaClassrooms, 2.3, 2.4, .partial, summary),
        ]
        for (indicator, primary, junior, status, note) in thresholds {
            for (stage, value) in [(SchoolStage.primary, primary), (.junior, junior)] {
                list.append(
                    Parameter(
                        indicator.thresholdKey(for: stage), .number(value),
                        nameZh: "\(stage.nameZh)\(indicator.nameZh)标准",
                        nameEn: "\(stage.nameEn) threshold: \(indicator.nameEn)",
                        unit: indicator.unit,
                        citation: measures.cite("资源配置 第\(indicator.rawValue)项", note: note),
                        status: status
                    )
                )
            }
        }
        list += [
            Parameter(
                "school_rule.min_indicators_met", .integer(6),
                nameZh: "每所学校至少达标指标数", nameEn: "indicators each school must meet (of 7)",
                unit: "项", citation: measures.cite("资源配置 每所学校至少6项达标", note: summary), status: .partial
            ),
            Parameter(
                "school_rule.remaining_floor_fraction", .number(0.85),
                nameZh: "余项不低于标准的比例", nameEn: "share of its threshold the remaining indicator must reach",
                citation: measures.cite("资源配置 余项不能低于要求的85%", note: "通行表述，未见原文 [U]"), status: .unconfirmed
            ),
            Parameter(
                "coverage.teaching_point_min_pupils", .integer(50),
                nameZh: "纳入计算的教学点最少在校生数", nameEn: "pupils below which a teaching point is left out",
                unit: "人", citation: measures.cite("资源配置 适用范围（不含特殊教育学校和不足50人的教学点）", note: hebei), status: .confirmed
            ),
            Parameter(
                "cv.primary_max", .number(0.50),
                nameZh: "小学校际差异系数上限", nameEn: "primary inter-school difference coefficient limit",
                citation: measures.cite("资源配置 校际差异系数", note: summary), status: .partial
            ),
            Parameter(
                "cv.junior_max", .number(0.45),
                nameZh: "初中校际差异系数上限", nameEn: "junior inter-school difference coefficient limit",
                citation: measures.cite("资源配置 校际差异系数", note: summary), status: .partial
            ),
        ]

        // 一贯制 split (REFERENCE §1.2.3): the local 2015 rule as default, proportional as the other preset.
        let split = QualityBalanceDocuments.splitRule.cite("一贯制学校按学段加权折算", note: "该地方规则存在 [C]；是否适用于优质均衡 [U]")
        list += [
            Parameter(
                "split.rule", .text(StageSplit.Rule.weighted.rawValue),
                nameZh: "一贯制学校共用资源折算规则", nameEn: "rule splitting the shared resources of through schools",
                citation: split, status: .unconfirmed,
                allowedValues: StageSplit.Rule.allCases.map { .text($0.rawValue) }
            ),
            Parameter("split.weight.primary", .number(1), nameZh: "小学学生折算系数", nameEn: "primary pupil weight", citation: split, status: .unconfirmed),
            Parameter("split.weight.junior", .number(1.1), nameZh: "初中学生折算系数", nameEn: "junior pupil weight", citation: split, status: .unconfirmed),
            Parameter("split.weight.senior", .number(1.32), nameZh: "高中学生折算系数（十二年一贯制）", nameEn: "senior pupil weight (12-year schools)", citation: split, status: .unconfirmed),
            Parameter(
                "split.complete_secondary.weight.junior", .number(1),
                nameZh: "完全中学初中学生折算系数", nameEn: "junior pupil weight in complete secondary schools", citation: split, status: .unconfirmed
            ),
            Parameter(
                "split.complete_secondary.weight.senior", .number(1.2),
                nameZh: "完全中学高中学生折算系数", nameEn: "senior pupil weight in complete secondary schools", citation: split, status: .unconfirmed
            ),
        ]

        // 政府保障程度 (REFERENCE §1.3).
        func gov(_ item: Int, _ key: String, _ value: Value, _ zh: String, _ en: String, unit: String? = nil, status: StatusTag = .partial, note: String = summary) -> Parameter {
            Parameter(key, value, nameZh: zh, nameEn: en, unit: unit, citation: measures.cite("政府保障程度 第\(item)项", note: note), status: status)
        }
        list += [
            gov(3, "gov.arts_rooms.classes_per_room", .integer(12), "每多少个班配备1间音乐、美术专用教室", "classes per music room and per art room", unit: "班"),
            gov(4, "gov.school_size.single_stage_max", .integer(2000), "小学、初中学校规模上限", "largest primary or junior school", unit: "人"),
            gov(4, "gov.school_size.through_max", .integer(2500), "九年/十二年一贯制学校（义务教育段）规模上限", "largest through school (compulsory part)", unit: "人"),
            gov(5, "gov.class_size.primary_max", .integer(45), "小学班额上限", "largest primary class", unit: "人"),
            gov(5, "gov.class_size.junior_max", .integer(50), "初中班额上限", "largest junior class", unit: "人"),
            gov(7, "gov.special_school_funds_per_pupil_min_yuan", .number(6000), "特殊教育学校生均公用经费标准", "special-school public funds per pupil", unit: "元"),
            gov(8, "gov.teacher_pay_ratio_min", .number(1), "教师平均工资不低于公务员平均工资（比值）", "teacher to civil-servant average pay, at least", status: .confirmed, note: "2017 新闻发布 [C]"),
            gov(9, "gov.training_completion_min", .number(1), "教师5年360学时培训完成率", "teachers completing 360 training hours in 5 years"),
            gov(11, "gov.rotation_rate_min", .number(0.10), "符合交流条件教师年交流轮岗比例", "eligible teachers rotated each year"),
            gov(11, "gov.rotation_backbone_share_min", .number(0.20), "交流轮岗教师中骨干教师比例", "backbone teachers among those rotated"),
            gov(12, "gov.certificate_rate_min", .number(1), "专任教师持有教师资格证比例", "full-time teachers holding a teaching certificate"),
            gov(13, "gov.nearby_enrolment.primary_min", .number(1), "城区和镇区公办小学就近划片入学比例", "public primaries admitting by catchment"),
            gov(13, "gov.nearby_enrolment.junior_min", .number(0.95), "城区和镇区公办初中就近划片入学比例", "public junior schools admitting by catchment"),
            gov(14, "gov.senior_places_allocated_min", .number(0.50), "优质高中招生名额分配到初中比例", "quality senior-high places allocated to junior schools"),
            gov(15, "gov.migrant_public_share_min", .number(0.85), "符合条件随迁子女在公办学校或政府购买学位就读比例", "eligible migrant children in public or purchased places"),
        ]

        // 教育质量 (REFERENCE §1.4).
        func quality(_ item: Int, _ key: String, _ value: Double, _ zh: String, _ en: String, status: StatusTag = .partial, note: String = summary) -> Parameter {
            Parameter(key, .number(value), nameZh: zh, nameEn: en, citation: measures.cite("教育质量 第\(item)项", note: note), status: status)
        }
        list += [
            quality(1, "quality.junior_retention_min", 0.95, "初中三年巩固率", "junior three-year retention rate"),
            quality(2, "quality.disabled_enrolment_min", 0.95, "残疾儿童少年入学率", "enrolment rate of disabled children"),
            quality(4, "quality.training_budget_share_min", 0.05, "教师培训经费占公用经费预算比例", "teacher training share of each school's public-funds budget", status: .unconfirmed, note: "主题 [P]；5% [U]"),
            quality(9, "quality.monitoring_difference_rate_max", 0.15, "质量监测校际差异率上限（须低于）", "inter-school difference rate in quality monitoring, below", status: .unconfirmed, note: "主题 [P]；数值 [U]"),
        ]

        // 社会认可度 and eligibility.
        list += [
            Parameter(
                "social.recognition_min", .number(0.85),
                nameZh: "社会认可度", nameEn: "social recognition, at least",
                citation: measures.cite("社会认可度", note: "二手摘要；新闻发布列为否决项 [C]"), status: .confirmed
            ),
            Parameter(
                "eligibility.years_since_basic_balance_min", .integer(3),
                nameZh: "通过基本均衡认定后至少年数", nameEn: "years since basic-balance recognition, at least",
                unit: "年", citation: measures.cite("申请条件", note: hebei), status: .confirmed
            ),
        ]

        // Veto items from general knowledge only (REFERENCE §1.5): off unless switched on.
        for veto in QualityBalanceVetoes.optional {
            list.append(
                Parameter(
                    veto.enabledKey!, .boolean(false),
                    nameZh: "启用否决项：\(veto.nameZh)", nameEn: "apply veto item: \(veto.nameEn)",
                    citation: veto.citation, status: .unconfirmed
                )
            )
        }
        return list
    }
}
