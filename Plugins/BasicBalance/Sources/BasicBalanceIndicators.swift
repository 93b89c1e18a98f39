public import DudaoCore

/// The indicators of 基本均衡 monitoring. Each is computed per 学段 (scope `primary` / `junior`).
public enum BasicBalanceIndicators {
    public static let groups: [IndicatorGroup] = [
        IndicatorGroup(code: "S", zh: "校际差异系数（同上年比较）", en: "Inter-school coefficients, compared with the previous year"),
        IndicatorGroup(code: "C", zh: "综合差异系数", en: "Composite coefficient"),
    ]

    /// A single coefficient: its value is the 差异系数; it is "met" when it has not grown since the
    /// previous year's figure (the threshold), "not met" when it has; it never gates the verdict,
    /// since no retrieved text makes a worsening fail a certified county.
    public static func single(_ resource: BasicBalanceResource) -> IndicatorDefinition {
        IndicatorDefinition(
            code: resource.code, zh: "\(resource.nameZh)差异系数（同上年比较）", en: "\(resource.nameEn): difference coefficient against the previous year's",
            group: "S", comparator: .atMost, decimals: 3,
            citation: BasicBalanceDocuments.measures.cite("附件2 有关内容的说明"), status: .confirmed, gating: false
        )
    }

    /// 综合差异系数 = the mean of the 8 single coefficients, against the [U] limit.
    public static let composite = IndicatorDefinition(
        code: "BB-C", zh: "综合差异系数", en: "Composite difference coefficient", group: "C", comparator: .atMost, decimals: 3,
        citation: BasicBalanceDocuments.measures.cite("附件2 有关内容的说明"), status: .confirmed
    )

    /// The composite set against the previous year's, reported only.
    public static let compositeTrend = IndicatorDefinition(
        code: "BB-CT", zh: "综合差异系数（同上年比较）", en: "Composite coefficient compared with the previous year", group: "C",
        comparator: .atMost, decimals: 3, citation: BasicBalanceDocuments.measures.cite("附件2 有关内容的说明"), status: .confirmed, gating: false
    )

    public static let all: [IndicatorDefinition] = BasicBalanceResource.all.map(single) + [composite, compositeTrend]
}
