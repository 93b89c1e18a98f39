import DudaoCore

/// What changed between two versions of a standard: parameters (thresholds, weights and other
/// figures), indicators and editions, one row each, for `dudao standard diff`.
public struct StandardDiff: Sendable {
    public struct Change: Sendable, Hashable {
        /// `threshold`, `weight`, `parameter`, `indicator` or `edition`.
        public var kind: String
        public var edition: String?
        public var key: String
        public var old: String
        public var new: String
    }

    public var changes: [Change] = []

    /// - Parameter editions: Two editions to compare with each other (e.g. a pack's national
    ///   edition and a city's layer of it) instead of every edition with its namesake.
    /// - Throws: ``DudaoError/Code/notFound`` when a pack lacks the edition named.
    public init(old: StandardPack, new: StandardPack, editions: (old: String, new: String)? = nil) throws {
        let roles = Self.roles(new).merging(Self.roles(old)) { first, _ in first }
        var oldEditions = Dictionary(old.descriptor.editions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var newEditions = Dictionary(new.descriptor.editions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        if let (before, after) = editions {
            guard let first = oldEditions[before] else { throw DudaoError(.notFound, "\(old.descriptor.id) has no edition \(before)") }
            guard let second = newEditions[after] else { throw DudaoError(.notFound, "\(new.descriptor.id) has no edition \(after)") }
            let label = before == after ? before : "\(before) → \(after)"
            oldEditions = [label: first]
            newEditions = [label: second]
        }
        for id in Set(oldEditions.keys).union(newEditions.keys).sorted() {
            switch (oldEditions[id], newEditions[id]) {
            case (let before?, let after?):
                if before.effectiveFrom != after.effectiveFrom || before.effectiveUntil != after.effectiveUntil {
                    self.changes.append(Change(kind: "edition", edition: id, key: "in force", old: Self.range(before), new: Self.range(after)))
                }
                let keys = Set(before.parameters.all.map(\.key)).union(after.parameters.all.map(\.key))
                for key in keys.sorted() {
                    let was = before.parameters[key].map(Self.show) ?? "—"
                    let now = after.parameters[key].map(Self.show) ?? "—"
                    if was != now { self.changes.append(Change(kind: roles[key] ?? "parameter", edition: id, key: key, old: was, new: now)) }
                }
            case (let before?, nil):
                self.changes.append(Change(kind: "edition", edition: id, key: before.titleZh, old: Self.range(before), new: "—"))
            case (nil, let after?):
                self.changes.append(Change(kind: "edition", edition: id, key: after.titleZh, old: "—", new: Self.range(after)))
            default:
                break
            }
        }
        let codes = (old.descriptor.indicators.map(\.code) + new.descriptor.indicators.map(\.code)).uniqued()
        for code in codes {
            let before = old.descriptor.indicator(code).map { Self.describe($0, old) } ?? "—"
            let after = new.descriptor.indicator(code).map { Self.describe($0, new) } ?? "—"
            if before != after { self.changes.append(Change(kind: "indicator", edition: nil, key: code, old: before, new: after)) }
        }
    }

    /// Which parameters are thresholds and which are weights, from the rules that use them.
    private static func roles(_ pack: StandardPack) -> [String: String] {
        var roles = pack.tree?.roles ?? [:]
        for rule in pack.rules.values {
            if case .score(let items, _, _) = rule {
                for item in items { roles[item.weight] = "weight" }
            }
            for key in rule.parameters where roles[key] == nil { roles[key] = "threshold" }
        }
        return roles
    }

    private static func show(_ parameter: Parameter) -> String {
        "\(parameter.value)\(parameter.unit.map { " \($0)" } ?? "") \(parameter.status.label)"
    }

    private static func range(_ edition: Edition) -> String {
        "\(edition.effectiveFrom) – \(edition.effectiveUntil.map(\.description) ?? "")"
    }

    private static func describe(_ indicator: IndicatorDefinition, _ pack: StandardPack) -> String {
        "\(indicator.nameZh): \(pack.ruleSummary(indicator.code) ?? "")\(indicator.gating ? "" : " (not gating)")"
    }
}
