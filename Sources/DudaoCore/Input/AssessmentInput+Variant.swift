extension AssessmentInput {
    /// A copy with `change` applied: how worked examples and tests derive a variant (one figure
    /// missing, one parameter overridden) from a base input.
    public func with(_ change: (inout AssessmentInput) -> Void) -> AssessmentInput {
        var input = self
        change(&input)
        return input
    }
}
