import DudaoProto
import Foundation
import SwiftProtobuf
import Testing

/// The bytes of each vector are what `vectors.json` says they are: the prefixes, the envelopes
/// (compared with the JSON form through swift-protobuf's JSON decoder) and the request payloads.
@Suite("Conformance vectors decode as described")
struct VectorDecodingTests {
    @Test("each vector's bytes decode to the frames vectors.json describes", arguments: ConformanceVector.all)
    func decodes(_ vector: ConformanceVector) throws {
        let data = [UInt8](try vector.data())
        #expect(data.count == vector.bytes)
        let json = try vector.jsonParts()
        try #require(json.count == vector.send.count)
        var offset = 0
        for (index, part) in vector.send.enumerated() {
            if let hex = part.rawHex {
                let raw = Self.bytes(hex: hex)
                #expect(Array(data[offset..<min(data.count, offset + raw.count)]) == raw)
                offset += raw.count
                continue
            }
            try #require(data.count >= offset + 5)
            let length = data[(offset + 1)...(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
            #expect(data[offset] == part.flags)
            #expect(length == part.length)
            try #require(data.count >= offset + 5 + length)
            let body = Array(data[(offset + 5)..<(offset + 5 + length)])
            offset += 5 + length

            let decoded = try Dudao_V1_Frame(serializedBytes: body)
            let described = try Dudao_V1_Frame(jsonString: try #require(json[index].envelope))
            #expect(decoded == described)
            // The vectors are in the canonical form: serializing what was decoded gives the same bytes.
            var options = BinaryEncodingOptions()
            options.useDeterministicOrdering = true
            let reencoded: [UInt8] = try decoded.serializedBytes(options: options)
            #expect(reencoded == body)

            if let payload = part.payload {
                let type = try #require(ProtoMessageTypes.byName[payload.type])
                guard case .request(let request)? = decoded.kind else {
                    Issue.record("a payload is described but frame \(index) is not a Request")
                    continue
                }
                let message = try type.init(serializedBytes: [UInt8](request.payload))
                let expected = try type.init(jsonString: try #require(json[index].payload))
                #expect(message.isEqualTo(message: expected), "payload of frame \(index) differs from its description")
            }
        }
        #expect(offset == data.count)
    }

    static func bytes(hex: String) -> [UInt8] {
        var out: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            out.append(UInt8(hex[index..<next], radix: 16) ?? 0)
            index = next
        }
        return out
    }
}
