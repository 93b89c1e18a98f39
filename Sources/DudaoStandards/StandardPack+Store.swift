public import DudaoCore
import Foundation

extension StandardPack {
    /// The version as the record store keeps it: the pack's text and that of its bases.
    public var storedVersion: StandardVersion {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let source = (try? encoder.encode(self.archive)).flatMap { String(data: $0, encoding: .utf8) } ?? "[]"
        return StandardVersion(assessment: self.descriptor.id, version: self.descriptor.version, contentHash: self.contentHash, source: source)
    }

    /// Rebuilds a kept version from its text, checking it again (its examples included).
    ///
    /// - Throws: ``PackErrors`` when the text no longer loads, or ``DudaoError/Code/dataLoss``
    ///   when it does not decode or hashes to another content than it was kept under.
    public static func rebuild(_ version: StandardVersion) throws -> StandardPack {
        let chain: [PackSource]
        do {
            chain = try JSONDecoder().decode([PackSource].self, from: Data(version.source.utf8))
        } catch {
            throw DudaoError(.dataLoss, "standard version \(version.assessment)@\(version.version) does not decode: \(error)")
        }
        guard let top = chain.last else { throw DudaoError(.dataLoss, "standard version \(version.assessment)@\(version.version) holds no pack") }
        let pack = try PackLoader(catalog: chain).load(top)
        guard pack.contentHash == version.contentHash else {
            throw DudaoError(.dataLoss, "standard version \(version.assessment)@\(version.version) hashes to \(pack.contentHash), not \(version.contentHash)")
        }
        return pack
    }
}
