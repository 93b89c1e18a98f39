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

    private let events: ControlEvents?

    /// - Parameter events: Told when each `Sleep` call starts, so a test can wait until calls are
    ///   in flight on the server instead of sleeping.
    public init(events: ControlEvents? = nil) {
        self.events = events
    }

    struct SecretFailure: Error, CustomStringConvertible {
        var description: String { "database password is hunter2" }
    }

    public func registerMethods(with dispatcher: inout Dispatcher) {
        dispatcher.register(Self.sleep) { payload, _ in
            let milliseconds = Int(String(decoding: payload, as: UTF8.self)) ?? 0
            self.events?.started()
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

/// The `Sleep` calls that have started on the server, for tests to wait on.
public final class ControlEvents: Sendable {
    private let stream: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    public init() {
        (self.stream, self.continuation) = AsyncStream<Void>.makeStream()
    }

    func started() {
        self.continuation.yield()
    }

    /// Returns once `count` more `Sleep` calls have started.
    public func waitForStarts(_ count: Int) async {
        var seen = 0
        for await _ in self.stream {
            seen += 1
            if seen == count { return }
        }
    }
}
