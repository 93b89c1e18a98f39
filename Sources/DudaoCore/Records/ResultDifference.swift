/// One field where two results differ: its path and both values as canonical JSON.
public struct ResultDifference: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A path into the result, e.g. `indicators[QB-R1/primary].value` or `edition.id`; `$` for the
    /// whole. List elements are named by their code (or key, or unit id) and scope where every
    /// element has a distinct one, else by position (`findings[2]`).
    public var path: String
    /// The stored value as JSON; `nil` when the field was absent.
    public var before: String?
    /// The re-computed value as JSON; `nil` when the field is absent.
    public var after: String?

    public init(path: String, before: String?, after: String?) {
        self.path = path
        self.before = before
        self.after = after
    }

    public var description: String { "\(self.path): \(self.before ?? "(absent)") → \(self.after ?? "(absent)")" }

    /// Every field where `before` and `after` differ, compared through their canonical JSON.
    ///
    /// - Throws: ``DudaoError`` when either cannot be encoded (a non-finite number).
    public static func between(_ before: AssessmentResult, _ after: AssessmentResult) throws -> [ResultDifference] {
        JSONTree.differences(try JSONTree.of(before), try JSONTree.of(after))
    }
}
