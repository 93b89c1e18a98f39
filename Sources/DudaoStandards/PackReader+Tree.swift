import DudaoCore

extension PackReader {
    /// `tree:` with `total`, `grade`, `name`, `maximum`, `citation`, `band_status`, `nodes`,
    /// `bands` and `downgrades`; see `docs/StandardPacks.md`.
    func readTree(_ node: PackNode, draft: PackDraft) -> PackTree? {
        node.allowOnly(["total", "grade", "name", "maximum", "citation", "band_status", "nodes", "bands", "downgrades"])
        let cite = { (node: PackNode) in self.readCitation(node, documents: draft.documents) }
        guard let total = node.required("total")?.text, let grade = node.required("grade")?.text, let names = node.required("name")?.names,
            let citation = node.required("citation").flatMap(cite), let bandStatus = node.required("band_status")?.statusTag,
            let nodeList = node.required("nodes")?.items, let bandList = node.required("bands")?.items
        else { return nil }
        let nodes = nodeList.compactMap { self.readTreeNode($0, cite: cite) }
        let bands: [PackTree.Band] = bandList.compactMap { band in
            band.allowOnly(["code", "name", "at_least", "passes"])
            guard let code = band.required("code")?.text, let names = band.required("name")?.names, let passes = band.required("passes")?.boolean else { return nil }
            return PackTree.Band(code: code, nameZh: names.zh, nameEn: names.en, atLeast: band.optional("at_least")?.text, passes: passes)
        }
        let downgrades: [PackTree.Downgrade] = (node.optional("downgrades")?.items ?? []).compactMap { rule in
            rule.allowOnly(["code", "name", "field", "drop", "cap_at", "when", "citation", "status"])
            guard let code = rule.required("code")?.text, let names = rule.required("name")?.names, let field = rule.required("field")?.text,
                let citation = rule.required("citation").flatMap(cite), let status = rule.required("status")?.statusTag
            else { return nil }
            let drop = rule.optional("drop")?.text
            let capAt = rule.optional("cap_at")?.text
            guard (drop == nil) != (capAt == nil) else {
                rule.fail("bad-rule", "downgrade \(code) needs exactly one effect: drop (an integer parameter of bands) or cap_at (a band code)")
                return nil
            }
            return PackTree.Downgrade(
                code: code, nameZh: names.zh, nameEn: names.en, field: field, drop: drop, capAt: capAt, when: rule.optional("when")?.text,
                citation: citation, status: status
            )
        }
        return PackTree(
            totalCode: total, gradeCode: grade, nameZh: names.zh, nameEn: names.en, maximum: node.optional("maximum")?.number ?? 100,
            citation: citation, bandStatus: bandStatus, nodes: nodes, bands: bands, downgrades: downgrades
        )
    }

    /// One node: `code`, `name`, `parent`, `level`, `weight` (a parameter), `citation`, and for a
    /// leaf `field`, `target` (a parameter, or a fixed number), `comparator` and `credit`.
    private func readTreeNode(_ node: PackNode, cite: (PackNode) -> Citation?) -> PackTree.Node? {
        node.allowOnly(["code", "name", "parent", "level", "weight", "citation", "field", "target", "comparator", "credit", "unit"])
        guard let code = node.required("code")?.text, let names = node.required("name")?.names, let levelNode = node.required("level"),
            let levelName = levelNode.text, let weight = node.required("weight")?.text, let citation = node.required("citation").flatMap(cite)
        else { return nil }
        guard let level = IndicatorLevel(rawValue: levelName) else {
            levelNode.fail("bad-level", "node \(code): level must be one of \(IndicatorLevel.allCases.map(\.rawValue).joined(separator: ", ")), got \(levelName)")
            return nil
        }
        var leaf: PackTree.Leaf?
        if let field = node.optional("field")?.text {
            guard let targetNode = node.required("target") else { return nil }
            // A number is a fixed target (complete = 1); a name is a parameter of the edition.
            let target: PackTree.Target
            switch targetNode.value {
            case .text(let key): target = .parameter(key)
            case let value? where value.numberValue != nil: target = .fixed(value.numberValue!)
            default:
                targetNode.fail("bad-rule", "node \(code): target must name a parameter or be a number")
                return nil
            }
            let comparatorNode = node.optional("comparator")
            let comparators: [String: Comparator] = ["at_least": .atLeast, "at_most": .atMost, "above": .greaterThan, "below": .lessThan, "is_true": .isTrue]
            guard let comparator = comparators[comparatorNode?.text ?? "at_least"] else {
                comparatorNode?.fail("bad-rule", "node \(code): comparator must be at_least, at_most, above, below or is_true")
                return nil
            }
            let creditNode = node.optional("credit")
            // `credit: {parameter: KEY}` leaves the rule to a text parameter of the edition.
            var creditParameter: String?
            if let creditNode, creditNode.isMapping {
                creditNode.allowOnly(["parameter"])
                guard let key = creditNode.required("parameter")?.text else { return nil }
                creditParameter = key
            }
            let credit: CreditRule? = creditParameter != nil ? .allOrNothing : PackTree.creditRules[creditNode?.text ?? "all_or_nothing"]
            guard let credit else {
                creditNode?.fail("bad-rule", "node \(code): credit must be all_or_nothing, proportional or {parameter: KEY}")
                return nil
            }
            leaf = PackTree.Leaf(
                field: field, target: target, comparator: comparator, credit: credit, creditParameter: creditParameter, unit: node.optional("unit")?.text
            )
        } else if node.has("target") {
            node.fail("bad-rule", "node \(code) has a target but no field; a leaf needs both, a branch neither")
        }
        return PackTree.Node(
            code: code, nameZh: names.zh, nameEn: names.en, parent: node.optional("parent")?.text, level: level, weight: weight, citation: citation, leaf: leaf
        )
    }
}
