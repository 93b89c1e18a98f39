extension IndicatorResult {
    /// A result that cannot be computed, explaining which fields are missing.
    public static func notAssessable(
        _ definition: IndicatorDefinition,
        scope: String? = nil,
        threshold: Double?,
        status: StatusTag? = nil,
        missing notes: [MissingNote]
    ) -> IndicatorResult {
        let explanation = MissingNote.explanation(notes)
        return IndicatorResult(
            definition, scope: scope, value: nil, threshold: threshold, outcome: .notAssessable, status: status,
            zh: explanation.zh, en: explanation.en
        )
    }
}
