/// One of the eight school resources whose 校际差异系数 基本均衡 measures (REFERENCE §1.8).
public struct BasicBalanceResource: Sendable, Hashable {
    /// Short key used in fact names: `previous_cv_<key>_<stage>`.
    public var key: String
    /// Indicator code, e.g. `BB-1`.
    public var code: String
    /// The unit field holding the school's total.
    public var field: String
    /// The unit field's name: the school's total.
    public var fieldZh: String
    public var nameZh: String
    public var nameEn: String
    /// 100 for "每百名学生" figures; it changes the mean shown, never the coefficient.
    public var scale: Double
    /// The unit of the school's total (㎡, 元, 台, 册, 人).
    public var unit: String

    /// The unit of the ratio Xᵢ: per pupil, or per 100 pupils where ``scale`` is 100.
    public var ratioUnit: String { self.scale == 100 ? "\(self.unit)/百名学生" : "\(self.unit)/生" }

    public static let all: [BasicBalanceResource] = [
        BasicBalanceResource(key: "teaching_area", code: "BB-1", field: "teaching_aux_area_m2", fieldZh: "教学及辅助用房面积", nameZh: "生均教学及辅助用房面积", nameEn: "Teaching and auxiliary floor area per pupil", scale: 1, unit: "㎡"),
        BasicBalanceResource(key: "sports_area", code: "BB-2", field: "sports_area_m2", fieldZh: "体育运动场馆面积", nameZh: "生均体育运动场馆面积", nameEn: "Sports ground and hall area per pupil", scale: 1, unit: "㎡"),
        BasicBalanceResource(key: "equipment_value", code: "BB-3", field: "equipment_value_yuan", fieldZh: "教学仪器设备值", nameZh: "生均教学仪器设备值", nameEn: "Teaching equipment value per pupil", scale: 1, unit: "元"),
        BasicBalanceResource(key: "computers", code: "BB-4", field: "computers", fieldZh: "计算机台数", nameZh: "每百名学生拥有计算机台数", nameEn: "Computers per 100 pupils", scale: 100, unit: "台"),
        BasicBalanceResource(key: "books", code: "BB-5", field: "books", fieldZh: "图书册数", nameZh: "生均图书册数", nameEn: "Library books per pupil", scale: 1, unit: "册"),
        BasicBalanceResource(key: "teacher_ratio", code: "BB-6", field: "teachers", fieldZh: "专任教师数", nameZh: "师生比", nameEn: "Teachers per 100 pupils", scale: 100, unit: "人"),
        BasicBalanceResource(key: "qualified_teachers", code: "BB-7", field: "teachers_above_required_qualification", fieldZh: "高于规定学历专任教师数", nameZh: "生均高于规定学历教师数", nameEn: "Teachers above the required qualification per 100 pupils", scale: 100, unit: "人"),
        BasicBalanceResource(key: "senior_title_teachers", code: "BB-8", field: "teachers_intermediate_title_or_above", fieldZh: "中级及以上专业技术职务专任教师数", nameZh: "生均中级及以上专业技术职务教师数", nameEn: "Teachers with intermediate or higher titles per 100 pupils", scale: 100, unit: "人"),
    ]
}
