public import DudaoCore

/// The documents of Zhejiang's kindergarten grading (REFERENCE §7).
public enum KindergartenDocuments {
    public static let standard2014 = SourceDocument(
        title: "浙江省幼儿园等级评定实施办法、浙江省幼儿园等级评定标准",
        number: "浙教学前〔2014〕62号",
        issuer: "浙江省教育厅",
        year: 2014,
        url: "http://jyt.zj.gov.cn/art/2016/12/26/art_1229266336_2379961.html",
        status: .confirmed
    )

    public static let areas2020 = SourceDocument(
        title: "浙江省幼儿园等级评定标准（2020年修订）",
        number: nil,
        issuer: "浙江省教育厅",
        year: 2020,
        url: "https://tokomodem.com/tzxw/202001/t20200107_11549533.shtml",
        status: .partial
    )

    public static let all: [SourceDocument] = [standard2014, areas2020]
}
