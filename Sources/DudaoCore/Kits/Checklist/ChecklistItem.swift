/// One item of a checklist: the yes/no checks that make it met, and the evidence it must show.
public struct ChecklistItem: Sendable, Hashable, Codable {
    public var code: String
    public var nameZh: String
    public var nameEn: String
    /// Mandatory items gate the whole checklist; optional ones are reported only.
    public var mandatory: Bool
    /// Yes/no input fields that must all be true for the item to be met.
    public var checks: [String]
    /// Text input fields naming the evidence (a record, a document, a photo reference). When the
    /// checklist requires evidence, a met item without it is not assessable: a claim is not proof.
    public var evidence: [String]
    /// Days after the reference date by which a shortfall must be rectified; `nil` for the
    /// checklist's default.
    public var rectificationDays: Int?
    public var citation: Citation
    public var status: StatusTag

    public init(
        _ code: String,
        zh: String,
        en: String,
        mandatory: Bool,
        checks: [String],
        evidence: [String] = [],
        rectificationDays: Int? = nil,
        citation: Citation,
        status: StatusTag
    ) {
        self.code = code
        self.nameZh = zh
        self.nameEn = en
        self.mandatory = mandatory
        self.checks = checks
        self.evidence = evidence
        self.rectificationDays = rectificationDays
        self.citation = citation
        self.status = status
    }
}
