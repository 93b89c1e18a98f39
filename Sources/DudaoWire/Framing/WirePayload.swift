import DudaoCore
public import Foundation
public import SwiftProtobuf

/// Encodes and decodes the method messages carried in `Request.payload` and `Response.payload`.
///
/// Both ends need the same mapping of protobuf errors to status codes, so it lives here rather
/// than in the server and the client separately.
public enum WirePayload {
    /// Decodes a method's message.
    ///
    /// - Throws: ``DudaoError`` ``DudaoError/Code/invalidArgument`` naming the expected message
    ///   when the bytes are not one.
    public static func decode<Message: SwiftProtobuf.Message>(_ type: Message.Type, from payload: Data) throws -> Message {
        do {
            return try Message(serializedBytes: payload)
        } catch {
            throw DudaoError(.invalidArgument, "the payload is not a valid \(Message.protoMessageName): \(error)")
        }
    }

    /// Encodes a method's message.
    ///
    /// - Throws: ``DudaoError`` ``DudaoError/Code/internal`` if it cannot be serialized.
    public static func encode(_ message: some SwiftProtobuf.Message) throws -> Data {
        try self.encode(message, as: Data.self)
    }

    /// Encodes a method's message into bytes of the given kind.
    static func encode<Bytes: SwiftProtobufContiguousBytes>(_ message: some SwiftProtobuf.Message, as: Bytes.Type) throws -> Bytes {
        do {
            return try message.serializedBytes()
        } catch {
            throw DudaoError(.internal, "a \(type(of: message).protoMessageName) could not be serialized: \(error)")
        }
    }
}
