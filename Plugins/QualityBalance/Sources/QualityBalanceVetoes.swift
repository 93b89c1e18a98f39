public import DudaoCore

/// The one-vote veto items (一票否决) of the 优质均衡 assessment.
///
/// The 2017 news release (cited as such) names 考试招生, 违规择校 and 重点校/重点班 (and a failed social-recognition
/// survey, which this module reports as ``QualityBalanceIndicators`` item `QB-S1`). Three more items are
/// widely quoted but unconfirmed; they apply only when their `veto.*.enabled` parameter is on.
public struct QualityBalanceVeto: Sendable, Hashable {
    public var code: String
    public var nameZh: String
    public var nameEn: String
    /// The boolean fact that says whether it occurred.
    public var factKey: String
    /// The parameter that switches an unconfirmed item on; `nil` for confirmed items, which always apply.
    public var enabledKey: String?
    public var citation: Citation
    public var status: StatusTag
}

public enum QualityBalanceVetoes {
    static let news = QualityBalanceDocuments.newsRelease
    static let measures = QualityBalanceDocuments.measures

    /// Items the 2017 news release names; always applied.
    public static let confirmed: [QualityBalanceVeto] = [
        QualityBalanceVeto(
            code: "QB-V1", nameZh: "以考试方式招生", nameEn: "admission by examination",
            factKey: "veto_exam_admission_occurred", enabledKey: nil,
            citation: Self.news.cite("一票否决事项"), status: .confirmed
        ),
        QualityBalanceVeto(
            code: "QB-V2", nameZh: "违规择校", nameEn: "illegal school choice",
            factKey: "veto_illegal_school_choice_occurred", enabledKey: nil,
            citation: Self.news.cite("一票否决事项"), status: .confirmed
        ),
        QualityBalanceVeto(
            code: "QB-V3", nameZh: "设置重点学校或重点班", nameEn: "key schools or key classes",
            factKey: "veto_key_schools_or_classes_occurred", enabledKey: nil,
            citation: Self.news.cite("一票否决事项"), status: .confirmed
        ),
    ]

    /// Items quoted from general knowledge only ([U]); off by default.
    public static let optional: [QualityBalanceVeto] = [
        QualityBalanceVeto(
            code: "QB-V4", nameZh: "有编不补或长期聘用编外教师", nameEn: "vacant teacher posts left unfilled or long-term unbudgeted hiring",
            factKey: "veto_unfilled_teacher_posts_occurred", enabledKey: "veto.unfilled_teacher_posts.enabled",
            citation: Self.measures.cite("一票否决", note: "通行表述，未见原文 [U]"), status: .unconfirmed
        ),
        QualityBalanceVeto(
            code: "QB-V5", nameZh: "教育系统发生重大安全责任事故或严重违纪违规事件", nameEn: "major safety accident or serious violation in the education system",
            factKey: "veto_major_safety_incident_occurred", enabledKey: "veto.major_safety_incident.enabled",
            citation: Self.measures.cite("一票否决", note: "通行表述，未见原文 [U]"), status: .unconfirmed
        ),
        QualityBalanceVeto(
            code: "QB-V6", nameZh: "弄虚作假", nameEn: "falsified data",
            factKey: "veto_falsified_data_occurred", enabledKey: "veto.falsified_data.enabled",
            citation: Self.measures.cite("一票否决", note: "通行表述，未见原文 [U]"), status: .unconfirmed
        ),
    ]

    public static var all: [QualityBalanceVeto] { Self.confirmed + Self.optional }
}
