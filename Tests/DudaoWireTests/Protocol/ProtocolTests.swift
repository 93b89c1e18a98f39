import DudaoProto
import DudaoWire
import Testing

struct ProtocolTests {
    @Test("method names are the ones the contract fixes")
    func methodNames() {
        #expect(WireMethod.allCases.map(\.rawValue) == [
            "dudao.v1.Assessments/List",
            "dudao.v1.Assessments/Describe",
            "dudao.v1.Assessments/Evaluate",
            "dudao.v1.Assessments/EvaluateBatch",
            "dudao.v1.Health/Check",
            "dudao.v1.Server/Info",
            "dudao.v1.Records/Get",
            "dudao.v1.Records/List",
            "dudao.v1.Records/Replay",
            "dudao.v1.Records/LookBack",
            "dudao.v1.Records/History",
            "dudao.v1.Audit/Query",
        ])
        #expect(WireMethod.services == ["dudao.v1.Assessments", "dudao.v1.Health", "dudao.v1.Server", "dudao.v1.Records", "dudao.v1.Audit"])
        #expect(WireMethod.allCases.filter(\.isStreaming) == [.evaluateBatch])
    }

    @Test("limits survive the server hello, and zeros fall back to the defaults")
    func limits() {
        let limits = ProtocolLimits(maxFrameBytes: 1 << 20, maxCallsInFlight: 8, idleTimeout: .seconds(30), handshakeTimeout: .milliseconds(2500), maxCallTimeout: .seconds(60), maxBatchInputs: 500)
        #expect(ProtocolLimits(proto: limits.proto) == limits)
        #expect(ProtocolLimits(proto: Dudao_V1_Limits()) == .default)
        #expect(ProtocolLimits.default.maxFrameBytes == 4 * 1024 * 1024)
    }
}
