import ArgumentParser
import DudaoCore
import DudaoPostgresStore
import DudaoServer
import DudaoStore
import Foundation

/// `dudaod admin …`: management that works on the data directory or the record store, with or
/// without a running daemon.
struct Admin: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage the daemon's API tokens, its record store and its standard packs.",
        subcommands: [TokenCommand.self, StoreCommand.self, StandardsCommand.self]
    )
}


/// `dudaod admin token create|list|revoke`.
struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Create, list and revoke API tokens (stored as salted hashes in DATA-DIR/tokens.json).",
        subcommands: [Create.self, List.self, Revoke.self]
    )

    struct Location: ParsableArguments {
        // The same group as the daemon's, so `--data-dir` parses the same wherever it is written.
        @OptionGroup var storage: DataDirectoryOptions

        var store: TokenStore { TokenStore(dataDirectory: URL(fileURLWithPath: self.storage.dataDir ?? "./data")) }
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a token and print it once; it cannot be shown again.")

        @OptionGroup var location: Location
        @Argument(help: "The caller identity the token proves, as named in the policy.")
        var name: String

        func run() throws {
            let token = try self.location.store.create(name: self.name)
            print(token)
            FileHandle.standardError.write(Data("token for \(self.name) created; store it now, it is not shown again\n".utf8))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List token names, creation dates and state; never the tokens.")

        @OptionGroup var location: Location

        func run() throws {
            let formatter = ISO8601DateFormatter()
            for entry in try self.location.store.list() {
                print("\(entry.name)\t\(formatter.string(from: entry.created))\t\(entry.revoked ? "revoked" : "live")")
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke the tokens of a name; a running daemon refuses them from its next call.")

        @OptionGroup var location: Location
        @Argument(help: "The token's name.")
        var name: String

        func run() throws {
            try self.location.store.revoke(name: self.name)
            print("revoked \(self.name)")
        }
    }
}

/// `dudaod admin store migrate`: brings the record store's schema up to this build's.
struct StoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Manage the record store.",
        subcommands: [Migrate.self, Check.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read every page and index of DATA-DIR/records.sqlite and list what is wrong; exits 1 when anything is."
        )

        @OptionGroup var storage: DataDirectoryOptions

        func run() throws {
            let problems = try StoreIntegrity.fullCheck(directory: self.storage.dataDir ?? "./data")
            guard problems.isEmpty else {
                for problem in problems {
                    print(problem)
                }
                FileHandle.standardError.write(Data("the record store is damaged (\(problems.count) problem(s)); restore it from a backup\n".utf8))
                throw ExitCode.failure
            }
            print("ok")
        }
    }

    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Apply the record store's schema migrations (PostgreSQL: run once before starting daemons of a new version)."
        )

        @OptionGroup var storage: DataDirectoryOptions
        @OptionGroup var store: StoreOptions

        func run() async throws {
            do {
                if let url = self.store.store {
                    let settings = try OpenedStore.postgresSettings(url: url, passwordFile: self.store.storePasswordFile)
                    let applied = try await PostgresRecordStore.migrate(settings: settings)
                    print(
                        applied.isEmpty
                            ? "\(settings.location) is at schema version \(PostgresRecordStore.schemaVersion); nothing to do"
                            : "\(settings.location) migrated to schema version \(PostgresRecordStore.schemaVersion) (applied \(applied.map { "v\($0)" }.joined(separator: ", ")))"
                    )
                } else {
                    // Opening a SQLite store migrates it.
                    let store = try SQLiteRecordStore(directory: self.storage.dataDir ?? "./data")
                    print("\(store.path) is at schema version \(SQLiteRecordStore.schemaVersion)")
                }
            } catch let error as DudaoError {
                FileHandle.standardError.write(Data("dudaod admin store migrate: \(error.message)\n".utf8))
                throw ExitCode(error.code == .failedPrecondition || error.code == .invalidArgument ? 65 : 74)
            }
        }
    }
}
