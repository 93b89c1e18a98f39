import DudaoClient
import DudaoCore
import DudaoServer
import DudaoTesting
import Foundation
import Synchronization

/// Regions used in the tests: Xihu and Yuhang are counties of Hangzhou (3301); Haishu is in Ningbo.
enum Region {
    static let xihu = "330106"
    static let yuhang = "330110"
    static let haishu = "330203"
}

/// The policy of the tests: a county, a city, the province, and a token caller.
let testPolicy = AccessPolicy(callers: [
    .init(identity: "xihu-county", methods: ["dudao.v1.Assessments/*", "dudao.v1.Health/*"], regions: [Region.xihu]),
    .init(identity: "hangzhou-city", methods: ["dudao.v1.Assessments/*"], regions: ["3301"]),
    .init(identity: "zhejiang-province", methods: ["*"], regions: ["*"]),
    .init(identity: "yuhang-bureau", methods: ["dudao.v1.Assessments/*"], regions: [Region.yuhang]),
    .init(identity: "other-assessments", methods: ["dudao.v1.Assessments/*"], assessments: ["another-assessment"], regions: ["*"]),
])

/// Keeps what the server hands to the recorder and to the audit hook.
final class Observations: EvaluationRecorder, Sendable {
    private let recorded = Mutex<[(metadata: [String: String], caller: CallerIdentity)]>([])
    private let denied = Mutex<[DeniedCall]>([])

    func record(_ result: AssessmentResult, input: AssessmentInput, context: CallContext) async throws -> String? {
        self.recorded.withLock { $0.append((context.metadata, context.caller)) }
        return nil
    }

    func deny(_ call: DeniedCall) {
        self.denied.withLock { $0.append(call) }
    }

    var recordedMetadata: [[String: String]] { self.recorded.withLock { $0.map(\.metadata) } }
    /// The caller as a stored record names it.
    var recordedCallers: [CallerIdentity] { self.recorded.withLock { $0.map(\.caller) } }
    var denials: [DeniedCall] { self.denied.withLock { $0 } }
}

/// A test server with security, and how to reach it.
struct SecureServer: Sendable {
    let server: TestServer
    let security: ServerSecurity
    let observations: Observations

    func connect(tls: ClientTLS? = nil, token: String? = nil) async throws -> DudaoClient {
        try await DudaoClient.connect(host: self.server.host, port: self.server.port, clientName: "security-test", tls: tls, token: token)
    }

    /// Connects with the named client certificate, trusting the test CA.
    func connect(certificate name: String, certificates: TestCertificates) async throws -> DudaoClient {
        try await self.connect(tls: ClientTLS(caCertificate: certificates.pem("ca"), certificate: certificates.pem(name), privateKey: certificates.key(name)))
    }
}

/// Runs the real server in-process with `settings` and `policy`, then shuts it down.
@discardableResult
func withSecureServer<Result: Sendable>(
    _ settings: ServerSecurity.Settings,
    policy: AccessPolicy? = testPolicy,
    configure: (inout ServerConfiguration) -> Void = { _ in },
    _ body: (SecureServer) async throws -> Result
) async throws -> Result {
    let observations = Observations()
    let security = try ServerSecurity(settings: settings, policy: policy) { observations.deny($0) }
    return try await withLiveServer(configure: configure, recorder: observations, security: security) { server in
        try await body(SecureServer(server: server, security: security, observations: observations))
    }
}

/// Mutual TLS with the test CA for client certificates.
func mutualTLS(_ certificates: TestCertificates, server: String = "server") -> ServerTLS {
    ServerTLS(certificate: certificates.pem(server), privateKey: certificates.key(server), clientCA: certificates.pem("ca"))
}

/// A fresh temporary directory.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("dudao-security-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
