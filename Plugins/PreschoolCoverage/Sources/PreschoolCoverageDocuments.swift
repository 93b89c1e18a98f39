public import DudaoCore

/// The documents the 学前教育普及普惠 assessment is taken from (REFERENCE §2).
public enum PreschoolCoverageDocuments {
    /// The national measures. 文号 confirmed by 教督厅函〔2024〕6号; issued late February 2020.
    public static let measures = SourceDocument(
        title: "县域学前教育普及普惠督导评估办法",
        number: "教督〔2020〕1号",
        issuer: "教育部",
        year: 2020,
        url: "https://www.cqn.com.cn/ms/content/2020-03/02/content_8308508.htm",
        status: .confirmed
    )

    /// A county page listing the secondary indicators as "国家标准"; the only source of the
    /// secondary figures, so each of them is at best partly confirmed.
    public static let nanjiangList = SourceDocument(
        title: "南江县县域学前教育普及普惠督导评估指标（国家标准）",
        number: nil,
        issuer: "南江县人民政府",
        year: 2024,
        url: "https://scnj.gov.cn/ztzl/jczwgkzl/gkly/ywjy/jydd/ywjyjhfzddpg/13957464.html",
        status: .partial
    )

    /// The 2024 notice that cites the measures and the procedure 县级自评 → 市级初核 → 省级评估 → 国家认定.
    public static let notice2024 = SourceDocument(
        title: "教育部办公厅关于开展2023年县域学前教育普及普惠督导评估认定工作的通知",
        number: "教督厅函〔2024〕6号",
        issuer: "教育部办公厅",
        year: 2024,
        url: "http://www.ztwm.com.cn/zhengce/wenjian/202402/t20240207_2558308.shtml",
        status: .partial
    )

    public static let all: [SourceDocument] = [measures, nanjiangList, notice2024]
}
