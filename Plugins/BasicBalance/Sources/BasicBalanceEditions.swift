public import DudaoCore

/// The editions of 基本均衡 monitoring.
public enum BasicBalanceEditions {
    /// 教督〔2012〕3号: the 8 indicators and the composite as their mean are confirmed; the limits
    /// 0.65 / 0.55 are recalled, not found in a retrieved text, and stay [U].
    public static let edition2012: Edition = {
        let measures = BasicBalanceDocuments.measures
        return Edition(
            id: "2012",
            titleZh: "县域义务教育基本均衡发展督导评估（2012）及认定后年度监测",
            titleEn: "County basic balance of compulsory education (2012) and annual monitoring after certification",
            effectiveFrom: CalendarDate(year: 2012, month: 1, day: 20)!,
            documents: BasicBalanceDocuments.all,
            parameters: [
                Parameter("composite.primary.max", .number(0.65), nameZh: "小学综合差异系数上限", nameEn: "maximum composite coefficient, primary", citation: measures.cite("附件2 有关内容的说明", note: "recalled; not found in a retrieved text"), status: .unconfirmed),
                Parameter("composite.junior.max", .number(0.55), nameZh: "初中综合差异系数上限", nameEn: "maximum composite coefficient, junior secondary", citation: measures.cite("附件2 有关内容的说明", note: "recalled; not found in a retrieved text"), status: .unconfirmed),
                Parameter("monitoring.comparison_decimals", .integer(3), nameZh: "同上年比较时的小数位数", nameEn: "decimal places at which a coefficient is compared with the previous year's", citation: measures.cite(nil, note: "county tables publish coefficients to 3 places; a coefficient counts as worse only when it is worse at that precision"), status: .unconfirmed),
            ],
            notes: [
                "Each 学段 part of a 一贯制 school is entered as its own unit, with its share of shared resources already split (REFERENCE §1.2.3).",
                "The monitoring rule (which change of a coefficient matters) is not in any retrieved text: worsening is reported, never gating.",
            ]
        )
    }()

    public static let all: [Edition] = [edition2012]
}
