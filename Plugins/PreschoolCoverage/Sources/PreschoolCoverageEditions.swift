public import DudaoCore

/// The editions of the 学前教育普及普惠 assessment. Every figure is a parameter with its source.
public enum PreschoolCoverageEditions {
    typealias Key = PreschoolCoverageParameters

    /// 教督〔2020〕1号: the three headline figures are confirmed; the secondary figures come from one
    /// county's list labelled 国家标准 and stay partly confirmed or unconfirmed (REFERENCE §2.2).
    public static let edition2020: Edition = {
        let measures = PreschoolCoverageDocuments.measures
        let list = PreschoolCoverageDocuments.nanjiangList
        let table = "REFERENCE §2.2"
        return Edition(
            id: "2020",
            titleZh: "县域学前教育普及普惠督导评估（2020）",
            titleEn: "County preschool universal and inclusive provision assessment (2020)",
            effectiveFrom: CalendarDate(year: 2020, month: 1, day: 1)!,
            documents: [measures, list],
            parameters: [
                Parameter(Key.grossEnrolmentMin, .number(0.85), nameZh: "学前三年毛入园率下限", nameEn: "minimum three-year gross enrolment rate", unit: "%", citation: measures.cite("普及普惠水平", note: table), status: .confirmed),
                Parameter(Key.inclusiveCoverageMin, .number(0.80), nameZh: "普惠性幼儿园覆盖率下限", nameEn: "minimum inclusive kindergarten coverage", unit: "%", citation: measures.cite("普及普惠水平", note: table), status: .confirmed),
                Parameter(Key.publicShareMin, .number(0.50), nameZh: "公办园在园幼儿占比下限", nameEn: "minimum share of children in public kindergartens", unit: "%", citation: measures.cite("普及普惠水平", note: table), status: .confirmed),
                Parameter(Key.publicFundingMin, .number(500), nameZh: "公办园生均公用经费或生均财政拨款下限", nameEn: "minimum public funding per child in public kindergartens", unit: "元/生·年", citation: list.cite("政府保障情况", note: "may be a Sichuan provincial floor"), status: .unconfirmed),
                Parameter(Key.inclusiveSubsidyMin, .number(500), nameZh: "普惠性民办园生均补助下限", nameEn: "minimum subsidy per child in inclusive private kindergartens", unit: "元/生·年", citation: list.cite("政府保障情况", note: "may be a Sichuan provincial floor"), status: .unconfirmed),
                Parameter(Key.nonStaffPayRatioMin, .number(0.75), nameZh: "公办园非在编教师与在编教师平均工资之比下限", nameEn: "minimum ratio of non-编制 to 编制 teachers' average pay in public kindergartens", unit: "%", citation: list.cite("政府保障情况"), status: .unconfirmed),
                Parameter(Key.outdoorAreaMin, .number(4), nameZh: "生均室外游戏场地面积下限", nameEn: "minimum outdoor play area per child", unit: "㎡", citation: list.cite("办园条件"), status: .unconfirmed),
                Parameter(Key.activityRoomAreaMin, .number(8.17), nameZh: "生均幼儿活动用房面积下限", nameEn: "minimum activity room area per child", unit: "㎡", citation: list.cite("办园条件"), status: .unconfirmed),
                Parameter(Key.buildingAreaMin, .number(10.44), nameZh: "生均园舍建筑面积下限", nameEn: "minimum building area per child", unit: "㎡", citation: list.cite("办园条件"), status: .unconfirmed),
                Parameter(Key.newKindergartenFromYear, .integer(2017), nameZh: "新建园起始规划年份", nameEn: "first planning year of kindergartens held to the full conditions rate", citation: list.cite("办园条件"), status: .unconfirmed),
                Parameter(Key.newComplianceMin, .number(1.0), nameZh: "新建园办园条件达标率下限", nameEn: "minimum conditions compliance of kindergartens planned from that year", unit: "%", citation: list.cite("办园条件"), status: .unconfirmed),
                Parameter(Key.olderComplianceMin, .number(0.5), nameZh: "既有园办园条件达标率下限", nameEn: "minimum conditions compliance of older kindergartens", unit: "%", citation: list.cite("办园条件"), status: .unconfirmed),
                Parameter(Key.classSizeComplianceMin, .number(0.85), nameZh: "班额达标率下限", nameEn: "minimum share of classes within the size limit", unit: "%", citation: list.cite("保教质量保障"), status: .partial),
                Parameter(Key.childrenPerTeacherMax, .number(15), nameZh: "每名专任教师在园幼儿数上限", nameEn: "maximum children per full-time teacher", unit: "人", citation: list.cite("保教质量保障", note: "same ratio in the 河南 scheme"), status: .partial),
                Parameter(Key.teacherCertificationMin, .number(1.0), nameZh: "专任教师持证率下限", nameEn: "minimum share of certified full-time teachers", unit: "%", citation: list.cite("保教质量保障"), status: .partial),
                Parameter(Key.principalCertificationMin, .number(1.0), nameZh: "园长持证率下限", nameEn: "minimum share of certified principals", unit: "%", citation: list.cite("保教质量保障"), status: .partial),
                Parameter(Key.recognitionMin, .number(0.85), nameZh: "社会认可度下限", nameEn: "minimum social recognition", unit: "%", citation: list.cite("社会认可度", note: "also in the 甘肃 and 河南 provincial schemes"), status: .partial),
            ],
            notes: [
                "Issue date late February 2020; the edition applies from the 2020 calendar year.",
                "The national indicator table (number of items, exact wording) was not retrieved; the secondary figures follow one county's list labelled 国家标准.",
            ]
        )
    }()

    public static let all: [Edition] = [edition2020]
}
