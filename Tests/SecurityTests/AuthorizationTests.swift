import DudaoClient
import DudaoCore
import DudaoServer
import DudaoTesting
import Foundation
import Logging
import Testing

/// The policy's rules, checked through the real server with client certificates.
@Suite("Authorization by method, assessment and region", .timeLimit(.minutes(1)))
struct AuthorizationTests {
    @Test("a county may evaluate its own county")
    func ownCounty() async throws {
        let certificates = try await TestCertificates.get()
        try await withSecureServer(ServerSecurity.Settings(tls: mutualTLS(certificates))) { secure in
            let client = try await secure.connect(certificate: "xihu-county", certificates: certificates)
            let result = try await client.evaluate(PupilTeacherRatioAssessment.county(code: Region.xihu, name: "西湖区"))
            #expect(result.subject.code == Region.xihu)
            await client.close()
        }
    }

    @Test("a caller allowed previews only gets its self-check, and PERMISSION_DENIED for an official evaluation")
    func previewsOnly() async throws {
        let certificates = try await TestCertificates.get()
        var policy = testPolicy
        policy.callers[0].evaluations = [.preview]
        try await withSecureServer(ServerSecurity.Settings(tls: mutualTLS(certificates)), policy: policy) { secure in
            let client = try await secure.connect(certificate: "xihu-county", certificates: certificates)
            let input = PupilTeacherRatioAssessment.county(code: Region.xihu, name: "西湖区")
            let previewed = try await client.evaluateRecorded(input, preview: true)
            #expect(previewed.result.subject.code == Region.xihu)
            #expect(secure.observations.recordedMetadata.isEmpty, "a preview is not recorded")
            let error = try await #require(throws: DudaoError.self) { try await client.evaluate(input) }
            #expect(error.code == .permissionDenied)
            #expect(error.message.contains("may not ask for official evaluations"))
            await client.close()
        }
    }

