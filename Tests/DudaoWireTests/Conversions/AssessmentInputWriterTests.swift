import DudaoCore
import DudaoProto
import Foundation
import SwiftProtobuf
import Testing

@testable import DudaoWire

/// The input writer must write what the generated message writes: the bytes it writes decode to
/// the message ``AssessmentInput/proto`` builds, field for field.
struct AssessmentInputWriterTests {
    static var shippedInputs: [AssessmentInput] {
        get throws {
            try EvaluateRequestReaderTests.requests.map { payload in
                try AssessmentInput(proto: Dudao_V1_EvaluateRequest(serializedBytes: payload).input)
            }
        }
    }

    /// The two messages in their deterministic form, in which NaN equals itself and maps are sorted.
    static func deterministic(_ message: Dudao_V1_AssessmentInput) throws -> [UInt8] {
        var options = BinaryEncodingOptions()
        options.useDeterministicOrdering = true
        return try message.serializedBytes(options: options)
    }

    static func expectWrittenAsGenerated(_ input: AssessmentInput, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let written = try Dudao_V1_AssessmentInput(serializedBytes: AssessmentInputWriter.bytes(input))
        #expect(try Self.deterministic(written) == Self.deterministic(input.proto), "\(input.subject.code)", sourceLocation: sourceLocation)
    }

    @Test("every shipped input is written as the generated message writes it")
    func shippedInputs() throws {
        let inputs = try Self.shippedInputs
        #expect(inputs.count > 20)
        for input in inputs { try Self.expectWrittenAsGenerated(input) }
    }

    @Test("edges: every value kind, zeros, negatives, NaN, empty and long strings, provenance, no edition")
    func edges() throws {
        let long = String(repeating: "长", count: 6_000)  // 18,000 bytes: a three-byte length
        var input = Fixtures.input
        input.facts["zero"] = FieldValue(.number(0))
        input.facts["nan"] = FieldValue(.number(.nan))
        input.facts["negative"] = FieldValue(.integer(-1))
        input.facts["smallest"] = FieldValue(.integer(.min))
        input.facts["no"] = FieldValue(.boolean(false))
        input.facts["empty"] = FieldValue(.text(""))
        input.facts["long"] = FieldValue(.text(long), provenance: Provenance(source: long, year: 2025, note: ""))
        input.facts[""] = FieldValue(.integer(0))
        input.units.append(Unit(id: "", name: long, kind: "teaching_point", fields: ["": FieldValue(.integer(0)), "pupils": 130]))
        input.parameterOverrides["text"] = .text("")
        input.parameterOverrides["flag"] = .boolean(true)
        input.parameterOverrides[""] = .number(-0.0)
        try Self.expectWrittenAsGenerated(input)

        input.edition = nil
        input.assessment = ""
        input.units = []
        input.facts = [:]
        input.parameterOverrides = [:]
        try Self.expectWrittenAsGenerated(input)
        input.edition = ""
        try Self.expectWrittenAsGenerated(input)
    }

    @Test("what the writer writes reads back as the same input, through the direct reader too")
    func readsBack() throws {
        for input in try Self.shippedInputs + [Fixtures.input] {
            let bytes = try AssessmentInputWriter.bytes(input)
            #expect(try AssessmentInput(proto: Dudao_V1_AssessmentInput(serializedBytes: bytes)) == input)
            var request = ProtobufWriter()
            request.lengthDelimited(1, [UInt8](bytes))  // EvaluateRequest.input
            #expect(EvaluateRequestReader.readDirectly(Data(request.bytes))?.input == input)
        }
    }
}
