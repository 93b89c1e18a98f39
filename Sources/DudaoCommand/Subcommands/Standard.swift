import ArgumentParser
import DudaoAssessments
import DudaoCore
import DudaoReport
import DudaoStandards
import Foundation

extension DudaoCommand {
    /// `dudao standard check|diff`: for the people who write standard packs.
    struct Standard: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a standard pack (schema, references, worked examples) or compare two versions of one.",
            discussion: """
                Examples:
                  dudao standard check Plugins/HigherVocational
                  dudao standard diff Plugins/CompulsoryQuality ./CompulsoryQuality-1.1
                """,
            subcommands: [Check.self, Diff.self]
        )

        /// Loads the pack folder `path`, which may extend a bundled pack or a folder beside it.
        static func load(_ path: String) throws -> StandardPack {
            let folder = URL(fileURLWithPath: path).standardizedFileURL
            let siblings = (try? PackSource.folders(in: folder.deletingLastPathComponent().path)) ?? []
            let catalog = BundledPacks.sources + siblings.compactMap { try? PackSource.read(folder: $0) }
            do {
                return try PackLoader(catalog: catalog).load(try PackSource.read(folder: folder.path))
            } catch let error as PackErrors {
                Printing.stderr(Self.describe(error, folder: path))
                throw ExitCode(3)
            } catch let error as PackError {
                Printing.stderr("\(error)\n")
                throw ExitCode(3)
            }
        }

        /// One line per problem, `FOLDER/FILE:LINE:COLUMN: [rule] message`.
        static func describe(_ errors: PackErrors, folder: String) -> String {
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            return "error: \(folder) is refused (\(errors.errors.count) problem(s))\n"
                + errors.errors.map { error in
                    let file = error.file.hasPrefix("/") ? error.file : prefix + error.file
                    return "  \(file):\(error.line):\(error.column): [\(error.rule)] \(error.message)\n"
                }.joined()
        }

        struct Check: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Validate a standard pack folder completely and run its worked examples; exits 3 naming file, line and rule of every problem.",
                discussion: """
                    Examples:
                      dudao standard check Plugins/HigherVocational
                      dudao standard check ./my-city-layer
                    """
            )

            @Argument(help: "The pack's folder (holding pack.yaml).")
            var folder: String

            func run() throws {
                let pack = try Standard.load(self.folder)
                let descriptor = pack.descriptor
                print("ok: \(descriptor.id) \(pack.packVersion) (\(pack.contentHash))")
                print("  \(descriptor.titleZh)")
                print("  layers: \(pack.layers.joined(separator: " → "))")
                print("  editions: \(descriptor.editions.map { "\($0.id) (from \($0.effectiveFrom))" }.joined(separator: ", "))")
                print("  \(descriptor.indicators.count) indicators, \(pack.vetoItems.count) vetoes, \(descriptor.schema.facts.count + descriptor.schema.unitFields.count) input fields")
                let unconfirmed = descriptor.editions.flatMap(\.parameters.all).filter { $0.status == .unconfirmed }.map(\.key).uniqued()
                if !unconfirmed.isEmpty { print("  parameters tagged [U]: \(unconfirmed.joined(separator: ", "))") }
                let open = descriptor.editions.flatMap { pack.unconfiguredParameters(edition: $0.id) }.uniqued()
                if !open.isEmpty { print("  without a value (set with --param KEY=VALUE): \(open.joined(separator: ", "))") }
                print("  \(pack.examples.count) worked examples passed")
            }
        }

        struct Diff: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "List the parameters, thresholds, weights, indicators and editions that differ between two versions of a pack.",
                discussion: """
                    Examples:
                      dudao standard diff Plugins/CompulsoryQuality ./CompulsoryQuality-1.1
                      dudao standard diff ./pack ./pack --old-edition 2021 --new-edition 2025
                    """
            )

            @Argument(help: "The older pack folder.")
            var old: String

            @Argument(help: "The newer pack folder (the same folder to compare two of its editions).")
            var new: String

            @Option(name: .customLong("old-edition"), help: "Compare this edition of OLD (with --new-edition) instead of every edition with its namesake.")
            var oldEdition: String?

            @Option(name: .customLong("new-edition"), help: "The edition of NEW to compare with --old-edition.")
            var newEdition: String?

            func validate() throws {
                guard (self.oldEdition == nil) == (self.newEdition == nil) else { throw ValidationError("give both --old-edition and --new-edition, or neither") }
            }

            func run() throws {
                let before = try Standard.load(self.old)
                let after = try Standard.load(self.new)
                let editions = self.oldEdition.flatMap { old in self.newEdition.map { (old: old, new: $0) } }
                let diff: StandardDiff
                do {
                    diff = try StandardDiff(old: before, new: after, editions: editions)
                } catch {
                    throw Printing.fail(error)
                }
                print("\(before.descriptor.id) \(before.packVersion) → \(after.descriptor.id) \(after.packVersion)")
                guard !diff.changes.isEmpty else {
                    print("no change of parameters, indicators or editions")
                    return
                }
                let table = TextTable(
                    headers: ["kind", "edition", "key", "old", "new"],
                    rows: diff.changes.map { [$0.kind, $0.edition ?? "", $0.key, $0.old, $0.new] }
                )
                print(table.render())
            }
        }
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return self.filter { seen.insert($0).inserted }
    }
}