    @Test("a county may not evaluate another county, and the refusal goes to the audit hook")
    func otherCounty() async throws {
        let certificates = try await TestCertificates.get()
        try await withSecureServer(ServerSecurity.Settings(tls: mutualTLS(certificates))) { secure in
            let client = try await secure.connect(certificate: "xihu-county", certificates: certificates)
            let error = try await #require(throws: DudaoError.self) {
                try await client.evaluate(PupilTeacherRatioAssessment.county(code: Region.yuhang))
            }
            #expect(error.code == .permissionDenied)
            #expect(secure.observations.recordedMetadata.isEmpty)
            #expect(secure.observations.denials.map(\.identity) == ["xihu-county"])
            #expect(secure.observations.denials.map(\.method) == ["dudao.v1.Assessments/Evaluate"])
            await client.close()
        }
    }

    @Test("a city's prefix covers each of its counties and nothing outside the city", arguments: [
        (Region.xihu, true), (Region.yuhang, true), (Region.haishu, false),
    ])
    func cityPrefix(_ code: String, _ allowed: Bool) async throws {
        let certificates = try await TestCertificates.get()
        try await withSecureServer(ServerSecurity.Settings(tls: mutualTLS(certificates))) { secure in
            let client = try await secure.connect(certificate: "hangzhou-city", certificates: certificates)
            defer { Task { await client.close() } }
            let input = PupilTeacherRatioAssessment.county(code: code)
            if allowed {
                #expect(try await client.evaluate(input).subject.code == code)
            } else {
                let error = try await #require(throws: DudaoError.self) { try await client.evaluate(input) }
                #expect(error.code == .permissionDenied)
            }
        }
    }

    @Test("a batch answers each input outside the caller's regions with its own PERMISSION_DENIED")
    func batchItems() async throws {
        let certificates = try await TestCertificates.get()
        try await withSecureServer(ServerSecurity.Settings(tls: mutualTLS(certificates))) { secure in
            let client = try await secure.connect(certificate: "hangzhou-city", certificates: certificates)
            let outcome = try await client.evaluateAll([
                PupilTeacherRatioAssessment.county(code: Region.xihu),
                PupilTeacherRatioAssessment.county(code: Region.haishu),
                PupilTeacherRatioAssessment.county(code: Region.yuhang),
            ])
            await client.close()
            #expect(outcome.done.evaluated == 2)
            #expect(outcome.done.failed == 1)
            let denied = outcome.items.compactMap { item -> String? in
                guard case .failure(let error) = item.outcome, error.code == .permissionDenied else { return nil }
                return item.subjectCode
            }
            #expect(denied == [Region.haishu])
        }
    }

    @Test("the assessment list holds only the assessments the caller may use")
    func listFiltered() async throws {
        let directory = try temporaryDirectory()
        let tokens = TokenStore(dataDirectory: directory)
        let limited = try tokens.create(name: "other-assessments")
        let province = try tokens.create(name: "zhejiang-province")
        try await withSecureServer(ServerSecurity.Settings(tokens: tokens)) { secure in
            let restricted = try await secure.connect(token: limited)
            #expect(try await restricted.list().isEmpty)
            let error = try await #require(throws: DudaoError.self) { try await restricted.evaluate(PupilTeacherRatioAssessment.county()) }
            #expect(error.code == .permissionDenied)
            await restricted.close()
            let everything = try await secure.connect(token: province)
            #expect(try await everything.list().map(\.id) == [PupilTeacherRatioAssessment.id])
            await everything.close()
        }
    }

    @Test("a known caller calling a method outside its rule gets PERMISSION_DENIED")
    func methodDenied() async throws {
        let certificates = try await TestCertificates.get()
        try await withSecureServer(ServerSecurity.Settings(tls: mutualTLS(certificates))) { secure in
            let client = try await secure.connect(certificate: "xihu-county", certificates: certificates)
            let error = try await #require(throws: DudaoError.self) { try await client.info() }
            #expect(error.code == .permissionDenied)
            #expect(try await client.health() == .serving)
            await client.close()
            let denial = try #require(secure.observations.denials.first)
            #expect(denial.identity == "xihu-county")
            #expect(denial.method == "dudao.v1.Server/Info")
            #expect(denial.error.code == .permissionDenied)
        }
    }

    @Test("a caller the policy does not know, or one without a credential, gets UNAUTHENTICATED")
    func unknownCaller() async throws {
        let directory = try temporaryDirectory()
        let tokens = TokenStore(dataDirectory: directory)
        let unlisted = try tokens.create(name: "not-in-the-policy")
        try await withSecureServer(ServerSecurity.Settings(tokens: tokens)) { secure in
            for token in [unlisted, nil] {
                let client = try await secure.connect(token: token)
                let error = try await #require(throws: DudaoError.self) { try await client.evaluate(PupilTeacherRatioAssessment.county()) }
                #expect(error.code == .unauthenticated)
                await client.close()
            }
            #expect(secure.observations.denials.map(\.error.code) == [.unauthenticated, .unauthenticated])
        }
    }

    @Test("reading a record outside the caller's regions fails exactly as reading a missing one")
    func readOutsideScope() throws {
        let caller = try Authorizer(policy: testPolicy).authorize(method: "dudao.v1.Assessments/Evaluate", identity: "hangzhou-city", credential: .certificate)
        let context = CallContext(method: "dudao.v1.Records/Get", metadata: [:], logger: Logger(label: "test"), authenticated: caller, sink: { _ in })
        let missing = DudaoError(.notFound, "no record with id r-1")
        let outside = try #require(throws: DudaoError.self) { try context.checkReadable(Region.haishu, notFoundMessage: missing.message) }
        #expect(outside == missing)
        #expect(throws: Never.self) { try context.checkReadable(Region.xihu, notFoundMessage: missing.message) }
    }

    @Test("scopes: the province sees every code, an unknown caller none, a server without policy all")
    func scopes() {
        let authorizer = Authorizer(policy: testPolicy)
        #expect(authorizer.scope(for: "zhejiang-province") == .all)
        #expect(authorizer.scope(for: "hangzhou-city") == .prefixes(["3301"]))
        #expect(!authorizer.scope(for: "nobody").contains(Region.xihu))
        #expect(Authorizer(policy: nil).scope(for: nil) == .all)
    }
}
