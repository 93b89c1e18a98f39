import Foundation
import Testing

/// No daemon (issue point 8) and a bad file in a folder batch (point 9).
struct DaemonAndBatchMessageTests {
    @Test("no daemon: one sentence naming the address and what to do, in both languages, non-zero status")
    func noDaemon() async throws {
        // Port 1 on the loopback: nothing listens there unprivileged.
        let run = try await CommandRun.dudao(["list", "--port", "1"])
        #expect(run.status == 14)
        #expect(run.stderr.contains("no daemon answers at 127.0.0.1:1 — start `dudaod` or use `--local`"))
        #expect(run.stderr.contains("127.0.0.1:1 没有 dudaod 应答——请先启动 `dudaod`，或加 `--local` 在本机评估"))
        #expect(!run.stderr.contains("SingleConnectionFailure") && !run.stderr.contains("errno"), "\(run.stderr)")

        // A command that only a daemon answers suggests no --local, and does not offer it.
        let records = try await CommandRun.dudao(["records", "list", "--port", "1"])
        #expect(records.status == 14)
        #expect(records.stderr.contains("no daemon answers at 127.0.0.1:1 — start `dudaod`\n"))
        let help = try await CommandRun.dudao(["records", "list", "--help"])
        #expect(!help.stdout.contains("--local"))
    }

    @Test("a bad file in a folder batch names the file and the rule, and the exit status is not 0")
    func folderBatch() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dudao-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let example = CommandRun.packageRoot.appendingPathComponent("Examples/compulsory-quality-balance/county.json")
        try FileManager.default.copyItem(at: example, to: folder.appendingPathComponent("a-good.json"))
        var input = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: example)) as? [String: Any])
        var facts = try #require(input["facts"] as? [String: Any])
        facts["teacher_average_pay_yuan"] = -5
        input["facts"] = facts
        let bad = folder.appendingPathComponent("b-bad.json")
        try JSONSerialization.data(withJSONObject: input).write(to: bad)

        let run = try await CommandRun.dudao(["batch", "--local", "--quiet", folder.path, "--width", "200"])
        #expect(run.status == 3, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("达标"))
        #expect(run.stdout.contains("\(bad.path): facts.teacher_average_pay_yuan：义务教育教师年平均工资收入 应满足"), "\(run.stdout)")
        #expect(!run.stdout.contains("INVALID_ARGUMENT"))
    }
}
