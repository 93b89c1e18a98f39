/// The fully qualified names of the protocol's methods (`package.Service/Method`).
public enum MethodName {
    public static let listAssessments = "dudao.v1.Assessments/List"
    public static let describeAssessment = "dudao.v1.Assessments/Describe"
    public static let evaluate = "dudao.v1.Assessments/Evaluate"
    public static let evaluateBatch = "dudao.v1.Assessments/EvaluateBatch"
    public static let healthCheck = "dudao.v1.Health/Check"
    public static let serverInfo = "dudao.v1.Server/Info"

    /// Methods of the protocol that this build does not serve yet (the record store's); they are
    /// answered with `UNIMPLEMENTED` and a message saying so, rather than "unknown method".
    public static let reserved: Set<String> = [
        "dudao.v1.Records/Get",
        "dudao.v1.Records/List",
        "dudao.v1.Records/Replay",
        "dudao.v1.Records/LookBack",
        "dudao.v1.Records/History",
        "dudao.v1.Audit/Query",
    ]
}
