import DudaoCore
public import Foundation
public import NIOSSL

/// TLS for the client's connection: which CA to trust for the server, and the client's own
/// certificate for mutual TLS.
public struct ClientTLS: Sendable, Hashable {
    /// PEM CA certificates that sign the server's certificate; `nil` trusts the system's roots.
    public var caCertificate: URL?
    /// PEM client certificate chain, for a server that asks for one (mutual TLS).
    public var certificate: URL?
    /// PEM private key of `certificate`.
    public var privateKey: URL?

    public init(caCertificate: URL? = nil, certificate: URL? = nil, privateKey: URL? = nil) {
        self.caCertificate = caCertificate
        self.certificate = certificate
        self.privateKey = privateKey
    }

    /// Builds the TLS context: TLS 1.2 or later, the server's certificate checked against the CA
    /// and against the host name or IP address connected to.
    ///
    /// - Throws: `INVALID_ARGUMENT` naming a file that cannot be read.
    public func makeContext() throws -> NIOSSLContext {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.minimumTLSVersion = .tlsv12
        if let ca = self.caCertificate {
            guard FileManager.default.isReadableFile(atPath: ca.path) else {
                throw DudaoError(.invalidArgument, "cannot read the CA file \(ca.path)")
            }
            configuration.trustRoots = .file(ca.path)
        }
        switch (self.certificate, self.privateKey) {
        case (let certificate?, let key?):
            do {
                configuration.certificateChain = try NIOSSLCertificate.fromPEMFile(certificate.path).map { .certificate($0) }
                configuration.privateKey = .privateKey(try NIOSSLPrivateKey(file: key.path, format: .pem))
            } catch {
                throw DudaoError(.invalidArgument, "cannot read the client certificate \(certificate.path) or key \(key.path): each must be a readable PEM file")
            }
        case (nil, nil):
            break
        default:
            throw DudaoError(.invalidArgument, "a client certificate needs its private key, and a key its certificate")
        }
        do {
            return try NIOSSLContext(configuration: configuration)
        } catch {
            throw DudaoError(.invalidArgument, "cannot build the TLS context: the CA, certificate or key is not valid PEM, or the key does not match the certificate")
        }
    }
}
