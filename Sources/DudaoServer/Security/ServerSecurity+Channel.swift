import NIOCore
import NIOSSL

extension ServerSecurity {
    /// Puts the TLS handler and the handshake watcher at the front of a new connection's
    /// pipeline, with the context current at this moment (so a reload affects new connections
    /// only).
    ///
    /// - Returns: The end of the handshake, or `nil` for plain TCP.
    func addTLSHandlers(to channel: any Channel, handshakeTimeout: TimeAmount) throws -> EventLoopFuture<String?>? {
        guard let context = self.currentTLSContext else { return nil }
        let done = channel.eventLoop.makePromise(of: String?.self)
        try channel.pipeline.syncOperations.addHandler(PlainClientGuard())
        try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: context))
        try channel.pipeline.syncOperations.addHandler(HandshakeWatcher(done: done, timeout: handshakeTimeout))
        return done.futureResult
    }
}
