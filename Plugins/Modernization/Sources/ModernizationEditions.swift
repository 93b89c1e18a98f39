public import DudaoCore

/// The editions of the modernization monitoring, with every weight and target as a parameter.
public enum ModernizationEditions {
    /// Keys of the edition-wide parameters.
    public enum Key {
        /// Partial credit for a numeric leaf that misses its target: `proportional` or `all_or_nothing`.
        public static let creditRule = "credit_rule"
        /// The total at or above which a county counts as reaching the modernization level.
        public static let passScore = "pass_score"
        /// The total at or above which a county's level is "high".
        public static let highScore = "high_score"
        /// The province's target share of counties recognised as 教育基本现代化县.
        public static let creationTarget = "province.creation_rate_target"
    }

    /// 2017 data year onwards: the 2017 细则's confirmed rows, everything else reconstructed.
    public static let monitoring2017 = Edition(
        id: "2017-monitoring",
        titleZh: "浙江省县（市、区）教育现代化发展水平监测（2017年度细则）",
        titleEn: "Zhejiang county education-modernization monitoring (2017 rules)",
        effectiveFrom: CalendarDate(year: 2017, month: 1, day: 1)!,
        documents: ModernizationDocuments.all,
        parameters: parameters(),
        notes: [
            "Confirmed [C]: 优先发展 35, 经费保障 9 (生均事业费 / 生均公用经费 growth 0.6 × 5 levels each, 全社会教育投入 3), 教师保障 14 with the six 生师比 targets at 0.5 each.",
            "Partly confirmed [P]: the relative shares inside 教师保障 (编制 50 / 待遇 25 / 培训 25) and 资源保障 (布局 20 / 标准化 40 / 民办 20 / 维修 20) from the 2015 评估汇总表; the 资源保障 total of 12 is [U].",
            "UNCONFIRMED [U]: the other four 一级 weights, every other 二级 / 三级 row, weight and target, the partial-credit rule, the pass and band scores. They are parameters of this edition and results carry the warning unconfirmed_weights.",
            "Subjects: 89 counties plus the 杭州 and 嘉兴 经济技术开发区, which have no GB/T 2260 code: the project gives them its own stable codes 3301ED and 3304ED (zone kind).",
            "No veto items are known for the monitoring; none are applied.",
        ]
    )

    public static let all: [Edition] = [monitoring2017]

    static func parameters() -> [Parameter] {
        let monitoring = ModernizationDocuments.monitoring2017
        let standard = ModernizationDocuments.standard2015
        var parameters: [Parameter] = []
        for row in ModernizationIndicators.all {
            let citation =
                row.weightStatus == .unconfirmed
                ? standard.cite(row.code, note: "row reconstructed; not in the retrieved text")
                : monitoring.cite(row.code)
            parameters.append(
                Parameter(row.weightKey, .number(row.weight), nameZh: "\(row.nameZh) 权重", nameEn: "\(row.nameEn): weight", unit: "分", citation: citation, status: row.weightStatus)
            )
            if let measure = row.measure {
                let targetCitation =
                    measure.targetStatus == .unconfirmed
                    ? standard.cite(row.code, note: "target reconstructed; not in the retrieved text")
                    : monitoring.cite(row.code)
                parameters.append(
                    Parameter(row.targetKey, .number(measure.target), nameZh: "\(row.nameZh) 目标值", nameEn: "\(row.nameEn): target", unit: measure.unit, citation: targetCitation, status: measure.targetStatus)
                )
            }
        }
        parameters += [
            Parameter(
                Key.creditRule, .text("proportional"), nameZh: "未达目标值的计分规则", nameEn: "Partial credit when a target is missed",
                citation: monitoring.cite("计分方法", note: "proportional or all-or-nothing is not stated in the retrieved rows"), status: .unconfirmed,
                allowedValues: [.text("proportional"), .text("all_or_nothing")]
            ),
            Parameter(
                Key.passScore, .number(60), nameZh: "达到现代化水平的总分线", nameEn: "Total that counts as reaching the level", unit: "分",
                citation: standard.cite("认定标准", note: "the pass line is not published"), status: .unconfirmed
            ),
            Parameter(
                Key.highScore, .number(80), nameZh: "较高水平的总分线", nameEn: "Total for a high level", unit: "分",
                citation: standard.cite("认定标准", note: "no band is published"), status: .unconfirmed
            ),
            Parameter(
                Key.creationTarget, .number(0.95), nameZh: "教育基本现代化县创建率目标", nameEn: "Target share of recognised counties", unit: "%",
                citation: ModernizationDocuments.notice2011.cite("工作目标", note: "95% as the provincial target; the text was not retrieved"), status: .unconfirmed
            ),
        ]
        return parameters
    }
}
