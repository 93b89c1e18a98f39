public import DudaoCore
import DudaoProto
import DudaoWire

/// The short form of an assessment, as `Assessments/List` gives it.
public struct AssessmentListing: Sendable, Hashable {
    public var id: String
    public var version: String
    public var titleZh: String
    public var titleEn: String
    public var summaryZh: String
    public var summaryEn: String
    /// Oldest first.
    public var editions: [EditionReference]

    init(proto: Dudao_V1_AssessmentSummary) throws {
        self.id = proto.id
        self.version = proto.version
        self.titleZh = proto.titleZh
        self.titleEn = proto.titleEn
        self.summaryZh = proto.summaryZh
        self.summaryEn = proto.summaryEn
        self.editions = try proto.editions.map(EditionReference.init(proto:))
    }
}
