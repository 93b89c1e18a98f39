import DudaoCore
import DudaoStandards
import Logging

extension Dudaod {
    /// Reloads the standard packs, logs each refused one with its file, line and rule, and keeps
    /// every served version in the record store so a replay can use it later.
    static func reloadStandards(_ library: StandardsLibrary, store: any RecordStore, logger: Logger) async {
        let report = library.reload()
        for refused in report.refused {
            logger.error("standard pack refused: \(refused)")
        }
        for folder in report.keptLastGood {
            logger.warning("the last good version of the standard pack keeps serving", metadata: ["pack": "\(folder)"])
        }
        for pack in report.served {
            do {
                try await store.keepStandard(pack.storedVersion)
            } catch {
                logger.warning("the record store could not keep the standard version", metadata: ["assessment": "\(pack.descriptor.id)", "error": "\(error)"])
            }
        }
        let served = report.served.map { "\($0.descriptor.id)@\($0.descriptor.version)" }.joined(separator: ", ")
        logger.info("standard packs serving: \(served.isEmpty ? "none" : served)")
    }

    /// Puts every pack version the store has kept into the registry's archive, so a record made
    /// under an older version replays under it.
    static func archiveKeptStandards(store: any RecordStore, registry: AssessmentRegistry, logger: Logger) async {
        let versions: [StandardVersion]
        do {
            versions = try await store.standardVersions()
        } catch {
            logger.warning("cannot read the kept standard versions; replays use the current packs", metadata: ["error": "\(error)"])
            return
        }
        for version in versions where registry.assessment(id: version.assessment, version: version.version) == nil {
            do {
                registry.archive(try StandardPack.rebuild(version).assessment)
            } catch {
                logger.warning("a kept standard version no longer loads", metadata: ["version": "\(version.assessment)@\(version.version)", "error": "\(error)"])
            }
        }
    }
}
