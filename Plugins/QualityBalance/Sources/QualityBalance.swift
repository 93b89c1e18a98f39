public import DudaoCore

public struct QualityBalance: Assessment {
    public init() {}
    public var descriptor: AssessmentDescriptor { fatalError() }
    public func evaluate(_ input: AssessmentInput, context: EvaluationContext) throws -> Evaluation { Evaluation() }
}
