import DudaoProto
import SwiftProtobuf

/// The request and response messages the vectors name, by their full protobuf name.
enum ProtoMessageTypes {
    static let byName: [String: any SwiftProtobuf.Message.Type] = {
        let types: [any SwiftProtobuf.Message.Type] = [
            Dudao_V1_ListAssessmentsRequest.self, Dudao_V1_ListAssessmentsResponse.self,
            Dudao_V1_DescribeAssessmentRequest.self, Dudao_V1_DescribeAssessmentResponse.self,
            Dudao_V1_EvaluateRequest.self, Dudao_V1_EvaluateResponse.self,
            Dudao_V1_HealthCheckRequest.self, Dudao_V1_HealthCheckResponse.self,
        ]
        return Dictionary(uniqueKeysWithValues: types.map { ($0.protoMessageName, $0) })
    }()
}
