import DudaoAssessments
import DudaoTesting
import Testing

/// Each vector replayed byte for byte against an in-process server with the bundled assessments
/// and default limits: the same answers `dudao-c vectors` and `Tests/python` expect of dudaod.
@Suite("Conformance vectors against an in-process server", .timeLimit(.minutes(2)))
struct VectorReplayTests {
    @Test("the server answers each vector as vectors.json says", arguments: ConformanceVector.all)
    func replay(_ vector: ConformanceVector) async throws {
        let problems = try await withLiveServer(registry: try BundledAssessments.registry()) { server in
            try await VectorReplay.run(vector, port: server.port)
        }
        #expect(problems.isEmpty, "\(vector.name): \(problems.joined(separator: "; "))")
    }
}
