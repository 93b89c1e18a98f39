public import DudaoCore

/// The documents the 优质均衡 module is taken from, with how far each is confirmed.
///
/// No government original of the 2017 办法 was at hand; figures are read from the Hebei
/// transcription, the 2017 national news release and a secondary summary, and each parameter's
/// citation says which (REFERENCE §1).
public enum QualityBalanceDocuments {
    /// The national 办法. Its 文号 is confirmed (cited by the Hebei text); its issue date is not.
    public static let measures = SourceDocument(
        title: "县域义务教育优质均衡发展督导评估办法",
        number: "教督〔2017〕6号",
        issuer: "教育部",
        year: 2017,
        status: .confirmed
    )

    /// The Hebei implementing rules, which transcribe the national resource thresholds and scope.
    public static let hebei = SourceDocument(
        title: "河北省县域义务教育优质均衡发展督导评估具体办法",
        number: nil,
        issuer: "河北省（发文机关未见于转录件）",
        year: nil,
        url: "https://m.zixin.com.cn/doc/2278587.html",
        status: .partial
    )

    /// The 2017 national news release naming the veto items and the teacher-pay item.
    public static let newsRelease = SourceDocument(
        title: "县域义务教育优质均衡发展督导评估办法 新闻发布摘要",
        number: nil,
        issuer: "教育部（新闻发布）",
        year: 2017,
        url: "http://www.jizihe.com/page/2017/0725/2096106.shtml",
        status: .confirmed
    )

    /// A secondary summary of all four dimensions, the source of most [P] figures.
    public static let summary = SourceDocument(
        title: "县域义务教育优质均衡发展督导评估办法 内容摘要（二手）",
        number: nil,
        issuer: "第三方摘要",
        year: nil,
        url: "https://www.fudaoke.com/exam/3242393.html",
        status: .partial
    )

    /// The worked example that fixes the enrolment-weighted, population-form 差异系数.
    public static let coefficientExample = SourceDocument(
        title: "义务教育均衡发展差异系数计算方法及数据来源",
        number: nil,
        issuer: "公开计算示例",
        year: nil,
        url: "https://m.777doc.com/doc-2019910.html",
        status: .confirmed
    )

    /// The 2015 local rule that splits the shared resources of 一贯制 schools 1 : 1.1 : 1.32.
    public static let splitRule = SourceDocument(
        title: "一贯制学校共用资源按学段折算办法（基本均衡时期地方口径）",
        number: nil,
        issuer: "地方教育行政部门",
        year: 2015,
        url: "https://www.dyhzdl.cn/k/doc/da4bfb8403d8ce2f0166234d.html",
        status: .confirmed
    )

    /// Zhejiang's monitoring notice: same content as the national 办法, data through the 省监测评估系统.
    public static let zhejiangMonitoring = SourceDocument(
        title: "关于开展县域义务教育优质均衡发展监测和培育工作的通知",
        number: "浙政教督办函〔2020〕28号",
        issuer: "浙江省人民政府教育督导委员会办公室",
        year: 2020,
        url: "http://progcable.com/html/202007/202007091103156469.shtml",
        status: .confirmed
    )

    public static let all: [SourceDocument] = [
        Self.measures, Self.hebei, Self.newsRelease, Self.summary, Self.coefficientExample, Self.splitRule, Self.zhejiangMonitoring,
    ]
}
