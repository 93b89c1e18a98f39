public import DudaoCore

/// A 公示 table of several counties' results, in the form used for public notices: who, what,
/// the conclusion and the items behind it, with the objection period stated.
public struct NoticeReport: Sendable {
    /// One row: the result and the stored record's id where there is one.
    public var entries: [(result: AssessmentResult, recordID: String?)]
    /// Who publishes the notice (e.g. 浙江省人民政府教育督导委员会办公室).
    public var issuer: String
    /// The notice's date as printed.
    public var date: String
    /// Working days the public may object.
    public var objectionDays: Int
    public var generator: String

    public init(entries: [(result: AssessmentResult, recordID: String?)], issuer: String = "教育督导部门", date: String = "", objectionDays: Int = 5, generator: String = "dudao") {
        self.entries = entries
        self.issuer = issuer
        self.date = date
        self.objectionDays = objectionDays
        self.generator = generator
    }

    public func render() -> String {
        HTMLRenderer(page: NoticeTemplate.page).render(self.context, generator: self.generator)
    }

    var context: [String: Any] {
        let titles = Set(self.entries.map { $0.result.titleZh }).sorted()
        let title = (titles.count == 1 ? titles[0] : "督导评估") + "结果公示"
        return [
            "title": title,
            "preamble": "根据有关规定，现将 \(self.entries.count) 个单位的\(titles.joined(separator: "、"))结果予以公示。",
            "rows": self.entries.enumerated().map { index, entry -> [String: Any] in
                [
                    "number": index + 1, "code": entry.result.subject.code, "name": entry.result.subject.name, "assessment": entry.result.titleZh,
                    "period": entry.result.period.description, "verdict": entry.result.verdict.nameZh, "verdictKey": entry.result.verdict.rawValue,
                    "reasons": entry.result.reasons.map { "\($0.code) \($0.nameZh)" }.joined(separator: "；"), "recordID": entry.recordID ?? "",
                ]
            },
            "closing": "公示期为 \(self.objectionDays) 个工作日。如有异议，请在公示期内以书面形式向\(self.issuer)反映，并提供联系方式及相关证明材料。",
            "issuer": self.issuer,
            "date": self.date,
            "provenance": self.entries.allSatisfy({ $0.recordID == nil }) ? [] : ["各行记录编号可用 dudao records get 查验。"],
        ]
    }
}
