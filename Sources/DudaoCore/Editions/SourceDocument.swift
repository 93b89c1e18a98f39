/// An official document a standard is taken from.
public struct SourceDocument: Sendable, Hashable, Codable {
    /// Title as issued, e.g. `县域义务教育优质均衡发展督导评估办法`.
    public var title: String
    /// 文号, e.g. `教督〔2017〕6号`; `nil` where unknown.
    public var number: String?
    public var issuer: String
    public var year: Int?
    /// Where a copy was read.
    public var url: String?
    /// How well the document and its 文号 are confirmed.
    public var status: StatusTag

    public init(title: String, number: String?, issuer: String, year: Int?, url: String? = nil, status: StatusTag) {
        self.title = title
        self.number = number
        self.issuer = issuer
        self.year = year
        self.url = url
        self.status = status
    }

    /// A citation of one article or section of this document.
    public func cite(_ article: String?, note: String? = nil) -> Citation {
        Citation(document: self.title, number: self.number, article: article, note: note)
    }

    /// `《title》(文号)`.
    public var label: String {
        if let number = self.number { return "《\(self.title)》(\(number))" }
        return "《\(self.title)》"
    }
}

/// A reference to where a rule or figure is written.
public struct Citation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var document: String
    public var number: String?
    /// Article, section or table row, e.g. `第四条 资源配置 第1项`.
    public var article: String?
    public var note: String?

    public init(document: String, number: String?, article: String?, note: String? = nil) {
        self.document = document
        self.number = number
        self.article = article
        self.note = note
    }

    public var description: String {
        var text = "《\(self.document)》"
        if let number = self.number { text += "(\(number))" }
        if let article = self.article { text += " \(article)" }
        return text
    }
}
