import DudaoCore
public import DudaoProto
import NIOCore
import SwiftProtobuf

extension Frame {
    /// An uncompressed frame carrying `envelope`, serialised straight into the frame's payload.
    ///
    /// - Throws: ``DudaoError`` ``DudaoError/Code/internal`` if the envelope cannot be serialized
    ///   (proto3 messages without `Any` always can).
    public init(envelope: Dudao_V1_Frame) throws {
        let bytes: ProtobufByteBuffer
        do {
            bytes = try envelope.serializedBytes()
        } catch {
            throw DudaoError(.internal, "a frame envelope could not be serialized: \(error)")
        }
        self.init(flags: [], payload: bytes.buffer)
    }

    /// The envelope this frame carries.
    ///
    /// - Throws: ``DudaoError`` ``DudaoError/Code/invalidArgument`` when the payload is not a
    ///   protobuf `dudao.v1.Frame`, and ``DudaoError/Code/unimplemented`` when the frame is
    ///   compressed (no compression scheme exists in protocol version 1).
    public func envelope() throws -> Dudao_V1_Frame {
        guard !self.flags.contains(.compressed) else {
            throw DudaoError(.unimplemented, "compressed frames are not supported in protocol version \(WireProtocol.version)")
        }
        do {
            return try Dudao_V1_Frame(serializedBytes: ProtobufByteBuffer(self.payload))
        } catch {
            throw DudaoError(.invalidArgument, "the frame payload is not a dudao.v1.Frame envelope: \(error)")
        }
    }
}
