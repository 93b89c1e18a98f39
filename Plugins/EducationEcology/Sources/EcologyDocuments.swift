public import DudaoCore

/// The documents of Zhejiang's county basic-education ecology monitoring (REFERENCE §7).
public enum EcologyDocuments {
    public static let framework = SourceDocument(
        title: "浙江省县域基础教育生态监测评价指标体系（试行）",
        number: nil,
        issuer: "浙江省教育厅",
        year: 2021,
        url: "http://www.zjjyb.cn/html/2022-04/15/content_36006.htm",
        status: .confirmed
    )

    public static let report2021 = SourceDocument(
        title: "2021年度浙江省县域基础教育生态监测报告",
        number: nil,
        issuer: "浙江省教育厅、浙江省教育现代化研究与评价中心",
        year: 2022,
        url: "http://www.zjjyb.cn/html/2022-04/15/content_36006.htm",
        status: .confirmed
    )

    public static let all: [SourceDocument] = [framework, report2021]
}
