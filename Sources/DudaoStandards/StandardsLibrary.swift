public import DudaoCore
import Synchronization

/// The standard packs a daemon serves, beside its Swift plugins, and their reload.
///
/// A reload reads every pack again and checks each completely; a pack whose files and bases did
/// not change was checked already and is not run again, and other versions are forgotten. A pack
/// that passes replaces its previous version; one that fails is reported with its file, line and
/// rule, and its last good version (if any) keeps serving. The registry then swaps to the new set in one step, so a call
/// sees either the old set or the new one, never a mixture.
public final class StandardsLibrary: Sendable {
    public let registry: AssessmentRegistry
    private let plugins: [any Assessment]
    private let bundled: [PackSource]
    private let directory: String?
    /// The last version of each pack that passed its check, by folder.
    private let lastGood = Mutex<[String: StandardPack]>([:])

    /// - Parameters:
    ///   - registry: The registry the daemon serves from; ``reload()`` replaces its contents.
    ///   - plugins: The Swift assessments, served unchanged by every reload.
    ///   - bundled: The packs compiled into the build.
    ///   - directory: A folder of pack folders (`dudaod --standards DIR`), read at every reload.
    public init(registry: AssessmentRegistry, plugins: [any Assessment], bundled: [PackSource], directory: String?) {
        self.registry = registry
        self.plugins = plugins
        self.bundled = bundled
        self.directory = directory
    }

    /// What a reload did.
    public struct Report: Sendable {
        /// Every pack now served, including last good versions kept.
        public var served: [StandardPack] = []
        /// Packs whose new version was refused, with every problem.
        public var refused: [PackErrors] = []
        /// Folders whose last good version keeps serving because the new one was refused.
        public var keptLastGood: [String] = []
    }

    /// Reads and checks every pack, then serves the new set at once.
    public func reload() -> Report {
        var report = Report()
        var sources = self.bundled.map { (key: "bundled/\($0.name)", source: $0) }
        if let directory = self.directory {
            do {
                for folder in try PackSource.folders(in: directory) {
                    do {
                        let source = try PackSource.read(folder: folder)
                        sources.append((key: folder, source: source))
                    } catch let error as PackError {
                        report.refused.append(PackErrors(pack: folder, errors: [error]))
                        if self.lastGood.withLock({ $0[folder] }) != nil { report.keptLastGood.append(folder) }
                    } catch {
                        report.refused.append(PackErrors(pack: folder, errors: [PackError(file: folder, line: 0, column: 0, rule: "unreadable", "\(error)")]))
                    }
                }
            } catch let error as PackError {
                report.refused.append(PackErrors(pack: directory, errors: [error]))
            } catch {}
        }
        // A pack may extend a bundled one or another in the same directory, by folder name.
        let loader = PackLoader(catalog: self.bundled + sources.map(\.source).filter { source in !self.bundled.contains { $0.name == source.name } })
        var served: [String: StandardPack] = self.lastGood.withLock { $0 }
        let present = Set(sources.map(\.key) + report.keptLastGood)
        served = served.filter { present.contains($0.key) }
        for (key, source) in sources {
            do {
                served[key] = try loader.load(source)
            } catch {
                report.refused.append(error)
                if served[key] != nil { report.keptLastGood.append(key) }
            }
        }
        let order = sources.map(\.key) + report.keptLastGood.filter { key in !sources.contains { $0.key == key } }
        // An id is served once: a pack that takes the id of a Swift plugin or of an earlier pack
        // is refused by itself, and the rest are served.
        var ids = Set(self.plugins.map(\.descriptor.id))
        var packs: [StandardPack] = []
        for key in order {
            guard let pack = served[key] else { continue }
            guard ids.insert(pack.descriptor.id).inserted else {
                let place = pack.archive.last?.location ?? key
                report.refused.append(
                    PackErrors(pack: place, errors: [PackError(file: "pack.yaml", line: 0, column: 0, rule: "duplicate-id", "id \(pack.descriptor.id) is already served by another assessment")])
                )
                served[key] = nil
                continue
            }
            packs.append(pack)
        }
        do {
            try self.registry.replace(self.plugins + packs.map(\.assessment))
            self.lastGood.withLock { $0 = served }
            report.served = packs
        } catch {
            // E.g. a pack that takes the id of another assessment: nothing changes.
            report.refused.append(PackErrors(pack: self.directory ?? "bundled", errors: [PackError(file: self.directory ?? "bundled", line: 0, column: 0, rule: "registry", "\(error); the previous set keeps serving")]))
            report.served = self.lastGood.withLock { Array($0.values) }
        }
        PackLoader.forgetChecked(except: Set(self.bundled + sources.map(\.source)))
        return report
    }
}
