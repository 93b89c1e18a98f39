public import DudaoCore

/// The documents behind 基本均衡 monitoring (REFERENCE §1.8 and §1.2.1).
public enum BasicBalanceDocuments {
    /// 《县域义务教育均衡发展督导评估暂行办法》 with 附件2 《有关内容的说明》, 2012-01-20.
    public static let measures = SourceDocument(
        title: "县域义务教育均衡发展督导评估暂行办法",
        number: "教督〔2012〕3号",
        issuer: "教育部",
        year: 2012,
        url: "https://jyj.linyi.gov.cn/info/1380/14706.htm",
        status: .confirmed
    )

    /// The handout that states the weighted 差异系数 and reproduces a worked example.
    public static let coefficientMethod = SourceDocument(
        title: "义务教育均衡发展差异系数计算方法及数据来源",
        number: nil,
        issuer: "教育部教育督导局（讲解材料）",
        year: nil,
        url: "https://m.777doc.com/doc-2019910.html",
        status: .confirmed
    )

    public static let all: [SourceDocument] = [measures, coefficientMethod]
}
