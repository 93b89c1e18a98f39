public import DudaoCore

/// The input of the 学前教育普及普惠 assessment: county facts and one record per kindergarten.
public enum PreschoolCoverageSchema {
    /// The ownership categories of a kindergarten, as the measures define them.
    public enum Ownership: String, Sendable, CaseIterable {
        /// 公办园: run by state organs, state-owned enterprises and institutions, 街道 or 村集体.
        case `public`
        /// 普惠性民办园: recognised, publicly subsidised, price-limited, non-profit.
        case inclusivePrivate = "inclusive_private"
        /// Any other private kindergarten.
        case otherPrivate = "other_private"
    }

    public static let schema = InputSchema(
        subjectKinds: [.county, .zone],
        facts: [
            FieldSpec("resident_children_3_5", .integer, zh: "学前三年适龄儿童数", en: "children aged 3–5 resident in the county", unit: "人", constraint: .positive, definition: "常住人口中 3–5 周岁儿童数, the denominator of 毛入园率"),
            FieldSpec("public_funding_per_child_yuan", .number, zh: "公办园生均公用经费或生均财政拨款标准", en: "public funding per child in public kindergartens", unit: "元/生·年", constraint: .nonNegative),
            FieldSpec("inclusive_subsidy_per_child_yuan", .number, zh: "普惠性民办园生均补助标准", en: "subsidy per child in inclusive private kindergartens", unit: "元/生·年", constraint: .nonNegative),
            FieldSpec("public_staff_teacher_pay_total_yuan", .number, zh: "公办园在编教师工资总额", en: "annual pay total of public kindergartens' 编制 teachers", unit: "元", constraint: .nonNegative),
            FieldSpec("public_staff_teachers", .integer, zh: "公办园在编教师数", en: "public kindergartens' 编制 teachers", unit: "人", constraint: .nonNegative),
            FieldSpec("public_non_staff_teacher_pay_total_yuan", .number, zh: "公办园非在编教师工资总额", en: "annual pay total of public kindergartens' non-编制 teachers", unit: "元", constraint: .nonNegative),
            FieldSpec("public_non_staff_teachers", .integer, zh: "公办园非在编教师数", en: "public kindergartens' non-编制 teachers", unit: "人", constraint: .nonNegative),
            FieldSpec("social_recognition_rate", .number, zh: "社会认可度", en: "social recognition rate", unit: "%", constraint: .fraction),
            FieldSpec("data_falsified", .boolean, zh: "是否存在数据造假", en: "whether data were falsified"),
            FieldSpec("serious_public_complaints", .boolean, zh: "是否群众反映强烈或有严重负面舆情", en: "whether there are many complaints or a strong negative public reaction"),
            FieldSpec("sampled_for_national_check", .boolean, zh: "是否为国家抽查县", en: "whether the county is sampled for the national check", needed: false, definition: "marks the counties whose failure stops the province's batch; absent means not sampled"),
        ],
        unitKinds: [UnitKindSpec(.kindergarten, zh: "幼儿园", en: "kindergarten")],
        unitFields: [
            FieldSpec("ownership", .text, zh: "办园性质", en: "ownership", definition: "public, inclusive_private or other_private"),
            FieldSpec("enrolled_children", .integer, zh: "在园幼儿数", en: "children enrolled", unit: "人", constraint: .nonNegative),
            SchoolFigure.fullTimeTeachers.field(),
            FieldSpec("certified_teachers", .integer, zh: "持教师资格证专任教师数", en: "full-time teachers holding the teacher certificate", unit: "人", constraint: .nonNegative),
            FieldSpec("principal_certified", .boolean, zh: "园长是否持证上岗", en: "whether the principal holds the required certificate"),
            SchoolFigure.classes.field(),
            FieldSpec("classes_within_size_limit", .integer, zh: "班额达标班级数", en: "classes within the size limit", unit: "个", constraint: .nonNegative),
            FieldSpec("outdoor_play_area_m2", .number, zh: "室外游戏场地面积", en: "outdoor play area", unit: "㎡", constraint: .nonNegative),
            FieldSpec("activity_room_area_m2", .number, zh: "幼儿活动用房面积", en: "activity room area", unit: "㎡", constraint: .nonNegative),
            FieldSpec("building_area_m2", .number, zh: "园舍建筑面积", en: "building area", unit: "㎡", constraint: .nonNegative),
            FieldSpec("planned_year", .integer, zh: "规划建设年份", en: "year the kindergarten was planned", constraint: .between(1900, 9999)),
        ],
        requiresUnits: true
    )
}
