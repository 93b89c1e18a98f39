import DudaoReport
import Foundation
import Testing

/// Golden text of `dudao evaluate --local` for every shipped example, in Chinese and English, at
/// 120 columns, compared exactly.
///
/// After an intended change to the text, regenerate them and review the diff:
/// `DUDAO_UPDATE_SNAPSHOTS=1 swift test --filter EvaluateSnapshotTests`.
struct EvaluateSnapshotTests {
    static let updating = ProcessInfo.processInfo.environment["DUDAO_UPDATE_SNAPSHOTS"] == "1"

    @Test("evaluate prints exactly the committed text for every example", arguments: ["zh", "en"])
    func snapshots(language: String) async throws {
        let cases = try ExampleCase.all()
        #expect(cases.count >= 11)
        // One run at a time per language: dozens of debug processes at once would starve the
        // rest of the suite on a small machine.
        for example in cases {
            var arguments = ["evaluate", "--local", example.file, "--width", "120"]
            if let subject = example.subject { arguments += ["--subject", subject] }
            if language == "en" { arguments.append("--english") }
            let run = try await CommandRun.dudao(arguments)
            #expect(run.status == 0, "\(example): \(run.stderr)")
            let file = example.snapshot(language)
            if Self.updating {
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try run.stdout.write(to: file, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: file, encoding: .utf8)
            #expect(run.stdout == expected, "\(example) [\(language)] differs from \(file.path); see the test's doc comment to regenerate")
            for line in run.stdout.split(separator: "\n") {
                #expect(DisplayWidth.of(String(line)) <= 120, "\(example) [\(language)]: a line is wider than 120 columns: \(line)")
            }
        }
    }
}
