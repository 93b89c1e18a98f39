import DudaoCore

extension PackLoader {
    /// A tree's nodes hang together (unique codes, parents declared before their children, every
    /// branch with children), its facts and parameters exist with the right types in every
    /// edition, its bands end with one floor, and every downgrade names a band or a parameter.
    static func checkTree(
        _ tree: PackTree, place: PackDraft.Place, indicators: [PackDraft.Indicator], schema: InputSchema, editions: [Edition],
        errors: inout [PackError]
    ) {
        var seen = Set(indicators.map(\.definition.code))
        for code in [tree.totalCode, tree.gradeCode] where !seen.insert(code).inserted {
            errors.append(place.error("duplicate-indicator", "tree: code \(code) is declared twice"))
        }
        var leaves = Set<String>()
        for node in tree.nodes {
            if !seen.insert(node.code).inserted {
                errors.append(place.error("duplicate-indicator", "tree: node \(node.code) is declared twice"))
            }
            if let parent = node.parent {
                if !seen.contains(parent) || !tree.nodes.contains(where: { $0.code == parent }) {
                    errors.append(place.error("unknown-indicator", "tree: node \(node.code) names parent \(parent), which is not a node declared before it"))
                } else if leaves.contains(parent) {
                    errors.append(place.error("bad-rule", "tree: node \(node.code) names parent \(parent), which is a leaf (it has a field)"))
                }
            }
            if node.leaf != nil {
                leaves.insert(node.code)
            } else if !tree.nodes.contains(where: { $0.parent == node.code }) {
                errors.append(place.error("bad-rule", "tree: node \(node.code) has neither a field nor children"))
            }
        }
        if tree.nodes.isEmpty { errors.append(place.error("bad-rule", "tree: no nodes")) }
        for (key, boolean) in tree.fields {
            guard let field = schema.fact(key) else {
                errors.append(place.error("unknown-field", "tree: reads \(key), which schema.facts does not declare"))
                continue
            }
            let fits = boolean ? field.type == .boolean : [.number, .integer, .boolean].contains(field.type)
            if !fits {
                errors.append(place.error("field-type", "tree: \(key) is a \(field.type.rawValue), the tree needs \(boolean ? "a boolean" : "a number")"))
            }
        }
        Self.checkParameters(tree.parameters, of: "the tree", place: place, editions: editions, errors: &errors)
        let floors = tree.bands.filter { $0.atLeast == nil }
        if tree.bands.last?.atLeast != nil || floors.count != 1 {
            errors.append(place.error("bad-rule", "tree: the bands are best first and end with exactly one floor band, the only one without at_least"))
        }
        for rule in tree.downgrades {
            if let cap = rule.capAt, !tree.bands.contains(where: { $0.code == cap }) {
                errors.append(place.error("bad-rule", "tree: downgrade \(rule.code) caps at \(cap), which is not a band; bands: \(tree.bands.map(\.code).joined(separator: ", "))"))
            }
        }
    }

    /// Every parameter in `keys` is declared, with its type, by every edition.
    static func checkParameters(_ keys: [(key: String, type: ValueType)], of owner: String, place: PackDraft.Place, editions: [Edition], errors: inout [PackError]) {
        for (key, type) in keys {
            for edition in editions {
                let value = edition.parameters[key]?.value
                let fits = type == .number ? value?.numberValue != nil : value?.type == type
                if !fits {
                    errors.append(place.error("unknown-parameter", "\(owner) uses parameter \(key) as a \(type.rawValue); edition \(edition.id) \(value == nil ? "does not declare it" : "declares a \(value!.type.rawValue)")"))
                }
            }
        }
    }
}
