public import DudaoCore

/// One of the eight school resources whose 校际差异系数 基本均衡 measures (REFERENCE §1.8).
public struct BasicBalanceResource: Sendable, Hashable {
    /// Short key used in fact names: `previous_cv_<key>_<stage>`.
    public var key: String
    /// Indicator code, e.g. `BB-1`.
    public var code: String
    /// The school figure (from the shared vocabulary) holding the school's total.
    public var figure: SchoolFigure
    public var nameZh: String
    public var nameEn: String
    /// 100 for "每百名学生" figures; it changes the mean shown, never the coefficient.
    public var scale: Double

    /// The unit field holding the school's total.
    public var field: String { self.figure.key }
    /// The unit field's name: the school's total.
    public var fieldZh: String { self.figure.nameZh }
    /// The unit of the school's total (㎡, 元, 台, 册, 人).
    public var unit: String { self.figure.unit ?? "" }

    /// The unit of the ratio Xᵢ: per pupil, or per 100 pupils where ``scale`` is 100.
    public var ratioUnit: String { self.scale == 100 ? "\(self.unit)/百名学生" : "\(self.unit)/生" }

    public static let all: [BasicBalanceResource] = [
        BasicBalanceResource(key: "teaching_area", code: "BB-1", figure: .teachingAuxFloorArea, nameZh: "生均教学及辅助用房面积", nameEn: "Teaching and auxiliary floor area per pupil", scale: 1),
        BasicBalanceResource(key: "sports_area", code: "BB-2", figure: .sportsVenueArea, nameZh: "生均体育运动场馆面积", nameEn: "Sports ground and hall area per pupil", scale: 1),
        BasicBalanceResource(key: "equipment_value", code: "BB-3", figure: .equipmentValue, nameZh: "生均教学仪器设备值", nameEn: "Teaching equipment value per pupil", scale: 1),
        BasicBalanceResource(key: "computers", code: "BB-4", figure: .computers, nameZh: "每百名学生拥有计算机台数", nameEn: "Computers per 100 pupils", scale: 100),
        BasicBalanceResource(key: "books", code: "BB-5", figure: .books, nameZh: "生均图书册数", nameEn: "Library books per pupil", scale: 1),
        BasicBalanceResource(key: "teacher_ratio", code: "BB-6", figure: .fullTimeTeachers, nameZh: "师生比", nameEn: "Teachers per 100 pupils", scale: 100),
        BasicBalanceResource(key: "qualified_teachers", code: "BB-7", figure: .qualifiedTeachers, nameZh: "生均高于规定学历教师数", nameEn: "Teachers above the required qualification per 100 pupils", scale: 100),
        BasicBalanceResource(key: "senior_title_teachers", code: "BB-8", figure: .intermediateTitleTeachers, nameZh: "生均中级及以上专业技术职务教师数", nameEn: "Teachers with intermediate or higher titles per 100 pupils", scale: 100),
    ]
}
