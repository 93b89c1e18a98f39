public import DudaoProto
public import Foundation
import SwiftProtobuf

/// The payload of an `EvaluateResponse`, written in two steps: the result as soon as it is
/// converted, the record id once the record is committed.
///
/// Protobuf writes a message's fields in the order of their numbers, and a reader merges
/// messages written one after another, so the result (field 1) followed by the record id
/// (field 2) are the very bytes of the whole response. The server can then hold the answer's
/// bytes while the commit is awaited and hand the converted result to the store.
public enum EvaluateAnswer {
    /// An answer that holds `result` alone.
    ///
    /// The result is encoded on its own and given field 1's tag and length by hand: encoding it
    /// inside a response would measure the whole result once more for that length. It is written
    /// straight after that prefix, into one buffer with room for the record id, so an answer is
    /// allocated once and never copied while it waits for the commit.
    public static func encode(result: Dudao_V1_AssessmentResult) throws -> Data {
        try WirePayload.encode(result, as: ResultField.self).bytes
    }

    /// Completes an answer with the id of the stored record; nothing when no record was kept.
    public static func append(recordID: String?, to answer: inout Data) throws {
        guard let recordID, !recordID.isEmpty else { return }
        var response = Dudao_V1_EvaluateResponse()
        response.recordID = recordID
        answer.append(try WirePayload.encode(response))
    }
}

/// Field 1 of an `EvaluateResponse` as swift-protobuf serializes the result into it: the tag and
/// the length come first, and the message's bytes after them.
struct ResultField: SwiftProtobufContiguousBytes {
    /// Room for the record id that ``EvaluateAnswer/append(recordID:to:)`` adds: its tag, length
    /// and a generated id fit well within it.
    private static let recordIDRoom = 64

    private(set) var bytes: Data
    private let prefix: Int

    init(repeating: UInt8, count: Int) {
        var prefix = ProtobufWriter()
        prefix.tag(1, .lengthDelimited)
        prefix.varint(UInt64(count))
        self.prefix = prefix.bytes.count
        self.bytes = Data(capacity: prefix.bytes.count + count + Self.recordIDRoom)
        self.bytes.append(contentsOf: prefix.bytes)
        self.bytes.count += count
        if repeating != 0 { self.withUnsafeMutableBytes { _ = $0.initializeMemory(as: UInt8.self, repeating: repeating) } }
    }

    init<S: Sequence>(_ sequence: S) where S.Element == UInt8 {
        let body = Array(sequence)
        self.init(repeating: 0, count: body.count)
        self.bytes.replaceSubrange(self.prefix..., with: body)
    }

    var count: Int { self.bytes.count - self.prefix }

    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try self.bytes.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[self.prefix...])) }
    }

    mutating func withUnsafeMutableBytes<R>(_ body: (UnsafeMutableRawBufferPointer) throws -> R) rethrows -> R {
        let prefix = self.prefix
        return try self.bytes.withUnsafeMutableBytes { try body(UnsafeMutableRawBufferPointer(rebasing: $0[prefix...])) }
    }
}
