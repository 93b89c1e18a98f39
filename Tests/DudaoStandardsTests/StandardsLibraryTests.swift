import DudaoCore
import DudaoStandards
import Foundation
import Testing

/// The reload logic of a daemon's standard packs, on a real folder.
struct StandardsLibraryTests {
    static func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dudao-library-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    /// Copies a bundled pack into `folder/name`, with its id replaced.
    static func copy(_ bundled: String, to folder: URL, as name: String, id: String) throws {
        let source = try PackLoaderTests.bundled(bundled)
        let target = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        for (file, text) in source.files {
            try text.replacingOccurrences(of: "  id: compulsory-quality-county\n", with: "  id: \(id)\n").write(to: target.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
    }

    @Test("a reload serves new packs, keeps the last good version of a refused one, and refuses a taken id")
    func reload() throws {
        try Self.withFolder { folder in
            let registry = try AssessmentRegistry([])
            let library = StandardsLibrary(registry: registry, plugins: [], bundled: [try PackLoaderTests.bundled("CompulsoryQuality")], directory: folder.path)
            #expect(library.reload().refused.isEmpty)
            #expect(registry.ids == ["compulsory-quality-county"])

            try Self.copy("CompulsoryQuality", to: folder, as: "Lab", id: "lab-quality")
            let first = library.reload()
            #expect(first.refused.isEmpty)
            #expect(registry.ids == ["compulsory-quality-county", "lab-quality"])
            let good = try #require(registry.assessment(id: "lab-quality")?.descriptor.version)
            // A pack is checked once per content; a reload forgets the versions it no longer reads.
            let checked = try PackSource.read(folder: folder.appendingPathComponent("Lab").path)

            let indicators = folder.appendingPathComponent("Lab/indicators.yaml")
            try (try String(contentsOf: indicators, encoding: .utf8)).replacingOccurrences(of: "at_most: max_cycle_years", with: "at_most: max_cycle_yrs")
                .write(to: indicators, atomically: true, encoding: .utf8)
            let broken = library.reload()
            let firstVersionKept = PackLoader.hasChecked(checked)
            #expect(!firstVersionKept)
            #expect(broken.refused.flatMap(\.errors).map(\.rule) == ["unknown-parameter"])
            #expect(broken.keptLastGood == [folder.appendingPathComponent("Lab").path])
            #expect(registry.assessment(id: "lab-quality")?.descriptor.version == good)

            try Self.copy("CompulsoryQuality", to: folder, as: "Twin", id: "compulsory-quality-county")
            let twin = library.reload()
            #expect(twin.refused.flatMap(\.errors).map(\.rule).contains("duplicate-id"))
            #expect(registry.ids == ["compulsory-quality-county", "lab-quality"])
        }
    }
}
