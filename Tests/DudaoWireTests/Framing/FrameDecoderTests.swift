import DudaoCore
import DudaoWire
import NIOCore
import NIOEmbedded
import NIOTestUtils
import Testing

struct FrameDecoderTests {
    @Test("frames decode the same whether the bytes arrive one by one, frame by frame or all at once")
    func verifier() throws {
        let payloads: [[UInt8]] = [[], [0x01], Array("评估".utf8), Array(repeating: 0xAB, count: 700)]
        let pairs = payloads.map { bytes -> (ByteBuffer, [Frame]) in
            let frame = Frame(payload: ByteBuffer(bytes: bytes))
            return (Self.encoded(frame), [frame])
        }
        try ByteToMessageDecoderVerifier.verifyDecoder(inputOutputPairs: pairs) { FrameDecoder() }
    }

    @Test("the decoder reads the flag byte and a big-endian length")
    func layout() throws {
        var decoder = FrameDecoder()
        var buffer = ByteBuffer(bytes: [0x00, 0x00, 0x00, 0x00, 0x03, 0x0A, 0x0B, 0x0C, 0x00])
        let frame = try #require(try decoder.decode(buffer: &buffer))
        #expect(frame.flags == [])
        #expect(Array(frame.payload.readableBytesView) == [0x0A, 0x0B, 0x0C])
        #expect(buffer.readableBytes == 1, "the byte of the next frame stays in the buffer")
    }

    @Test("an oversized length is refused from the header alone, naming both sizes")
    func oversizeBeforePayload() throws {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(FrameDecoder(maximumPayloadSize: 1024)))
        var header = ByteBuffer()
        header.writeInteger(UInt8(0))
        header.writeInteger(UInt32(1025))
        let error = #expect(throws: DudaoError.self) { try channel.writeInbound(header) }
        #expect(error?.code == .resourceExhausted)
        #expect(error?.message.contains("1025") == true)
        #expect(error?.message.contains("1024") == true)
        _ = try? channel.finish()
    }

    @Test("the default maximum is 4 MiB: a header announcing one byte more fails at once")
    func defaultMaximum() throws {
        var decoder = FrameDecoder()
        var exact = ByteBuffer()
        exact.writeInteger(UInt8(0))
        exact.writeInteger(UInt32(4 * 1024 * 1024))
        #expect(try decoder.decode(buffer: &exact) == nil, "a 4 MiB frame is accepted and waits for its payload")
        var over = ByteBuffer()
        over.writeInteger(UInt8(0))
        over.writeInteger(UInt32(4 * 1024 * 1024 + 1))
        let error = #expect(throws: DudaoError.self) { try decoder.decode(buffer: &over) }
        #expect(error?.code == .resourceExhausted)
    }

    @Test("a stream that ends inside a frame is UNAVAILABLE when the channel closes: the peer went away")
    func truncated() throws {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(FrameDecoder()))
        var partial = Self.encoded(Frame(payload: ByteBuffer(bytes: [1, 2, 3, 4])))
        partial.moveWriterIndex(to: partial.writerIndex - 2)
        try channel.writeInbound(partial)
        #expect(try channel.readInbound(as: Frame.self) == nil)
        let error = #expect(throws: DudaoError.self) { try channel.finish() }
        #expect(error?.code == .unavailable)
        #expect(error?.message.contains("7 byte(s)") == true)
    }

    @Test("a compressed frame is refused when no compression was negotiated")
    func compressedWithoutNegotiation() throws {
        var decoder = FrameDecoder()
        var buffer = ByteBuffer(bytes: [0x01, 0x00, 0x00, 0x00, 0x00])
        let error = #expect(throws: DudaoError.self) { try decoder.decode(buffer: &buffer) }
        #expect(error?.code == .invalidArgument)

        var negotiated = FrameDecoder(compressionNegotiated: true)
        var again = ByteBuffer(bytes: [0x01, 0x00, 0x00, 0x00, 0x00])
        #expect(try negotiated.decode(buffer: &again)?.flags == .compressed)
    }

    @Test("reserved flag bits are refused", arguments: [UInt8(0x02), 0x80, 0xFE])
    func reservedFlags(flag: UInt8) throws {
        var decoder = FrameDecoder()
        var buffer = ByteBuffer(bytes: [flag, 0x00, 0x00, 0x00, 0x00])
        let error = #expect(throws: DudaoError.self) { try decoder.decode(buffer: &buffer) }
        #expect(error?.code == .invalidArgument)
    }

    static func encoded(_ frame: Frame) -> ByteBuffer {
        var buffer = ByteBuffer()
        try! FrameEncoder.write(frame, into: &buffer)
        return buffer
    }
}
