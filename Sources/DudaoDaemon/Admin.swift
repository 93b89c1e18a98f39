import ArgumentParser
import DudaoServer
import Foundation

/// `dudaod admin …`: management that works on the data directory, with or without a running daemon.
struct Admin: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage the daemon's API tokens.",
        subcommands: [TokenCommand.self]
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
