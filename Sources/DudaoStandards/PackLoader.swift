import Crypto
import DudaoCore
import Synchronization
import Yams

/// Builds ``StandardPack``s from their sources and checks each completely before it may serve:
/// the syntax of every file, the schema, every reference between its parts, the `extends` chain,
/// and every worked example.
public struct PackLoader: Sendable {
    /// The packs `extends` may name, by folder name (the bundled packs and the other packs of the
    /// same directory).
    public var catalog: [String: PackSource]

    public init(catalog: [PackSource] = []) {
        self.catalog = Dictionary(catalog.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Loads and checks one pack.
    ///
    /// - Throws: ``PackErrors`` with every problem found, each naming file, line and rule.
    public func load(_ source: PackSource) throws(PackErrors) -> StandardPack {
        let sources = self.chain(of: source)
        if let sources, let pack = Self.checked.withLock({ $0[sources] }) { return pack }
        var errors: [PackError] = []
        let (draft, chain) = self.resolve(source, visiting: [], errors: &errors)
        if errors.isEmpty, let pack = self.build(draft, chain: chain, errors: &errors), errors.isEmpty {
            if let sources {
                Self.checked.withLock { checked in
                    if checked.count >= Self.checkedCapacity { checked.removeAll() }
                    checked[sources] = pack
                }
            }
            return pack
        }
        throw PackErrors(pack: source.location, errors: errors)
    }

    /// Packs already checked, by the sources they were built from (their own and their bases').
    /// The same sources always give the same pack, so the bundled packs, loaded for the registry
    /// and again for the standards library, and every unchanged pack of a reload are read and
    /// their examples run once per process.
    private static let checked = Mutex<[[PackSource]: StandardPack]>([:])
    /// A bound for a process that never prunes (a reload prunes to what it read).
    private static let checkedCapacity = 256

    /// Whether a pack built from `source` is kept as checked.
    public static func hasChecked(_ source: PackSource) -> Bool {
        Self.checked.withLock { checked in checked.keys.contains { $0.last == source } }
    }

    /// Forgets every checked pack not built from one of `sources` (the packs a reload has just
    /// read), so the earlier versions of an edited pack are not kept for the daemon's lifetime.
    public static func forgetChecked(except sources: Set<PackSource>) {
        Self.checked.withLock { checked in
            checked = checked.filter { chain, _ in chain.last.map(sources.contains) ?? false }
        }
    }

    /// The sources `source` rests on, the farthest base first; `nil` when an `extends` names no
    /// known pack or makes a cycle (then only a full load can report it).
    private func chain(of source: PackSource) -> [PackSource]? {
        var chain = [source]
        var names: Set<String> = [source.name]
        while let (name, _) = Self.extendsName(of: chain[0]) {
            guard names.insert(name).inserted, let parent = self.catalog[name] else { return nil }
            chain.insert(parent, at: 0)
        }
        return chain
    }

    /// The pack's draft merged with the packs it extends, and the sources from the farthest base.
    private func resolve(_ source: PackSource, visiting: [String], errors: inout [PackError]) -> (PackDraft, [PackSource]) {
        var base: (draft: PackDraft, chain: [PackSource])?
        if let (name, place) = Self.extendsName(of: source) {
            if visiting.contains(name) || name == source.name {
                errors.append(place.error("extends-cycle", "extends \(name) makes a cycle: \((visiting + [source.name, name]).joined(separator: " → "))"))
            } else if let parent = self.catalog[name] {
                var parentErrors: [PackError] = []
                let resolved = self.resolve(parent, visiting: visiting + [source.name], errors: &parentErrors)
                errors += parentErrors.map { error in
                    var error = error
                    if !error.file.hasPrefix("/") && !error.file.contains("/") { error.file = "\(parent.name)/\(error.file)" }
                    return error
                }
                base = resolved
            } else {
                errors.append(place.error("unknown-pack", "extends \(name), which is neither beside this pack nor bundled; known: \(self.catalog.keys.sorted().joined(separator: ", "))"))
            }
        }
        var reader = PackReader(source: source)
        reader.inheritedDocuments = base?.draft.documents ?? [:]
        var draft = reader.read()
        errors += reader.diagnostics.errors
        guard let base else { return (draft, [source]) }
        draft = Self.merge(draft, onto: base.draft, errors: &errors)
        return (draft, base.chain + [source])
    }

    /// Finds `pack.extends` without reading the rest (the base must be read first).
    static func extendsName(of source: PackSource) -> (String, PackDraft.Place)? {
        // Only a file that says `extends` can hold it; parsing the others twice would double the load.
        for name in source.orderedNames where source.files[name]?.utf8.containsBytes(of: "extends") == true {
            guard let root = try? Yams.compose(yaml: source.files[name] ?? "", PackReader.resolver),
                let value = root.mapping?["pack"]?.mapping?["extends"], let text = value.string
            else { continue }
            return (text, PackDraft.Place(file: name, line: value.mark?.line ?? 0, column: value.mark?.column ?? 0))
        }
        return nil
    }

    /// The child's sections over the base's; editions that name a `base` edition are copies of
    /// it with the child's overrides, each figure marked with the layer it came from.
    static func merge(_ child: PackDraft, onto base: PackDraft, errors: inout [PackError]) -> PackDraft {
        var merged = child
        let baseEditions = (base.editions ?? []).map { Self.marking($0, layer: base.id) }
        var editions = child.editions ?? baseEditions
        merged.unconfigured = child.editions == nil ? base.unconfigured : child.unconfigured
        for override in child.editionOverrides {
            guard var edition = baseEditions.first(where: { $0.id == override.base }) else {
                errors.append(override.place.error("unknown-edition", "edition \(override.id) is based on \(override.base), which \(base.id) does not have; known: \(baseEditions.map(\.id).joined(separator: ", "))"))
                continue
            }
            var parameters = edition.parameters.all
            for (parameter, place) in override.overrides {
                guard let index = parameters.firstIndex(where: { $0.key == parameter.key }) else {
                    errors.append(place.error("unknown-parameter", "override of \(parameter.key), which edition \(override.base) of \(base.id) does not have"))
                    continue
                }
                var changed = parameters[index]
                guard changed.value.type == parameter.value.type || (changed.value.numberValue != nil && parameter.value.numberValue != nil) else {
                    errors.append(place.error("type-mismatch", "override of \(parameter.key) must be a \(changed.value.type.rawValue)"))
                    continue
                }
                changed.value = changed.value.type == .number ? .number(parameter.value.numberValue!) : parameter.value
                changed = PackReader.withValue(changed)
                changed.citation = parameter.citation
                changed.citation.note = "[layer \(child.id)] " + (parameter.citation.note ?? "")
                changed.status = parameter.status
                if !parameter.nameZh.isEmpty { changed.nameZh = parameter.nameZh }
                if !parameter.nameEn.isEmpty { changed.nameEn = parameter.nameEn }
                parameters[index] = changed
            }
            edition = Edition(
                id: override.id, titleZh: override.titleZh ?? edition.titleZh, titleEn: override.titleEn ?? edition.titleEn,
                effectiveFrom: override.effectiveFrom ?? edition.effectiveFrom, effectiveUntil: override.effectiveUntil ?? edition.effectiveUntil,
                documents: edition.documents, parameters: parameters, notes: edition.notes + override.notes
            )
            editions.removeAll { $0.id == override.id }
            editions.append(edition)
            // A layer's override gives a value to a parameter its base left without one.
            merged.unconfigured[override.id] = base.unconfigured[override.base, default: []].subtracting(override.overrides.map(\.parameter.key))
        }
        merged.editions = editions
        merged.groups = child.groups ?? base.groups
        merged.indicators = child.indicators ?? base.indicators
        merged.tree = child.tree ?? base.tree
        merged.warnings = child.warnings ?? base.warnings
        merged.measures = child.measures ?? base.measures
        merged.reporting = child.reporting ?? base.reporting
        merged.ranges = base.ranges.merging(child.ranges) { _, layer in layer }
        merged.allowedValues = child.schema == nil ? base.allowedValues : child.allowedValues
        merged.inputRules = child.schema == nil ? base.inputRules : child.inputRules
        merged.vetoes = child.vetoes ?? base.vetoes
        merged.checklist = child.checklist ?? base.checklist
        merged.province = child.province ?? base.province
        merged.schema = child.schema ?? base.schema
        // Inherited examples run against the extending pack, under its id.
        merged.examples = child.examples ?? base.examples?.map { example in
            var example = example
            example.example.input.assessment = child.id
            return example
        }
        return merged
    }

    /// Marks every figure of an inherited edition with the pack it comes from.
    private static func marking(_ edition: Edition, layer: String) -> Edition {
        var edition = edition
        edition.parameters = ParameterSet(
            edition.parameters.all.map { parameter in
                var parameter = parameter
                if !(parameter.citation.note ?? "").hasPrefix("[layer ") {
                    parameter.citation.note = "[layer \(layer)] " + (parameter.citation.note ?? "")
                }
                return parameter
            }
        )
        return edition
    }

    /// `sha256:` and the hex digest of the chain's files, names and texts, in a fixed order.
    static func contentHash(_ chain: [PackSource]) -> String {
        var hasher = SHA256()
        for source in chain {
            hasher.update(data: Array("pack \(source.name)\n".utf8))
            for name in source.orderedNames {
                let text = source.files[name] ?? ""
                hasher.update(data: Array("file \(name) \(text.utf8.count)\n".utf8))
                hasher.update(data: Array(text.utf8))
            }
        }
        return "sha256:" + hasher.finalize().lowercaseHex
    }
}
