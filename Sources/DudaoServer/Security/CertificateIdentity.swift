import NIOSSL
import SwiftASN1
import X509

/// The caller identity a client certificate proves: its subject's common name.
///
/// The CN is used rather than a SAN because issuing CAs for county systems set it reliably and
/// it reads well in the audit trail (`hangzhou-city`, `xihu-county`). The certificate was
/// verified against the client CA during the handshake, so the name is as trustworthy as that CA.
enum CertificateIdentity {
    /// The subject CN of `certificate`, or `nil` when it has none.
    static func identity(of certificate: NIOSSLCertificate) -> String? {
        guard let der = try? certificate.toDERBytes(), let parsed = try? Certificate(derEncoded: der) else { return nil }
        var name: String?
        for rdn in parsed.subject {
            for attribute in rdn where attribute.type == .RDNAttributeType.commonName {
                // The most significant (last) CN wins, as OpenSSL reads it.
                name = String(attribute.value) ?? name
            }
        }
        return name
    }
}
