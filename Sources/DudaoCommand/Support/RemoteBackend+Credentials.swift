import DudaoClient
import DudaoCore
import Foundation

extension RemoteBackend {
    /// Connects with TLS, a client certificate and an API token as `credentials` say.
    static func connect(host: String, port: Int, clientName: String, credentials: ClientCredentials) async throws -> RemoteBackend {
        let tls = credentials.tls
            ? ClientTLS(
                caCertificate: credentials.caCertificate.map { URL(fileURLWithPath: $0) },
                certificate: credentials.certificate.map { URL(fileURLWithPath: $0) },
                privateKey: credentials.privateKey.map { URL(fileURLWithPath: $0) }
            )
            : nil
        do {
            let client = try await DudaoClient.connect(host: host, port: port, clientName: clientName, tls: tls, token: credentials.token)
            return RemoteBackend(client: client)
        } catch let error as DudaoError {
            throw error
        } catch {
            throw ConnectionFailure.explain(error, server: "\(host):\(port)")
        }
    }
}
