import DudaoCore
import NIOCore
import NIOSSL
import NIOTLS

/// Sits behind the TLS handler and reports the end of the TLS handshake: the identity of the
/// client certificate, or why there is none.
///
/// It also bounds the handshake: a client that has not finished it within `timeout` is closed,
/// so a peer that opens a socket and says nothing holds it for no longer than that.
final class HandshakeWatcher: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer

    /// Succeeds with the certificate's identity (`nil` without a client certificate); fails when
    /// the handshake fails, times out, or the peer goes away first.
    let done: EventLoopPromise<String?>
    private let timeout: TimeAmount
    private var timer: Scheduled<Void>?

    init(done: EventLoopPromise<String?>, timeout: TimeAmount) {
        self.done = done
        self.timeout = timeout
    }

    func handlerAdded(context: ChannelHandlerContext) {
        let done = self.done
        let channel = context.channel
        let timeout = self.timeout
        self.timer = context.eventLoop.scheduleTask(in: timeout) {
            done.fail(DudaoError(.deadlineExceeded, "the TLS handshake did not finish within \(timeout)"))
            channel.close(promise: nil)
        }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.timer?.cancel()
        self.done.fail(DudaoError(.unavailable, "the connection closed during the TLS handshake"))
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let event = event as? TLSUserEvent, case .handshakeCompleted = event {
            self.timer?.cancel()
            let certificate = try? context.pipeline.syncOperations.nioSSL_peerCertificate()
            self.done.succeed(certificate.flatMap(CertificateIdentity.identity(of:)))
        }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        self.timer?.cancel()
        self.done.fail(error)
        context.fireErrorCaught(error)
    }

    func channelInactive(context: ChannelHandlerContext) {
        self.timer?.cancel()
        self.done.fail(DudaoError(.unavailable, "the connection closed during the TLS handshake"))
        context.fireChannelInactive()
    }
}
