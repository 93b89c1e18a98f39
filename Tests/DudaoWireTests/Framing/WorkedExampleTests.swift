import DudaoProto
import DudaoWire
import NIOCore
import Testing

/// PROTOCOL.md's worked example shows real bytes; these tests keep the Swift encoder and the
/// document in step.
struct WorkedExampleTests {
    @Test("a ClientHello encodes to the bytes PROTOCOL.md shows")
    func clientHello() throws {
        let expected: [UInt8] = [
            0x00, 0x00, 0x00, 0x00, 0x11, 0x0a, 0x0f, 0x08, 0x01, 0x12, 0x0b, 0x64, 0x75, 0x64, 0x61, 0x6f,
            0x2f, 0x30, 0x2e, 0x31, 0x2e, 0x30,
        ]
        #expect(try Self.bytes(.clientHello(clientName: "dudao/0.1.0")) == expected)
    }

    @Test("a ServerHello with the default limits encodes to the bytes PROTOCOL.md shows")
    func serverHello() throws {
        let expected: [UInt8] = [
            0x00, 0x00, 0x00, 0x00, 0x2a, 0x12, 0x28, 0x08, 0x01, 0x12, 0x06, 0x64, 0x75, 0x64, 0x61, 0x6f,
            0x64, 0x1a, 0x05, 0x30, 0x2e, 0x31, 0x2e, 0x30, 0x22, 0x15, 0x08, 0x80, 0x80, 0x80, 0x02, 0x10,
            0x40, 0x18, 0xe0, 0xd4, 0x03, 0x20, 0x90, 0x4e, 0x28, 0xe0, 0xa7, 0x12, 0x30, 0x90, 0x4e,
        ]
        #expect(try Self.bytes(.serverHello(serverName: "dudaod", serverVersion: "0.1.0", limits: .default)) == expected)
    }

    static func bytes(_ envelope: Dudao_V1_Frame) throws -> [UInt8] {
        var buffer = ByteBuffer()
        try FrameEncoder.write(try Frame(envelope: envelope), into: &buffer)
        return Array(buffer.readableBytesView)
    }
}
