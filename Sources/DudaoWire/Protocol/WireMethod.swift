/// A method a client can call, by the name carried in `Request.method`.
///
/// Names follow gRPC's `package.Service/Method` form, so that a later move onto gRPC keeps them.
/// A name the server does not know is answered `UNIMPLEMENTED`.
public enum WireMethod: String, Sendable, Hashable, CaseIterable {
    /// `ListAssessmentsRequest` → `ListAssessmentsResponse`.
    case listAssessments = "dudao.v1.Assessments/List"
    /// `DescribeAssessmentRequest` → `DescribeAssessmentResponse`.
    case describeAssessment = "dudao.v1.Assessments/Describe"
    /// `EvaluateRequest` → `EvaluateResponse`.
    case evaluate = "dudao.v1.Assessments/Evaluate"
    /// `EvaluateBatchRequest` → a stream of `EvaluateBatchResponse` (items and progress non-final,
    /// `done` final).
    case evaluateBatch = "dudao.v1.Assessments/EvaluateBatch"
    /// `HealthCheckRequest` → `HealthCheckResponse`.
    case healthCheck = "dudao.v1.Health/Check"
    /// `ServerInfoRequest` → `ServerInfoResponse`.
    case serverInfo = "dudao.v1.Server/Info"
    /// `GetRecordRequest` → `GetRecordResponse`.
    case getRecord = "dudao.v1.Records/Get"
    /// `ListRecordsRequest` → `ListRecordsResponse`.
    case listRecords = "dudao.v1.Records/List"
    /// `ReplayRecordRequest` → `ReplayRecordResponse`.
    case replayRecord = "dudao.v1.Records/Replay"
    /// `LookBackRequest` → `LookBackResponse`.
    case lookBack = "dudao.v1.Records/LookBack"
    /// `SubjectHistoryRequest` → `SubjectHistoryResponse`.
    case subjectHistory = "dudao.v1.Records/History"
    /// `AuditQueryRequest` → `AuditQueryResponse`.
    case auditQuery = "dudao.v1.Audit/Query"

    /// The service part of the name, e.g. `dudao.v1.Assessments`; the names `Health/Check` knows.
    public var service: String {
        String(self.rawValue.prefix { $0 != "/" })
    }

    /// Whether the method answers with several non-final responses before the final one.
    public var isStreaming: Bool { self == .evaluateBatch }

    /// Every service name, for `Health/Check`.
    public static var services: [String] {
        var seen: [String] = []
        for method in Self.allCases where !seen.contains(method.service) {
            seen.append(method.service)
        }
        return seen
    }
}
