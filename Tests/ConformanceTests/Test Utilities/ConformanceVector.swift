import Foundation
import Testing

/// One vector of `Tests/vectors/vectors.json`: the bytes a client sends and what the daemon must
/// answer. The same file drives the C (`dudao-c vectors`) and Python (`Tests/python`) checks.
struct ConformanceVector: Decodable, Sendable, CustomTestStringConvertible {
    /// One frame (or raw bytes) of what the client sends.
    struct Part: Decodable, Sendable {
        struct Payload: Decodable, Sendable {
            var type: String
        }

        var flags: UInt8?
        var length: Int?
        var payload: Payload?
        var rawHex: String?

        enum CodingKeys: String, CodingKey {
            case flags, length, payload
            case rawHex = "raw_hex"
        }
    }

    /// One frame the daemon must send, in order.
    struct Answer: Decodable, Sendable {
        struct Violation: Decodable, Sendable, Hashable {
            var path: String
            var rule: String
        }

        var kind: String
        var callID: UInt64?
        var code: String?
        var final: Bool?
        var payload: UInt64?
        var violations: [Violation]?
        var payloadType: String?
        var servingStatus: String?

        enum CodingKeys: String, CodingKey {
            case kind, code, final, payload, violations
            case callID = "call_id"
            case payloadType = "payload_type"
            case servingStatus = "serving_status"
        }
    }

    var name: String
    var file: String
    var description: String
    var bytes: Int
    var send: [Part]
    var halfClose: Bool
    var expect: [Answer]
    var connection: String

    enum CodingKeys: String, CodingKey {
        case name, file, description, bytes, send, expect, connection
        case halfClose = "half_close"
    }

    var testDescription: String { self.name }

    /// The directory holding the vectors, found from this file's path.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Test Utilities
        .deletingLastPathComponent()  // ConformanceTests
        .deletingLastPathComponent()  // Tests
        .appendingPathComponent("vectors")

    static let all: [ConformanceVector] = {
        struct Document: Decodable {
            var vectors: [ConformanceVector]
        }
        do {
            let data = try Data(contentsOf: Self.directory.appendingPathComponent("vectors.json"))
            return try JSONDecoder().decode(Document.self, from: data).vectors
        } catch {
            // An empty list makes the parameterised tests report nothing, so fail loudly instead.
            fatalError("cannot read Tests/vectors/vectors.json: \(error)")
        }
    }()

    /// For each part, the envelope and the payload message as proto3 JSON text (with the `.proto`
    /// field names), read with JSONSerialization so that integers stay integers.
    func jsonParts() throws -> [(envelope: String?, payload: String?)] {
        let data = try Data(contentsOf: Self.directory.appendingPathComponent("vectors.json"))
        let document = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let vectors = document?["vectors"] as? [[String: Any]] ?? []
        let vector = vectors.first { $0["name"] as? String == self.name }
        let parts = vector?["send"] as? [[String: Any]] ?? []
        return try parts.map { part in
            func text(_ object: Any?) throws -> String? {
                guard let object else { return nil }
                return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
            }
            return (try text(part["envelope"]), try text((part["payload"] as? [String: Any])?["message"]))
        }
    }

    func data() throws -> Data {
        try Data(contentsOf: Self.directory.appendingPathComponent(self.file))
    }
}
