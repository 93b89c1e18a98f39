extension ResultDifference {
    /// What a difference between a stored result and its replay is about.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Something computed or decided: a value, threshold, outcome, verdict, reason, finding.
        case figure
        /// Text written for a reader: an explanation, a message, a note, a name or title. A new
        /// build that words a sentence better changes these and nothing else.
        case wording
        /// The version of the module that computed the result.
        case version
    }

    /// The keys of a result's reader-facing text, in every language.
    static let wordingKeys: Set<String> = [
        "explanationZh", "explanationEn", "messageZh", "messageEn", "note", "notesZh", "notesEn",
        "nameZh", "nameEn", "titleZh", "titleEn", "reasonZh", "reasonEn",
    ]

    /// Decided by the last key of the path: `indicators[3].explanationZh` is wording,
    /// `indicators[3].value` a figure, and anything not known to be text a figure.
    public var kind: Kind {
        if self.path == "assessmentVersion" { return .version }
        var key = self.path.split(separator: ".").last.map(String.init) ?? self.path
        // `notesZh[2]`: an element of a list of sentences.
        if let bracket = key.firstIndex(of: "[") { key = String(key[..<bracket]) }
        return Self.wordingKeys.contains(key) ? .wording : .figure
    }
}
