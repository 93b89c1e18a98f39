public import DudaoCore

/// The documents of 责任督学挂牌督导 (REFERENCE §6).
public enum InspectorDocuments {
    public static let measures2013 = SourceDocument(
        title: "中小学校责任督学挂牌督导办法",
        number: nil,
        issuer: "国务院教育督导委员会办公室",
        year: 2013,
        url: "http://m.6065bob.com/fagui/20346.html",
        status: .confirmed
    )

    public static let zones2012 = SourceDocument(
        title: "关于加强督学责任区建设的意见",
        number: "教督〔2012〕7号",
        issuer: "国务院教育督导委员会办公室",
        year: 2012,
        url: "http://soolun.net/periodical/a2d65c649980ba98830f2d91d1efdd40.html",
        status: .confirmed
    )

    public static let dongying2016 = SourceDocument(
        title: "东营市责任督学挂牌督导实施通知",
        number: nil,
        issuer: "东营市人民政府教育督导室",
        year: 2016,
        url: "http://news.dongyingnews.cn/system/2017/01/02/010654723.shtml",
        status: .confirmed
    )

    public static let all: [SourceDocument] = [measures2013, zones2012, dongying2016]
}
