import NIOCore
import SwiftProtobuf

/// A `ByteBuffer` that swift-protobuf writes into and reads from directly.
///
/// An envelope is serialised straight into the buffer the channel sends, and parsed straight from
/// the buffer it received: through an array, a 90 KB answer was copied once more and allocated
/// twice on its way out, and every request was copied before it was read.
struct ProtobufByteBuffer: SwiftProtobufContiguousBytes {
    var buffer: ByteBuffer

    init(_ buffer: ByteBuffer) {
        self.buffer = buffer
    }

    init(repeating byte: UInt8, count: Int) {
        self.buffer = ByteBufferAllocator().buffer(repeating: byte, count: count)
    }

    init<S: Sequence>(_ sequence: S) where S.Element == UInt8 {
        self.buffer = ByteBufferAllocator().buffer(bytes: sequence)
    }

    var count: Int { self.buffer.readableBytes }

    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try self.buffer.withUnsafeReadableBytes(body)
    }

    mutating func withUnsafeMutableBytes<R>(_ body: (UnsafeMutableRawBufferPointer) throws -> R) rethrows -> R {
        try self.buffer.withUnsafeMutableReadableBytes(body)
    }
}
