import DudaoProto
import DudaoWire
import Logging
import NIOCore

/// Writes envelopes to one connection; shared by the reader, the calls and the timers.
///
/// A write to a connection that has gone is not an error worth more than a debug line: the peer
/// left, and the connection's own shutdown deals with what remains.
struct FrameWriter: Sendable {
    let outbound: NIOAsyncChannelOutboundWriter<Frame>
    let logger: Logger

    func send(_ envelope: Dudao_V1_Frame) async {
        do {
            try await self.outbound.write(Frame(envelope: envelope))
        } catch {
            self.logger.debug("could not write a frame", metadata: ["error": "\(error)"])
        }
    }
}
