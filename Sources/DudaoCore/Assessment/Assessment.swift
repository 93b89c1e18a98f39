/// A supervision assessment: its descriptor and the pure function from input to outcome.
///
/// A module conforms with a small `Sendable` struct that keeps no state. The registry does the
/// common work before calling ``evaluate(_:context:)``: it picks the edition, applies overrides,
/// validates against ``AssessmentDescriptor/schema`` and digests the input, then wraps the
/// returned ``Evaluation`` into an ``AssessmentResult``.
public protocol Assessment: Sendable {
    var descriptor: AssessmentDescriptor { get }

    /// Worked examples: inputs with the verdict and figures their results must show.
    ///
    /// Required, because the examples are the assessment's executable specification: the
    /// conformance suite in `DudaoTesting` runs every bundled assessment's examples and checks
    /// that together they use every input field of the schema.
    var examples: [WorkedExample] { get }

    /// Rules the schema cannot express (e.g. a school's stage pupils must add up). Default: none.
    func validate(_ input: AssessmentInput, parameters: ParameterSet) -> [ValidationIssue]

    /// Evaluates a validated input.
    ///
    /// - Throws: ``DudaoError`` (``DudaoError/Code/internal`` for a defect of the module).
    func evaluate(_ input: AssessmentInput, context: EvaluationContext) throws -> Evaluation

    /// Judgements over many subjects evaluated together (a province's batch, a ranking).
    /// Default: none.
    ///
    /// The batch pipeline (``BatchEvaluation``) passes only this assessment's results, in input
    /// order, so a module never has to filter out another's.
    func summarize(_ results: [AssessmentResult]) -> BatchSummary?
}

extension Assessment {
    public func validate(_ input: AssessmentInput, parameters: ParameterSet) -> [ValidationIssue] { [] }
    public func summarize(_ results: [AssessmentResult]) -> BatchSummary? { nil }
}

/// What a module sees besides the input: the edition and its (possibly overridden) parameters.
public struct EvaluationContext: Sendable {
    public var descriptor: AssessmentDescriptor
    public var edition: Edition
    public var parameters: ParameterSet
    /// Needed fields the input lacks; items that need them are not assessable.
    public var missing: [MissingField]

    public init(descriptor: AssessmentDescriptor, edition: Edition, parameters: ParameterSet, missing: [MissingField]) {
        self.descriptor = descriptor
        self.edition = edition
        self.parameters = parameters
        self.missing = missing
    }
}
