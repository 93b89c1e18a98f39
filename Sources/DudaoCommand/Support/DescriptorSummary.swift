import DudaoCore

/// The short form of a descriptor that `dudao list --format json` prints.
struct DescriptorSummary: Encodable {
    var id: String
    var version: String
    var titleZh: String
    var titleEn: String
    var editions: [String]

    init(_ descriptor: AssessmentDescriptor) {
        self.id = descriptor.id
        self.version = descriptor.version
        self.titleZh = descriptor.titleZh
        self.titleEn = descriptor.titleEn
        self.editions = descriptor.editions.map(\.id)
    }
}
