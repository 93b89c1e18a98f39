/// One version of a standard pack that served results, as the record store keeps it.
///
/// A pack is data that changes without a rebuild, so a record names the pack's version (its
/// ``AssessmentResult/assessmentVersion``) and the store keeps the pack's exact text under that
/// version: a replay years later rebuilds the rules of the time from it.
public struct StandardVersion: Sendable, Hashable, Codable {
    public var assessment: String
    /// The served version, `VERSION+sha256.PREFIX`, as in every result.
    public var version: String
    /// `sha256:` and the full hex digest of the pack's files.
    public var contentHash: String
    /// The pack's files and those of the packs it extends, as JSON; opaque to the store.
    public var source: String
    /// Unix milliseconds when this store first kept it.
    public var keptAt: Int64

    public init(assessment: String, version: String, contentHash: String, source: String, keptAt: Int64 = RecordID.now()) {
        self.assessment = assessment
        self.version = version
        self.contentHash = contentHash
        self.source = source
        self.keptAt = keptAt
    }
}
