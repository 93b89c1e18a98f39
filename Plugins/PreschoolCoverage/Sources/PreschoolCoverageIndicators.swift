public import DudaoCore

/// The indicators of the 学前教育普及普惠 assessment, as values. Figures are edition parameters.
public enum PreschoolCoverageIndicators {
    static let measures = PreschoolCoverageDocuments.measures
    static let list = PreschoolCoverageDocuments.nanjiangList

    public static let groups: [IndicatorGroup] = [
        IndicatorGroup(code: "A", zh: "普及普惠水平", en: "Universal and inclusive provision"),
        IndicatorGroup(code: "B", zh: "政府保障情况", en: "Government guarantee"),
        IndicatorGroup(code: "C", zh: "幼儿园保教质量保障情况", en: "Care and education quality"),
        IndicatorGroup(code: "D", zh: "社会认可度", en: "Social recognition"),
    ]

    /// 在园幼儿总数 ÷ 学前三年适龄儿童数.
    public static let grossEnrolment = IndicatorDefinition(
        code: "PC-A1", zh: "学前三年毛入园率", en: "Three-year gross enrolment rate", unit: "%", group: "A",
        comparator: .atLeast, decimals: 4, citation: measures.cite("普及普惠水平"), status: .confirmed
    )
    /// (公办园 + 普惠性民办园) 在园幼儿 ÷ 全部在园幼儿.
    public static let inclusiveCoverage = IndicatorDefinition(
        code: "PC-A2", zh: "普惠性幼儿园覆盖率", en: "Inclusive kindergarten coverage", unit: "%", group: "A",
        comparator: .atLeast, decimals: 4, citation: measures.cite("普及普惠水平"), status: .confirmed
    )
    /// 公办园在园幼儿 ÷ 全部在园幼儿.
    public static let publicShare = IndicatorDefinition(
        code: "PC-A3", zh: "公办园在园幼儿占比", en: "Share of children in public kindergartens", unit: "%", group: "A",
        comparator: .atLeast, decimals: 4, citation: measures.cite("普及普惠水平"), status: .confirmed
    )
    public static let publicFunding = IndicatorDefinition(
        code: "PC-B1", zh: "公办园生均公用经费或生均财政拨款标准", en: "Public funding per child in public kindergartens", unit: "元",
        group: "B", comparator: .atLeast, decimals: 0, citation: list.cite("政府保障情况"), status: .unconfirmed
    )
    public static let inclusiveSubsidy = IndicatorDefinition(
        code: "PC-B2", zh: "普惠性民办园生均补助标准", en: "Subsidy per child in inclusive private kindergartens", unit: "元",
        group: "B", comparator: .atLeast, decimals: 0, citation: list.cite("政府保障情况"), status: .unconfirmed
    )
    /// 公办园非在编教师平均工资 ÷ 在编教师平均工资, from pay totals and head counts.
    public static let nonStaffPay = IndicatorDefinition(
        code: "PC-B3", zh: "公办园非在编教师平均工资与在编教师之比", en: "Non-编制 to 编制 teachers' average pay in public kindergartens",
        unit: "%", group: "B", comparator: .atLeast, decimals: 4, citation: list.cite("政府保障情况"), status: .unconfirmed
    )
    public static let newConditions = IndicatorDefinition(
        code: "PC-C1", zh: "新建幼儿园办园条件达标率", en: "Conditions compliance of newly planned kindergartens", unit: "%",
        group: "C", comparator: .atLeast, decimals: 4, citation: list.cite("办园条件"), status: .unconfirmed
    )
    public static let olderConditions = IndicatorDefinition(
        code: "PC-C2", zh: "既有幼儿园办园条件达标率", en: "Conditions compliance of older kindergartens", unit: "%",
        group: "C", comparator: .atLeast, decimals: 4, citation: list.cite("办园条件"), status: .unconfirmed
    )
    public static let classSize = IndicatorDefinition(
        code: "PC-C3", zh: "班额达标率", en: "Share of classes within the size limit", unit: "%", group: "C",
        comparator: .atLeast, decimals: 4, citation: list.cite("保教质量保障"), status: .partial
    )
    public static let childrenPerTeacher = IndicatorDefinition(
        code: "PC-C4", zh: "每名专任教师在园幼儿数", en: "Children per full-time teacher", unit: "人", group: "C",
        comparator: .atMost, decimals: 2, citation: list.cite("保教质量保障"), status: .partial
    )
    public static let teacherCertification = IndicatorDefinition(
        code: "PC-C5", zh: "专任教师持证率", en: "Share of certified full-time teachers", unit: "%", group: "C",
        comparator: .atLeast, decimals: 4, citation: list.cite("保教质量保障"), status: .partial
    )
    public static let principalCertification = IndicatorDefinition(
        code: "PC-C6", zh: "园长持证率", en: "Share of certified principals", unit: "%", group: "C",
        comparator: .atLeast, decimals: 4, citation: list.cite("保教质量保障"), status: .partial
    )
    public static let recognition = IndicatorDefinition(
        code: "PC-D1", zh: "社会认可度", en: "Social recognition", unit: "%", group: "D",
        comparator: .atLeast, decimals: 4, citation: list.cite("社会认可度"), status: .partial
    )

    public static let all: [IndicatorDefinition] = [
        grossEnrolment, inclusiveCoverage, publicShare, publicFunding, inclusiveSubsidy, nonStaffPay,
        newConditions, olderConditions, classSize, childrenPerTeacher, teacherCertification, principalCertification,
        recognition,
    ]

    /// Veto codes: the conditions under which a sampled county stops its province's batch besides
    /// failing an indicator (REFERENCE §2.3).
    public static let falsificationVeto = "PC-V1"
    public static let complaintsVeto = "PC-V2"
}
