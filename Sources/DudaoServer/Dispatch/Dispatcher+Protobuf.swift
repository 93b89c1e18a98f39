import DudaoCore
import DudaoWire
public import SwiftProtobuf

extension Dispatcher {
    /// Adds a method taking and returning protobuf messages.
    ///
    /// A payload that is not a `Request` is answered `INVALID_ARGUMENT` before the handler runs.
    public mutating func register<Request: SwiftProtobuf.Message, Response: SwiftProtobuf.Message>(
        _ method: String,
        _ handler: @escaping @Sendable (Request, CallContext) async throws -> Response
    ) {
        self.register(method) { payload, context in
            let request = try WirePayload.decode(Request.self, from: payload)
            return try WirePayload.encode(try await handler(request, context))
        }
    }

    /// Adds a method that streams messages before its final one.
    ///
    /// The handler sends with the ``MessageSender`` it is given and returns the final message.
    public mutating func registerStreaming<Request: SwiftProtobuf.Message, Response: SwiftProtobuf.Message>(
        _ method: String,
        _ handler: @escaping @Sendable (Request, CallContext, MessageSender<Response>) async throws -> Response
    ) {
        self.register(method) { payload, context in
            let request = try WirePayload.decode(Request.self, from: payload)
            let final = try await handler(request, context, MessageSender(context: context))
            return try WirePayload.encode(final)
        }
    }
}

/// Sends the streamed messages of one call.
public struct MessageSender<Message: SwiftProtobuf.Message>: Sendable {
    let context: CallContext

    /// - Throws: when the call has ended; the handler should stop.
    public func send(_ message: Message) async throws {
        try await self.context.send(try WirePayload.encode(message))
    }
}
