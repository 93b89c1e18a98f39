public import DudaoCore
import DudaoProto
import SwiftProtobuf

extension DudaoError {
    /// The longest message sent with an error that does not fit whole.
    static let trimmedMessageBytes = 1024

    /// The error cut down until its wire `Status` takes at most `maxBytes` bytes.
    ///
    /// An answer must fit the frame size the client announced, errors included: a thousand
    /// violations for a thousand bad units would otherwise be sent to a client that said it
    /// reads 64 KiB. The message is shortened first, then violations are left out from the end,
    /// and the message says how many were left out.
    public func fitting(_ maxBytes: Int) -> DudaoError {
        guard Self.size(of: self) > maxBytes else { return self }
        var trimmed = self
        trimmed.message = self.message.truncated(toUTF8Bytes: Self.trimmedMessageBytes)
        guard Self.size(of: trimmed) > maxBytes else { return trimmed }
        let base = trimmed.message
        let note = { (left: Int) in "\(base) (\(left) of \(self.violations.count) violations left out to fit the frame limit of \(maxBytes) bytes)" }
        // Each violation is one length-delimited field of the Status: its size plus a few bytes.
        var budget = maxBytes - Self.size(of: DudaoError(self.code, note(self.violations.count), violations: [])) - 16
        var kept: [ValidationIssue] = []
        for violation in self.violations {
            let size = (try? violation.proto.serializedBytes() as [UInt8])?.count ?? 0
            guard size + 6 <= budget else { break }
            budget -= size + 6
            kept.append(violation)
        }
        trimmed.violations = kept
        trimmed.message = note(self.violations.count - kept.count)
        if Self.size(of: trimmed) > maxBytes {
            trimmed.violations = []
            trimmed.message = trimmed.message.truncated(toUTF8Bytes: max(0, maxBytes - 16))
        }
        return trimmed
    }

    private static func size(of error: DudaoError) -> Int {
        (try? error.proto.serializedBytes() as [UInt8])?.count ?? Int.max
    }
}
