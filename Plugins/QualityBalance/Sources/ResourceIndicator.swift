public import DudaoCore

/// The seven 资源配置 indicators of the 2017 办法, each judged per school and per 学段.
///
/// Teachers are reported by the 学段 they teach (one field per stage, REFERENCE §1.2.2); the four
/// physical resources are reported for the whole school and split among its stages by
/// ``StageSplit`` (§1.2.3).
public enum ResourceIndicator: Int, Sendable, Hashable, CaseIterable, Comparable {
    case qualifiedTeachers = 1
    case backboneTeachers
    case peArtTeachers
    case teachingArea
    case sportsVenueArea
    case equipmentValue
    case multimediaClassrooms

    /// The per-school indicator's code, e.g. `QB-R4`.
    public var code: String { "QB-R\(self.rawValue)" }
    /// The code of its 校际差异系数, e.g. `QB-D4`.
    public var coefficientCode: String { "QB-D\(self.rawValue)" }

    /// Whether the figure is "每百名学生拥有…" (×100) rather than "生均…".
    public var isPer100: Bool {
        switch self {
        case .qualifiedTeachers, .backboneTeachers, .peArtTeachers, .multimediaClassrooms: true
        case .teachingArea, .sportsVenueArea, .equipmentValue: false
        }
    }

    public var scale: Double { self.isPer100 ? 100 : 1 }

    /// Teachers are counted per stage as reported; everything else is shared and split.
    public var isReportedByStage: Bool {
        switch self {
        case .qualifiedTeachers, .backboneTeachers, .peArtTeachers: true
        case .teachingArea, .sportsVenueArea, .equipmentValue, .multimediaClassrooms: false
        }
    }

    /// The unit field with the raw total, for a part of the given stage; school figures come
    /// from the shared vocabulary.
    public func fieldKey(for stage: SchoolStage) -> String {
        Self.fieldKeys[stage.index][self.rawValue - 1]
    }

    /// Every indicator's field keys by stage, made once: they are read for every school part of
    /// every call, and some are made from the vocabulary's field specs.
    private static let fieldKeys = SchoolStage.allCases.map { stage in Self.allCases.map { $0.makeFieldKey(for: stage) } }

    private func makeFieldKey(for stage: SchoolStage) -> String {
        switch self {
        case .qualifiedTeachers: SchoolFigure.qualifiedTeachers(stage).key
        case .backboneTeachers: "\(stage.rawValue)_backbone_teachers"
        case .peArtTeachers: "\(stage.rawValue)_pe_art_teachers"
        case .teachingArea: SchoolFigure.teachingAuxFloorArea.key
        case .sportsVenueArea: SchoolFigure.sportsVenueArea.key
        case .equipmentValue: SchoolFigure.equipmentValue.key
        case .multimediaClassrooms: SchoolFigure.multimediaClassrooms.key
        }
    }

    /// The edition parameter with the stage's threshold.
    public func thresholdKey(for stage: SchoolStage) -> String {
        "resource.\(stage.rawValue).\(self.parameterStem)"
    }

    var parameterStem: String {
        switch self {
        case .qualifiedTeachers: "qualified_teachers_per_100"
        case .backboneTeachers: "backbone_teachers_per_100"
        case .peArtTeachers: "pe_art_teachers_per_100"
        case .teachingArea: "teaching_aux_area_per_pupil_m2"
        case .sportsVenueArea: "sports_venue_area_per_pupil_m2"
        case .equipmentValue: "equipment_value_per_pupil_yuan"
        case .multimediaClassrooms: "multimedia_classrooms_per_100"
        }
    }

    public var nameZh: String {
        switch self {
        case .qualifiedTeachers: "每百名学生拥有高于规定学历教师数"
        case .backboneTeachers: "每百名学生拥有县级以上骨干教师数"
        case .peArtTeachers: "每百名学生拥有体育、艺术（美术、音乐）专任教师数"
        case .teachingArea: "生均教学及辅助用房面积"
        case .sportsVenueArea: "生均体育运动场馆面积"
        case .equipmentValue: "生均教学仪器设备值"
        case .multimediaClassrooms: "每百名学生拥有网络多媒体教室数"
        }
    }

    public var nameEn: String {
        switch self {
        case .qualifiedTeachers: "teachers above the required qualification per 100 pupils"
        case .backboneTeachers: "county-level or higher backbone teachers per 100 pupils"
        case .peArtTeachers: "PE and art (music, fine art) teachers per 100 pupils"
        case .teachingArea: "teaching and auxiliary floor area per pupil"
        case .sportsVenueArea: "sports ground and hall area per pupil"
        case .equipmentValue: "teaching equipment value per pupil"
        case .multimediaClassrooms: "networked multimedia classrooms per 100 pupils"
        }
    }

    public var unit: String {
        switch self {
        case .qualifiedTeachers, .backboneTeachers, .peArtTeachers: "人"
        case .teachingArea, .sportsVenueArea: "㎡"
        case .equipmentValue: "元"
        case .multimediaClassrooms: "间"
        }
    }

    public var decimals: Int { self == .equipmentValue ? 0 : 2 }

    public static func < (lhs: ResourceIndicator, rhs: ResourceIndicator) -> Bool { lhs.rawValue < rhs.rawValue }
}
