public import DudaoCore

/// One line of `dudao list`: an assessment's id, titles, version and editions.
public struct AssessmentRow: Sendable, Hashable, Encodable {
    public var id: String
    public var version: String
    public var titleZh: String
    public var titleEn: String
    /// Edition ids, oldest first.
    public var editions: [String]

    public init(id: String, version: String, titleZh: String, titleEn: String, editions: [String]) {
        self.id = id
        self.version = version
        self.titleZh = titleZh
        self.titleEn = titleEn
        self.editions = editions
    }

    public init(_ descriptor: AssessmentDescriptor) {
        self.init(id: descriptor.id, version: descriptor.version, titleZh: descriptor.titleZh, titleEn: descriptor.titleEn, editions: descriptor.editions.map(\.id))
    }
}
