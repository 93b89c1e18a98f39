public import DudaoCore

/// The documents the modernization assessment and monitoring rest on (REFERENCE §4.1–§4.2).
public enum ModernizationDocuments {
    /// The 2011 notice that started the county assessments.
    public static let notice2011 = SourceDocument(
        title: "关于在全省开展教育现代化县（市、区）评估工作的通知",
        number: nil,
        issuer: "中共浙江省委办公厅、浙江省人民政府办公厅",
        year: 2011,
        url: "http://zjrb.zjol.com.cn/html/2018-09/10/content_3164088.htm",
        status: .confirmed
    )

    /// The 2015 operating standard: 5 一级, 12 二级, 42 三级.
    public static let standard2015 = SourceDocument(
        title: "浙江省教育现代化县（市、区）评估操作标准（2015年修订版）",
        number: nil,
        issuer: "浙江省教育厅",
        year: 2015,
        url: "https://e-chinaedu.cn/html/jydt/2018/09-19/c_31372.shtml",
        status: .confirmed
    )

    /// The 2017 monitoring rules: columns 一级/二级/三级/监测点/目标值/权重; only the first rows were seen.
    public static let monitoring2017 = SourceDocument(
        title: "浙江省2017年度县（市、区）教育现代化发展水平监测指标细则",
        number: nil,
        issuer: "浙江省教育现代化研究与评价中心、浙江省教育厅",
        year: 2018,
        url: "https://m.book118.com/html/2018/0621/174021234.shtml",
        status: .confirmed
    )

    /// The 2017 monitoring results (mean 67.52, max 89.81, min 53.90).
    public static let results2017 = SourceDocument(
        title: "浙江省县（市、区）教育现代化发展水平监测公告",
        number: nil,
        issuer: "浙江省教育厅",
        year: 2018,
        url: "https://zjnews.zjol.com.cn/zjnews/zjxw/201912/t20191205_11436804.shtml",
        status: .confirmed
    )

    public static let all: [SourceDocument] = [notice2011, standard2015, monitoring2017, results2017]
}
