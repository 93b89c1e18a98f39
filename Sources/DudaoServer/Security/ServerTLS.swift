import DudaoCore
public import Foundation
public import NIOSSL

/// Where the server's certificate and key are, and, for mutual TLS, the CA that signs client
/// certificates.
public struct ServerTLS: Sendable, Hashable {
    /// PEM certificate chain, the server's certificate first.
    public var certificate: URL
    /// PEM private key.
    public var privateKey: URL
    /// PEM CA certificates that sign client certificates. When set, every client must show a
    /// certificate signed by one of them, unexpired, and its subject CN is the caller's identity.
    /// When `nil` the server does not ask for one (callers then use tokens).
    public var clientCA: URL?

    public init(certificate: URL, privateKey: URL, clientCA: URL? = nil) {
        self.certificate = certificate
        self.privateKey = privateKey
        self.clientCA = clientCA
    }

    /// Reads the files and builds the context new connections use.
    ///
    /// - Throws: `INVALID_ARGUMENT` naming the file that could not be read.
    public func makeContext() throws -> NIOSSLContext {
        let chain: [NIOSSLCertificate]
        let key: NIOSSLPrivateKey
        do {
            chain = try NIOSSLCertificate.fromPEMFile(self.certificate.path)
        } catch {
            throw DudaoError(.invalidArgument, "cannot read the certificate \(self.certificate.path): \(error)")
        }
        do {
            key = try NIOSSLPrivateKey(file: self.privateKey.path, format: .pem)
        } catch {
            throw DudaoError(.invalidArgument, "cannot read the private key \(self.privateKey.path): \(error)")
        }
        var configuration = TLSConfiguration.makeServerConfiguration(certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
        configuration.minimumTLSVersion = .tlsv12
        if let clientCA = self.clientCA {
            guard FileManager.default.isReadableFile(atPath: clientCA.path) else {
                throw DudaoError(.invalidArgument, "cannot read the client CA file \(clientCA.path)")
            }
            configuration.certificateVerification = .noHostnameVerification
            configuration.trustRoots = .file(clientCA.path)
        }
        do {
            return try NIOSSLContext(configuration: configuration)
        } catch {
            throw DudaoError(.invalidArgument, "cannot build a TLS context from \(self.certificate.path) and \(self.privateKey.path): \(error)")
        }
    }
}
