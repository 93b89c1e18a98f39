import DudaoCore
import DudaoWire
import NIOCore
import NIOEmbedded
import Testing

struct FrameEncoderTests {
    @Test("a channel writes the flag byte and the big-endian length, then the payload as it is")
    func layout() throws {
        let channel = EmbeddedChannel(handler: FrameWriteHandler())
        try channel.writeOutbound(Frame(payload: ByteBuffer(bytes: [0xCA, 0xFE])))
        let header = try #require(try channel.readOutbound(as: ByteBuffer.self))
        let payload = try #require(try channel.readOutbound(as: ByteBuffer.self))
        #expect(Array(header.readableBytesView) == [0x00, 0x00, 0x00, 0x00, 0x02])
        #expect(Array(payload.readableBytesView) == [0xCA, 0xFE])
        #expect(try channel.finish().isClean)
    }

    @Test("a channel refuses a payload above the peer's maximum and writes nothing")
    func channelOversize() throws {
        let channel = EmbeddedChannel(handler: FrameWriteHandler(maximumPayloadSize: 10))
        let error = #expect(throws: DudaoError.self) { try channel.writeOutbound(Frame(payload: ByteBuffer(bytes: Array(repeating: 0, count: 11)))) }
        #expect(error?.code == .resourceExhausted)
        #expect(try channel.readOutbound(as: ByteBuffer.self) == nil)
    }

    @Test("what the encoder writes the decoder reads back")
    func roundTrip() throws {
        let frames = [
            Frame(payload: ByteBuffer()),
            Frame(payload: ByteBuffer(string: "督导评估")),
            Frame(flags: .compressed, payload: ByteBuffer(bytes: Array(repeating: 7, count: 300))),
        ]
        var buffer = ByteBuffer()
        for frame in frames {
            try FrameEncoder.write(frame, into: &buffer)
        }
        var decoder = FrameDecoder(compressionNegotiated: true)
        var decoded: [Frame] = []
        while let frame = try decoder.decode(buffer: &buffer) {
            decoded.append(frame)
        }
        #expect(decoded == frames)
        #expect(buffer.readableBytes == 0)
    }

    @Test("a payload above the peer's maximum is refused before it is sent")
    func oversize() {
        var buffer = ByteBuffer()
        let frame = Frame(payload: ByteBuffer(bytes: Array(repeating: 0, count: 11)))
        let error = #expect(throws: DudaoError.self) { try FrameEncoder.write(frame, into: &buffer, maximumPayloadSize: 10) }
        #expect(error?.code == .resourceExhausted)
        #expect(buffer.readableBytes == 0, "nothing is written for a refused frame")
    }
}
