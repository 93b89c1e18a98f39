import Foundation
import Testing

/// `--param KEY=VALUE` gives a parameter for one evaluation: here the recognition pack's pass line,
/// which the standard leaves without a value.
struct ParameterOptionTests {
    static let county = "Examples/zj-modernization-county-recognition/county.json"

    @Test("without the pass line the verdict is not assessable and names it; --param gives it")
    func passLine() async throws {
        let open = try await CommandRun.dudao(["evaluate", "--local", Self.county, "--english", "--width", "120"])
        #expect(open.status == 0, "\(open.stderr)")
        #expect(open.stdout.contains("Verdict: NOT ASSESSABLE"))
        #expect(open.stdout.contains("parameter pass_line is not configured"))
        let set = try await CommandRun.dudao(["evaluate", "--local", Self.county, "--english", "--width", "120", "--param", "pass_line=899"])
        #expect(set.stdout.contains("Parameter overrides: pass_line=899"))
        #expect(set.stdout.contains("Verdict: PASS"))
        let higher = try await CommandRun.dudao(["evaluate", "--local", Self.county, "--format", "json", "--param", "pass_line=899.5"])
        #expect(higher.stdout.contains("\"verdict\" : \"fail\""))
    }

    @Test("a --param without KEY= is refused before anything runs; an unknown key names the rule")
    func badArguments() async throws {
        let malformed = try await CommandRun.dudao(["evaluate", "--local", Self.county, "--param", "800"])
        #expect(malformed.status != 0)
        #expect(malformed.stderr.contains("--param"))
        let unknown = try await CommandRun.dudao(["evaluate", "--local", Self.county, "--english", "--param", "pass_lines=800"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("parameterOverrides.pass_lines: the edition has no parameter pass_lines [unknown_parameter]"))
    }
}
