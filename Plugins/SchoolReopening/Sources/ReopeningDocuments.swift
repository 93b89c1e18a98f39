public import DudaoCore

/// The texts behind the reopening checklist (REFERENCE §7). No official province-wide checklist
/// was retrieved: the items come from a 2020 Zhejiang guidance summary and a 台州 local list [P].
public enum ReopeningDocuments {
    public static let zhejiangGuidance = SourceDocument(
        title: "浙江省中小学校开学返校工作指引（2020）",
        number: nil,
        issuer: "浙江省教育厅",
        year: 2020,
        url: "http://foshan.seofeiyu.cn/article/18286.html",
        status: .partial
    )

    public static let taizhouChecklist = SourceDocument(
        title: "台州市学校开学条件核验清单",
        number: nil,
        issuer: "台州市教育局",
        year: 2020,
        url: "http://m.ddtbk.com/jiaoyu/260243.html",
        status: .partial
    )

    public static let all: [SourceDocument] = [zhejiangGuidance, taizhouChecklist]
}
