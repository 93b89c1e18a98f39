public import DudaoServer
import Foundation

/// Methods that tests use to put the server in a known state: a call that takes a set time, a
/// call that fails with an unexpected error, an echo.
///
/// Payloads are plain UTF-8 text, so tests call them with ``DudaoClient/call(_:payload:metadata:timeout:)``.
public struct ControlService: DudaoService {
    /// Sleeps for the number of milliseconds in the payload, then answers `slept`. Cancellable.
    public static let sleep = "dudao.test.Control/Sleep"
    /// Throws an error the dispatcher does not know, which the caller must see as INTERNAL.
    public static let fail = "dudao.test.Control/Fail"
    /// Answers with its payload, after streaming it back once per metadata entry `repeat`.
    public static let echo = "dudao.test.Control/Echo"

    public init() {}

    struct SecretFailure: Error, CustomStringConvertible {
        var description: String { "database password is hunter2" }
    }

    public func registerMethods(with dispatcher: inout Dispatcher) {
        dispatcher.register(Self.sleep) { payload, _ in
            let milliseconds = Int(String(decoding: payload, as: UTF8.self)) ?? 0
            try await Task.sleep(for: .milliseconds(milliseconds))
            return Data("slept".utf8)
        }
        dispatcher.register(Self.fail) { _, _ in
            throw SecretFailure()
        }
        dispatcher.register(Self.echo) { payload, context in
            for _ in 0..<(Int(context.metadata["repeat"] ?? "0") ?? 0) {
                try await context.send(payload)
            }
            return payload
        }
    }
}
