import DudaoCore
import DudaoProto
import DudaoWire
import Foundation
import Synchronization

/// The serialized `EvaluateRequest`s a load sends: the same one every call, or a new input every
/// call.
///
/// The same input every call is the limit of the server: the store keeps an input once per digest,
/// so it stores the input only once. Official records usually each have their own input. With
/// `distinct`, every call's input is different, and the store must encode and compress each one.
/// Each call gets its own subject name: a placeholder of fixed length is encoded once, and its
/// digits are overwritten with a counter. Only a copy of the bytes is made per call, so the client
/// takes no more of the shared cores.
final class RequestPayloads: Sendable {
    private let template: Data
    /// Where the counter's digits lie in `template`; `nil` when every call sends `template`.
    private let digits: Range<Int>?
    private let counter = Atomic<UInt64>(0)

    init(_ input: AssessmentInput, preview: Bool, distinct: Bool) throws {
        var input = input
        let placeholder = "0000000000000000"
        if distinct { input.subject.name += " #" + placeholder }
        var request = Dudao_V1_EvaluateRequest()
        request.input = input.proto
        request.preview = preview
        self.template = try WirePayload.encode(request)
        if distinct {
            // A protobuf string field holds its UTF-8 bytes as they are.
            guard let found = self.template.firstRange(of: Data((" #" + placeholder).utf8)) else {
                preconditionFailure("an encoded request does not hold its subject name")
            }
            self.digits = (found.lowerBound + 2)..<found.upperBound
        } else {
            self.digits = nil
        }
    }

    /// The bytes of the next call.
    func next() -> Data {
        guard let digits = self.digits else { return self.template }
        let number = self.counter.add(1, ordering: .relaxed).newValue
        var payload = self.template
        let hex = Array(String(number, radix: 16).utf8)
        payload.replaceSubrange(digits.upperBound - hex.count..<digits.upperBound, with: hex)
        return payload
    }
}
