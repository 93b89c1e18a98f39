public import DudaoProto
public import Foundation

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
    /// inside a response would measure the whole result once more for that length.
    public static func encode(result: Dudao_V1_AssessmentResult) throws -> Data {
        let body = try WirePayload.encode(result)
        var answer = Data(capacity: body.count + 11)
        answer.append(0x0A)  // field 1, length-delimited
        var length = UInt64(body.count)
        while length >= 0x80 {
            answer.append(UInt8(truncatingIfNeeded: length) | 0x80)
            length >>= 7
        }
        answer.append(UInt8(length))
        answer.append(body)
        return answer
    }

    /// Completes an answer with the id of the stored record; nothing when no record was kept.
    public static func append(recordID: String?, to answer: inout Data) throws {
        guard let recordID, !recordID.isEmpty else { return }
        var response = Dudao_V1_EvaluateResponse()
        response.recordID = recordID
        answer.append(try WirePayload.encode(response))
    }
}
