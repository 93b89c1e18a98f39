import DudaoCore
import DudaoProto
import Foundation
import SwiftProtobuf
import Testing

@testable import DudaoWire

/// The direct reader must read exactly what the generated messages and their conversions read,
/// or decline; it may never read something else.
struct EvaluateRequestReaderTests {
    /// Every input the repository ships, one request each.
    static let requests: [Data] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Examples").standardized
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        var inputs: [AssessmentInput] = [Fixtures.input]
        for file in files.filter({ $0.pathExtension == "json" }).sorted(by: { $0.path < $1.path }) {
            guard let data = try? Data(contentsOf: file) else { continue }
            if let one = try? CanonicalJSON.decode(AssessmentInput.self, from: data) {
                inputs.append(one)
            } else if let many = try? CanonicalJSON.decode([AssessmentInput].self, from: data) {
                inputs += many.prefix(3)
            }
        }
        return inputs.enumerated().map { index, input in
            var request = Dudao_V1_EvaluateRequest()
            request.input = input.proto
            request.preview = index.isMultiple(of: 2)
            return try! request.serializedBytes()
        }
    }()

    /// What the general path reads, or `nil` where it refuses the request.
    static func general(_ payload: Data) -> (input: AssessmentInput, preview: Bool)? {
        guard let request = try? Dudao_V1_EvaluateRequest(serializedBytes: payload), request.hasInput,
            let input = try? AssessmentInput(proto: request.input)
        else { return nil }
        return (input, request.preview)
    }

    /// Inputs compared through their deterministic protobuf form, in which NaN equals itself.
    static func same(_ left: (input: AssessmentInput, preview: Bool), _ right: (input: AssessmentInput, preview: Bool)) throws -> Bool {
        var options = BinaryEncodingOptions()
        options.useDeterministicOrdering = true
        return try left.preview == right.preview
            && left.input.proto.serializedBytes(options: options) as [UInt8] == right.input.proto.serializedBytes(options: options)
    }

    @Test("every shipped input is read directly, exactly as the generated messages read it")
    func shippedInputs() throws {
        #expect(Self.requests.count > 20)
        for payload in Self.requests {
            let direct = try #require(EvaluateRequestReader.readDirectly(payload))
            let general = try #require(Self.general(payload))
            #expect(try Self.same(direct, general))
        }
    }

    @Test("a mutated request is read as the generated messages read it, or left to them")
    func mutations() throws {
        var generator = SplitMix64(seed: 20261130)
        var declined = 0
        var compared = 0
        for (index, original) in Self.requests.enumerated() where original.count > 16 {
            for _ in 0..<40 {
                var payload = [UInt8](original)
                switch generator.next() % 3 {
                case 0: payload[Int(generator.next() % UInt64(payload.count))] ^= UInt8(truncatingIfNeeded: generator.next() | 1)
                case 1: payload.removeLast(Int(generator.next() % UInt64(payload.count)))
                default: payload.insert(UInt8(truncatingIfNeeded: generator.next()), at: Int(generator.next() % UInt64(payload.count)))
                }
                let data = Data(payload)
                guard let direct = EvaluateRequestReader.readDirectly(data) else {
                    declined += 1
                    continue
                }
                compared += 1
                let general = try #require(Self.general(data), "request \(index): read directly, refused by the general path")
                #expect(try Self.same(direct, general), "request \(index): the two paths read different inputs")
            }
        }
        #expect(declined > 0 && compared > 0, "\(declined) declined, \(compared) compared")
    }

    @Test("what the plain form does not cover is left to the general path")
    func declined() throws {
        var request = Dudao_V1_EvaluateRequest()
        request.input = Fixtures.input.proto
        let plain: Data = try request.serializedBytes()
        #expect(EvaluateRequestReader.readDirectly(plain) != nil)

        // An unknown field (a newer client's).
        var unknown = plain
        unknown.append(contentsOf: [0x18, 0x01])
        #expect(EvaluateRequestReader.readDirectly(unknown) == nil)
        // A singular field twice, which protobuf merges.
        #expect(EvaluateRequestReader.readDirectly(plain + plain) == nil)
        // A unit field without a value, which the conversion refuses.
        var unset = request
        unset.input.units[0].fields["pupils"] = Dudao_V1_FieldValue()
        #expect(EvaluateRequestReader.readDirectly(try unset.serializedBytes()) == nil)
        // No input at all.
        #expect(EvaluateRequestReader.readDirectly(Data()) == nil)
        // A string that is not UTF-8.
        var text = Dudao_V1_EvaluateRequest()
        text.input = Fixtures.input.proto
        text.input.assessment = "X"
        var bytes = [UInt8](try text.serializedBytes() as Data)
        let at = try #require(bytes.firstIndex(of: UInt8(ascii: "X")))
        bytes[at] = 0xFF
        #expect(EvaluateRequestReader.readDirectly(Data(bytes)) == nil)
        #expect(Self.general(Data(bytes)) == nil)
        // A cut-off four-byte sequence, which decodes to one U+FFFD of as many bytes.
        text.input.assessment = "XYZ"
        bytes = [UInt8](try text.serializedBytes() as Data)
        let cut = try #require(bytes.firstIndex(of: UInt8(ascii: "X")))
        bytes.replaceSubrange(cut..<cut + 3, with: [0xF0, 0x90, 0x80])
        #expect(EvaluateRequestReader.readDirectly(Data(bytes)) == nil)
        #expect(Self.general(Data(bytes)) == nil)
    }
}
