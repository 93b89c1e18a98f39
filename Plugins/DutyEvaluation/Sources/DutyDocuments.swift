public import DudaoCore

/// The documents the duty evaluation rests on (REFERENCE §5).
public enum DutyDocuments {
    /// The national measures for provincial governments: six areas, annual cycle.
    public static let national = SourceDocument(
        title: "对省级人民政府履行教育职责的评价办法",
        number: "国办发〔2017〕49号",
        issuer: "国务院办公厅",
        year: 2017,
        url: "http://qplk.cn/N/80679.html?fid=21032&ft=Tag",
        status: .confirmed
    )

    /// Ningxia's city and county measures: 100 points, 90 / 80 / 65, downgrade rules.
    public static let ningxia = SourceDocument(
        title: "宁夏回族自治区对市县级人民政府履行教育职责的评价办法（试行）",
        number: nil,
        issuer: "宁夏回族自治区人民政府办公厅",
        year: 2019,
        url: "https://m.news.shi-fen.com/china/201908/50-443826.html",
        status: .confirmed
    )

    /// Guangdong's city and county measures: annual, every city and county.
    public static let guangdong = SourceDocument(
        title: "广东省对市县级人民政府履行教育职责的评价办法",
        number: "粤府办〔2018〕4号",
        issuer: "广东省人民政府办公厅",
        year: 2018,
        url: "http://www.gzpf668.com/web/news/19029.html",
        status: .confirmed
    )

    /// Zhejiang's own measures: not retrieved; every figure taken from it is [U].
    public static let zhejiang = SourceDocument(
        title: "浙江省对市县级人民政府履行教育职责的评价办法",
        number: nil,
        issuer: "浙江省人民政府教育督导委员会",
        year: nil,
        status: .unconfirmed
    )

    public static let all: [SourceDocument] = [national, ningxia, guangdong, zhejiang]
}
