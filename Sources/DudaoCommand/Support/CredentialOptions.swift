import ArgumentParser
import Foundation

/// TLS and token settings for reaching a secured daemon, from flags or a config file.
///
/// The config file (`--config FILE`, else `~/.config/dudao/config.json` when it exists) holds the
/// same keys as the flags: `{"tls-ca": "ca.pem", "tls-cert": "me.pem", "tls-key": "me.key",
/// "token-file": "token.txt"}`. A flag wins over the file. Prefer `--token-file` or the
/// `DUDAO_TOKEN` environment variable to `--token`, which other users can see in the process list.
struct CredentialOptions: ParsableArguments {
    @Option(name: .customLong("tls-ca"), help: "PEM CA that signs the daemon's certificate; turns TLS on.")
    var tlsCA: String?

    @Option(name: .customLong("tls-cert"), help: "PEM client certificate, for a daemon that requires mutual TLS.")
    var tlsCert: String?

    @Option(name: .customLong("tls-key"), help: "PEM private key of --tls-cert.")
    var tlsKey: String?

    @Flag(name: .customLong("tls"), help: "Use TLS, trusting the system's CAs (implied by --tls-ca).")
    var tls = false

    @Option(help: "API token (see also --token-file and $DUDAO_TOKEN).")
    var token: String?

    @Option(name: .customLong("token-file"), help: "File holding the API token.")
    var tokenFile: String?

    @Option(name: .customLong("config"), help: "Client config file (JSON; default ~/.config/dudao/config.json).")
    var config: String?

    /// The credentials after merging the flags, the config file and the environment.
    func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ClientCredentials {
        var file = ClientCredentials.File()
        let defaultPath = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".config/dudao/config.json").path
        if let path = self.config ?? (FileManager.default.fileExists(atPath: defaultPath) ? defaultPath : nil) {
            do {
                file = try JSONDecoder().decode(ClientCredentials.File.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
            } catch {
                throw ValidationError("cannot read the client config \(path): \(error)")
            }
        }
        var token = self.token
        if token == nil, let path = self.tokenFile ?? file.tokenFile {
            do {
                token = try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
            } catch {
                throw ValidationError("cannot read the token file \(path): \(error)")
            }
        }
        token = token ?? file.token ?? environment["DUDAO_TOKEN"]
        let credentials = ClientCredentials(
            tls: self.tls || file.tls == true || self.tlsCA != nil || file.tlsCA != nil,
            caCertificate: self.tlsCA ?? file.tlsCA,
            certificate: self.tlsCert ?? file.tlsCert,
            privateKey: self.tlsKey ?? file.tlsKey,
            token: token
        )
        if credentials.certificate != nil, !credentials.tls {
            throw ValidationError("--tls-cert needs --tls-ca (or --tls to trust the system's CAs)")
        }
        if (credentials.certificate == nil) != (credentials.privateKey == nil) {
            throw ValidationError("--tls-cert and --tls-key go together")
        }
        return credentials
    }
}

/// Where the CLI's TLS files and token are, once flags, config file and environment are merged.
struct ClientCredentials: Hashable {
    /// Whether to connect with TLS.
    var tls: Bool
    var caCertificate: String?
    var certificate: String?
    var privateKey: String?
    var token: String?

    /// The client config file's shape.
    struct File: Codable {
        var tls: Bool?
        var tlsCA: String?
        var tlsCert: String?
        var tlsKey: String?
        var token: String?
        var tokenFile: String?

        init() {}

        enum CodingKeys: String, CodingKey {
            case tls, token
            case tlsCA = "tls-ca"
            case tlsCert = "tls-cert"
            case tlsKey = "tls-key"
            case tokenFile = "token-file"
        }
    }
}
