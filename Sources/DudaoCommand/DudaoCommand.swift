import ArgumentParser

/// `dudao`: evaluate supervision assessments with a `dudaod` daemon, or in-process with `--local`.
@main
struct DudaoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dudao",
        abstract: "Evaluate education-supervision assessments (督导评估) with a dudaod daemon.",
        discussion: """
            Exit status: 0 when the call succeeded (whatever the verdict); otherwise the gRPC-numbered \
            status code of the failure (3 INVALID_ARGUMENT, 5 NOT_FOUND, 14 UNAVAILABLE, …); 64 for a \
            usage error.

            Examples:
              dudao list --local
              dudao evaluate --local Examples/compulsory-quality-balance/county.json
              dudao evaluate county.csv --english --width 100
              dudao batch --local Examples/zj-modern-school/schools.json

            Shell completion (completes commands, options and assessment ids):
              dudao --generate-completion-script bash > ~/.local/share/bash-completion/completions/dudao
            """,
        version: DudaoVersion.current,
        subcommands: [
            List.self, Describe.self, Evaluate.self, Batch.self, Health.self, Info.self,
            Records.self, Replay.self, LookBack.self, History.self, Audit.self, Report.self, Template.self, Standard.self,
        ]
    )
}
