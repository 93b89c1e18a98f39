import ArgumentParser

/// `--data-dir`, shared by serving and by `dudaod admin`, which both work on the same directory.
struct DataDirectoryOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: "Directory for stored records and API tokens; created if absent (default ./data).")
    var dataDir: String?
}
