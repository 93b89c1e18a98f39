extension AssessmentResult {
    /// The codes of the items the verdict rests on, sorted, each once: what a test or a summary
    /// table compares when it asks "why did this fail".
    public var reasonCodes: [String] {
        Array(Set(self.reasons.map(\.code))).sorted()
    }
}
