public import Foundation
public import DudaoCore

/// How a call ended: its final payload, or the error the caller sees.
public enum CallOutcome: Sendable, Hashable {
    /// Status OK with the final (possibly empty) serialized message.
    case ok(Data)
    case failed(DudaoError)

    /// The error, or `nil` when the call succeeded.
    public var error: DudaoError? {
        if case .failed(let error) = self { return error }
        return nil
    }
}
