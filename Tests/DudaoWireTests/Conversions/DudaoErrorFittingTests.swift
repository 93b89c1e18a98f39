import DudaoCore
import DudaoProto
import DudaoWire
import SwiftProtobuf
import Testing

@Suite("An error cut to fit a frame")
struct DudaoErrorFittingTests {
    @Test("violations beyond the budget are left out and counted; what is left fits")
    func manyViolations() throws {
        let violations = (0..<120_000).map {
            ValidationIssue(path: "facts.unknown_\($0)", rule: .unknownField, zh: "未知字段", en: "the field is not in the schema")
        }
        let error = DudaoError(.invalidArgument, "the input breaks 120000 rules", violations: violations)
        let fitted = error.fitting(65_536)
        #expect(try (fitted.proto.serializedBytes() as [UInt8]).count <= 65_536)
        #expect(!fitted.violations.isEmpty)
        #expect(fitted.violations.count < violations.count)
        #expect(fitted.message.contains("\(violations.count - fitted.violations.count) of 120000 violations left out"))
    }

    @Test("a huge message is cut; a small error is unchanged")
    func hugeMessage() throws {
        let huge = DudaoError(.unimplemented, String(repeating: "x", count: 3_000_000))
        #expect(try (huge.fitting(65_536).proto.serializedBytes() as [UInt8]).count <= 65_536)
        let small = DudaoError(.notFound, "no such record")
        #expect(small.fitting(65_536) == small)
    }

    @Test("the limit behind RESOURCE_EXHAUSTED and the wait travel in the Status")
    func limitRoundTrip() {
        let error = DudaoError.limit(.rate, "slow down", retryAfter: .milliseconds(250))
        #expect(error.proto.limit == .rate)
        #expect(error.proto.retryAfterMs == 250)
        #expect(DudaoError(proto: error.proto).limit == LimitRefusal(.rate, retryAfter: .milliseconds(250)))
    }
}
