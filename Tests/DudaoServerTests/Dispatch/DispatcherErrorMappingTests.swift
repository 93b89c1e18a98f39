import DudaoCore
import InMemoryLogging
import Logging
import Testing

@testable import DudaoServer

/// The one table that says what a caller sees for each kind of failure.
@Suite("Dispatcher error mapping")
struct DispatcherErrorMappingTests {
    struct ModuleError: DudaoErrorConvertible {
        var dudaoError: DudaoError { DudaoError(.notFound, "no such school") }
    }

    struct SecretFailure: Error, CustomStringConvertible {
        var description: String { "disk /srv/secret/path is full" }
    }

    static let cases: [(error: any Error, code: DudaoError.Code, message: String?)] = [
        (DudaoError(.invalidArgument, "bad input"), .invalidArgument, "bad input"),
        (DudaoError(.failedPrecondition, "no edition in force"), .failedPrecondition, "no edition in force"),
        (ModuleError(), .notFound, "no such school"),
        (CancellationError(), .cancelled, nil),
        (SecretFailure(), .internal, nil),
    ]

    @Test("each kind of error becomes the status the table gives", arguments: Self.cases)
    func mapping(error: any Error, code: DudaoError.Code, message: String?) async {
        let handler = InMemoryLogHandler()
        var dispatcher = Dispatcher(logger: Logger(label: "test", factory: { _ in handler }))
        dispatcher.register("test.v1.Failing/Fail") { _, _ in throw error }
        let outcome = await dispatcher.dispatch(CallRequest(method: "test.v1.Failing/Fail"), send: { _ in })
        let status = outcome.error
        #expect(status?.code == code)
        if let message {
            #expect(status?.message == message)
        }
    }

    @Test("an unexpected error is sent as a generic INTERNAL, and its cause is logged, not sent")
    func internalCauseIsLogged() async throws {
        let handler = InMemoryLogHandler()
        var dispatcher = Dispatcher(logger: Logger(label: "test", factory: { _ in handler }))
        dispatcher.register("test.v1.Failing/Fail") { _, _ in throw SecretFailure() }
        let outcome = await dispatcher.dispatch(CallRequest(method: "test.v1.Failing/Fail"), send: { _ in })
        let status = try #require(outcome.error)
        #expect(status.code == .internal)
        #expect(!status.message.contains("secret"))
        let logged = handler.entries.map { "\($0.metadata)" }.joined()
        #expect(logged.contains("/srv/secret/path"))
    }

    @Test("violations of an invalid argument pass through unchanged")
    func violationsPassThrough() async throws {
        let issues = [
            ValidationIssue(path: "units[0].pupils", rule: .negative, zh: "不能为负", en: "must not be negative"),
            ValidationIssue(path: "facts.rate", rule: .outOfRange, zh: "超出范围", en: "out of range"),
        ]
        var dispatcher = Dispatcher(logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        dispatcher.register("test.v1.Failing/Fail") { _, _ in throw DudaoError(.invalidArgument, "2 problems", violations: issues) }
        let outcome = await dispatcher.dispatch(CallRequest(method: "test.v1.Failing/Fail"), send: { _ in })
        #expect(outcome.error?.violations == issues)
    }

    @Test("an unknown method is UNIMPLEMENTED, and so is a record method this build does not serve yet")
    func unknownMethods() async throws {
        let dispatcher = Dispatcher(logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        let unknown = try #require(await dispatcher.dispatch(CallRequest(method: "dudao.v1.Nope/Nothing"), send: { _ in }).error)
        #expect(unknown.code == .unimplemented)
        #expect(unknown.message.contains("unknown method"))
        let reserved = try #require(await dispatcher.dispatch(CallRequest(method: "dudao.v1.Audit/Query"), send: { _ in }).error)
        #expect(reserved.code == .unimplemented)
        #expect(reserved.message.contains("not available"))
    }
}
