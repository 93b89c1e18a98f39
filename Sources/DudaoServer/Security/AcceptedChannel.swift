import DudaoWire
import NIOCore

/// A connection as the listener hands it over: the framed channel and, with TLS, the end of its
/// handshake.
struct AcceptedChannel: Sendable {
    var channel: NIOAsyncChannel<Frame, Frame>
    /// The client certificate's identity once the TLS handshake is done; `nil` for plain TCP.
    var handshake: EventLoopFuture<String?>?
}
