import DudaoCore
import DudaoProto
import DudaoWire
import Foundation
import NIOCore
import SwiftProtobuf
import Testing

struct FrameEnvelopeTests {
    static let envelopes: [Dudao_V1_Frame] = [
        .clientHello(clientName: "dudao-tests"),
        .serverHello(serverName: "dudaod", serverVersion: "0.1.0", limits: .default),
        .request(
            callID: 7,
            method: WireMethod.evaluate.rawValue,
            payload: Data([1, 2, 3]),
            metadata: [(MetadataKey.traceID, "t-1")],
            timeoutMilliseconds: 1500
        ),
        .response(callID: 7, payload: Data([4, 5]), final: false),
        .response(callID: 8, error: DudaoError(.notFound, "no assessment x")),
        .cancel(callID: 7, reason: "user"),
        .ping(42),
        .pong(42),
        .goAway(DudaoError(.unavailable, "shutting down"), gracePeriodMilliseconds: 5000),
    ]

    @Test("every kind of envelope survives a frame", arguments: Self.envelopes)
    func roundTrip(envelope: Dudao_V1_Frame) throws {
        let frame = try Frame(envelope: envelope)
        #expect(frame.flags == [])
        #expect(try frame.envelope() == envelope)
    }

    @Test("an envelope is written as the generated message writes it, and read from a slice in the middle of a buffer")
    func bytesAndSlices() throws {
        for envelope in Self.envelopes {
            let payload = try Frame(envelope: envelope).payload
            #expect(Array(payload.readableBytesView) == (try envelope.serializedBytes() as [UInt8]))
            // The decoder hands over payloads sliced out of what the socket read.
            var received = ByteBuffer(bytes: [0xAA, 0xBB, 0xCC])
            received.writeImmutableBuffer(payload)
            received.writeBytes([0xDD])
            received.moveReaderIndex(forwardBy: 3)
            let slice = received.readSlice(length: payload.readableBytes)
            #expect(try slice.map { try Frame(payload: $0).envelope() } == envelope)
        }
    }

    @Test("a payload that is not an envelope is INVALID_ARGUMENT")
    func garbage() {
        let frame = Frame(payload: ByteBuffer(bytes: [0xFF, 0xFF, 0xFF, 0xFF]))
        let error = #expect(throws: DudaoError.self) { try frame.envelope() }
        #expect(error?.code == .invalidArgument)
    }

    @Test("a method payload that is not the expected message is INVALID_ARGUMENT naming it")
    func badPayload() {
        let error = #expect(throws: DudaoError.self) {
            try WirePayload.decode(Dudao_V1_EvaluateRequest.self, from: Data([0x0A, 0x05, 0x01]))
        }
        #expect(error?.code == .invalidArgument)
        #expect(error?.message.contains("dudao.v1.EvaluateRequest") == true)
    }

    @Test("the response builders set the final flag and status as the protocol requires")
    func responses() throws {
        let streamed = Dudao_V1_Frame.response(callID: 3, payload: Data(), final: false)
        #expect(streamed.response.final == false)
        #expect(streamed.response.status.isOK)
        let failed = Dudao_V1_Frame.response(callID: 3, error: DudaoError(.invalidArgument, "bad"))
        #expect(failed.response.final)
        #expect(failed.response.status.code == .invalidArgument)
    }
}
