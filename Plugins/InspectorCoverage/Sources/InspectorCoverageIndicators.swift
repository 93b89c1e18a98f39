public import DudaoCore

/// The five checks of the coverage assessment.
public enum InspectorCoverageIndicators {
    static let group = IndicatorGroup(code: "IC", zh: "责任督学挂牌督导覆盖", en: "Responsible-inspector coverage")

    public static let assigned = IndicatorDefinition(
        code: "IC-1", zh: "学校配备责任督学比例", en: "Schools with an assigned inspector", unit: "%", group: "IC",
        comparator: .atLeast, decimals: 4, citation: InspectorDocuments.measures2013.cite("第三条", note: "every school has a responsible inspector"), status: .confirmed
    )
    public static let load = IndicatorDefinition(
        code: "IC-2", zh: "责任督学负责学校数（最多）", en: "Schools per inspector (highest)", unit: "所", group: "IC",
        comparator: .atMost, decimals: 0, citation: InspectorDocuments.measures2013.cite("第三条"), status: .partial
    )
    public static let zoneSize = IndicatorDefinition(
        code: "IC-3", zh: "督学责任区学校数（最多）", en: "Schools per zone (highest)", unit: "所", group: "IC",
        comparator: .atMost, decimals: 0, citation: InspectorDocuments.zones2012.cite(nil), status: .partial
    )
    public static let visits = IndicatorDefinition(
        code: "IC-4", zh: "经常性督导频次达标学校比例", en: "Schools visited often enough", unit: "%", group: "IC",
        comparator: .atLeast, decimals: 4, citation: InspectorDocuments.dongying2016.cite(nil), status: .partial
    )
    public static let plaque = IndicatorDefinition(
        code: "IC-5", zh: "挂牌公示学校比例", en: "Schools displaying the plaque", unit: "%", group: "IC",
        comparator: .atLeast, decimals: 4, citation: InspectorDocuments.measures2013.cite("第四条", note: "a standard plaque at the gate"), status: .confirmed
    )

    public static let all: [IndicatorDefinition] = [assigned, load, zoneSize, visits, plaque]
}
