/// A one-vote veto item (一票否决): if it fired, the verdict is a fail whatever else holds.
public struct VetoResult: Sendable, Hashable, Codable {
    public var code: String
    public var nameZh: String
    public var nameEn: String
    /// `nil` when the input does not say.
    public var fired: Bool?
    public var citation: Citation
    public var status: StatusTag
    public var explanationZh: String
    public var explanationEn: String

    public init(code: String, zh: String, en: String, fired: Bool?, citation: Citation, status: StatusTag, explanationZh: String, explanationEn: String) {
        self.code = code
        self.nameZh = zh
        self.nameEn = en
        self.fired = fired
        self.citation = citation
        self.status = status
        self.explanationZh = explanationZh
        self.explanationEn = explanationEn
    }
}
