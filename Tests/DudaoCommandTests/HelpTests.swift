import Testing

/// Every command's help shows an example; completion is offered.
struct HelpTests {
    static let commands: [[String]] = [
        [], ["list"], ["describe"], ["evaluate"], ["batch"], ["health"], ["info"], ["records"], ["records", "list"],
        ["records", "get"], ["records", "export"], ["replay"], ["lookback"], ["history"], ["audit"], ["report"], ["template"], ["standard"], ["standard", "check"], ["standard", "diff"],
    ]

    @Test("dudao --help and every subcommand's help show an example", arguments: HelpTests.commands)
    func examples(command: [String]) async throws {
        let run = try await CommandRun.dudao(command + ["--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Example"), "dudao \(command.joined(separator: " ")) --help has no example")
        #expect(run.stdout.contains("dudao "), "dudao \(command.joined(separator: " ")) --help")
    }

    @Test("the completion script completes assessment ids")
    func completion() async throws {
        let script = try await CommandRun.dudao(["--generate-completion-script", "bash"])
        #expect(script.status == 0)
        #expect(script.stdout.contains("---completion describe -- positional@0"))
        // What the script runs when <TAB> is pressed after `dudao describe `.
        let ids = try await CommandRun.dudao(["---completion", "describe", "--", "positional@0", "2", "0", "dudao", "describe", ""])
        #expect(ids.stdout.contains("compulsory-quality-balance"), "\(ids.stdout)\(ids.stderr)")
    }
}
