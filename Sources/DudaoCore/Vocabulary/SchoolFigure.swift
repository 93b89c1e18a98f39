/// A figure a school reports, named once for every assessment: one key, one unit, one 口径.
///
/// Assessments build their unit fields from these (``field(constraint:unitKinds:needed:)``), so a
/// county fills a school's floor area or its teachers under the same name whichever assessment it
/// answers. Keys an assessment used before the vocabulary existed are kept as deprecated keys: an
/// input that still uses them evaluates the same, with a warning naming the old and the new key.
public struct SchoolFigure: Sendable, Hashable {
    /// The field as every assessment names it; ``field(constraint:unitKinds:needed:)`` adds what
    /// differs between assessments (the range, the unit kinds it applies to, whether it is needed).
    public var spec: FieldSpec

    public var key: String { self.spec.key }
    public var nameZh: String { self.spec.nameZh }
    public var unit: String? { self.spec.unit }

    public init(
        _ key: String,
        _ type: ValueType,
        zh: String,
        en: String,
        unit: String?,
        definition: String? = nil,
        deprecatedKeys: [String] = []
    ) {
        self.spec = FieldSpec(key, type, zh: zh, en: en, unit: unit, definition: definition, deprecatedKeys: deprecatedKeys)
    }

    /// The figure as an input field of one assessment.
    public func field(constraint: Constraint = .nonNegative, unitKinds: [UnitKind]? = nil, needed: Bool = true) -> FieldSpec {
        var field = self.spec
        field.constraint = constraint
        field.unitKinds = unitKinds
        field.needed = needed
        return field
    }
}

extension SchoolFigure {
    /// 在校生数 of a school, or of the stage part a unit record stands for.
    public static let pupils = SchoolFigure("pupils", .integer, zh: "在校生数", en: "pupils", unit: "人", definition: "教育事业统计 基础基312 (小学) / 基础基313 (初中)")

    /// 在校生数 of one stage of a school that teaches several.
    public static func pupils(_ stage: SchoolStage) -> SchoolFigure {
        SchoolFigure(
            "\(stage.rawValue)_pupils", .integer, zh: "\(stage.nameZh)段在校生数", en: "\(stage.nameEn) pupils", unit: "人",
            definition: stage == .senior ? nil : "教育事业统计 \(stage == .primary ? "基础基312" : "基础基313")")
    }

    public static let teachingAuxFloorArea = SchoolFigure(
        "teaching_aux_floor_area_m2", .number, zh: "教学及辅助用房面积", en: "teaching and auxiliary floor area", unit: "㎡",
        definition: "教育事业统计 校舍情况", deprecatedKeys: ["teaching_aux_area_m2"]
    )

    public static let sportsVenueArea = SchoolFigure(
        "sports_venue_area_m2", .number, zh: "体育运动场（馆）面积", en: "sports ground and hall area", unit: "㎡",
        definition: "室外运动场地 + 室内体育馆 [U]", deprecatedKeys: ["sports_area_m2"]
    )

    public static let equipmentValue = SchoolFigure("equipment_value_yuan", .number, zh: "教学仪器设备资产值", en: "teaching equipment value", unit: "元")

    public static let computers = SchoolFigure("computers", .integer, zh: "计算机台数", en: "computers", unit: "台")

    public static let books = SchoolFigure("books", .integer, zh: "图书册数", en: "library books", unit: "册")

    public static let multimediaClassrooms = SchoolFigure(
        "multimedia_classrooms", .integer, zh: "网络多媒体教室数", en: "networked multimedia classrooms", unit: "间")

    /// 专任教师数.
    public static let fullTimeTeachers = SchoolFigure(
        "full_time_teachers", .integer, zh: "专任教师数", en: "full-time teachers", unit: "人",
        definition: "教育事业统计 专任教师", deprecatedKeys: ["teachers"]
    )

    /// 专任教师 above the qualification the stage requires (小学专科及以上、初中本科及以上).
    public static let qualifiedTeachers = SchoolFigure(
        "qualified_teachers", .integer, zh: "高于规定学历专任教师数", en: "teachers above the required qualification", unit: "人",
        deprecatedKeys: ["teachers_above_required_qualification"]
    )

    /// The same, counted for the stage the teachers teach, in a school with several stages.
    public static func qualifiedTeachers(_ stage: SchoolStage) -> SchoolFigure {
        SchoolFigure(
            "\(stage.rawValue)_qualified_teachers", .integer, zh: "\(stage.nameZh)段高于规定学历专任教师数",
            en: "\(stage.nameEn) teachers above the required qualification", unit: "人")
    }

    /// 专任教师 with an intermediate or higher professional title.
    public static let intermediateTitleTeachers = SchoolFigure(
        "intermediate_title_teachers", .integer, zh: "中级及以上专业技术职务专任教师数", en: "teachers with an intermediate or higher title", unit: "人",
        deprecatedKeys: ["teachers_intermediate_title_or_above"]
    )

    /// Classes (班级数).
    public static let classes = SchoolFigure("classes", .integer, zh: "班级数", en: "classes", unit: "个")

    public static let musicRooms = SchoolFigure("music_rooms", .integer, zh: "音乐专用教室数", en: "music rooms", unit: "间")

    public static let artRooms = SchoolFigure("art_rooms", .integer, zh: "美术专用教室数", en: "art rooms", unit: "间")
}
