import DudaoProto
import Foundation
import SwiftProtobuf
import Testing

@testable import DudaoWire

/// An answer written in two steps is byte for byte the whole response, and reads back as it.
struct EvaluateAnswerTests {
    /// Results whose lengths take one, two and three bytes.
    static let results: [Dudao_V1_AssessmentResult] = {
        var long = Fixtures.result.proto
        long.warnings = (0..<200).map { index in
            var warning = Dudao_V1_Warning()
            warning.code = "W-\(index)"
            warning.messageEn = String(repeating: "x", count: 100)
            return warning
        }
        return [Dudao_V1_AssessmentResult(), Fixtures.result.proto, long]
    }()

    @Test("the result, then the record id, are the bytes of the whole EvaluateResponse", arguments: [0, 1, 2], ["", "r-20241130-0001"])
    func twoStepsMakeTheWholeResponse(result: Int, recordID: String) throws {
        var whole = Dudao_V1_EvaluateResponse()
        whole.result = Self.results[result]
        whole.recordID = recordID
        var answer = try EvaluateAnswer.encode(result: Self.results[result])
        try EvaluateAnswer.append(recordID: recordID, to: &answer)
        #expect(answer == (try WirePayload.encode(whole)))
        let read = try Dudao_V1_EvaluateResponse(serializedBytes: answer)
        #expect(read.hasResult && read.recordID == recordID)
    }

    @Test("no record kept adds nothing")
    func noRecordAddsNothing() throws {
        var answer = try EvaluateAnswer.encode(result: Fixtures.result.proto)
        let before = answer
        try EvaluateAnswer.append(recordID: nil, to: &answer)
        #expect(answer == before)
        #expect(try Dudao_V1_EvaluateResponse(serializedBytes: answer).recordID.isEmpty)
    }

    @Test("field 1 built from bytes, or filled with a byte, has the tag and length before them")
    func resultFieldFromBytes() {
        let body = (0..<200).map { UInt8(truncatingIfNeeded: $0) }
        let field = ResultField(body)
        #expect(field.count == 200)
        #expect(field.bytes == Data([0x0A, 0xC8, 0x01] + body))
        #expect(field.withUnsafeBytes { Array($0) } == body)
        #expect(ResultField(repeating: 7, count: 3).bytes == Data([0x0A, 3, 7, 7, 7]))
    }
}
