import DudaoClient
import DudaoCore
import Foundation

extension RemoteBackend {
    /// Connects with TLS, a client certificate and an API token as `credentials` say.
    ///
    /// - Parameter suggestLocal: When nothing listens there, whether to suggest `--local` (the
    ///   command can run without a daemon) besides starting `dudaod`.
    static func connect(host: String, port: Int, clientName: String, credentials: ClientCredentials, suggestLocal: Bool) async throws -> RemoteBackend {
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
        } catch where ConnectionFailure.isNoListener(error) {
            let address = "\(host):\(port)"
            let en = "no daemon answers at \(address) — start `dudaod`\(suggestLocal ? " or use `--local`" : "")"
            let zh = "\(address) 没有 dudaod 应答——请先启动 `dudaod`\(suggestLocal ? "，或加 `--local` 在本机评估" : "")"
            throw DudaoError(.unavailable, "\(en)\n\(zh)")
        } catch {
            throw ConnectionFailure.explain(error, server: "\(host):\(port)")
        }
    }
}
