/// The answer to "does this stored evaluation still come out the same?" (a reproducibility check).
///
/// A difference is listed field by field, never hidden: a changed module version, a different
/// value, a new warning all show up with their old and new JSON.
public struct ReplayReport: Sendable, Hashable, Codable {
    public var recordID: String
    /// The edition the record used and the replay used again.
    public var edition: String
    /// Whether the re-run result is identical to the stored one in every field.
    public var identical: Bool
    /// Whether every value, outcome, verdict and reason is the same, the only differences being
    /// wording or the module's version (``ResultDifference/Kind``): what a look-back needs to know
    /// when a later build has reworded a sentence.
    public var figuresIdentical: Bool
    public var differences: [ResultDifference]
    /// The re-run result.
    public var replayed: AssessmentResult

    public init(recordID: String, edition: String, differences: [ResultDifference], replayed: AssessmentResult) {
        self.recordID = recordID
        self.edition = edition
        self.identical = differences.isEmpty
        self.figuresIdentical = differences.allSatisfy { $0.kind != .figure }
        self.differences = differences
        self.replayed = replayed
    }
}
