import DudaoCore

extension PackReader {
    func readIndicator(_ node: PackNode, draft: PackDraft) -> PackDraft.Indicator? {
        node.allowOnly(["code", "name", "group", "unit", "decimals", "citation", "status", "gating", "rule", "wording"])
        guard let code = node.required("code")?.text, let names = node.required("name")?.names, let group = node.required("group")?.text,
            let citation = node.required("citation").flatMap({ self.readCitation($0, documents: draft.documents) }),
            let status = node.required("status")?.statusTag, let rule = node.required("rule").flatMap(self.readRule)
        else { return nil }
        let definition = IndicatorDefinition(
            code: code, zh: names.zh, en: names.en, unit: node.optional("unit")?.text, group: group, comparator: rule.comparator,
            decimals: node.optional("decimals")?.integer ?? 2, citation: citation, status: status, gating: node.optional("gating")?.boolean ?? true
        )
        return PackDraft.Indicator(
            definition: definition, rule: rule, place: PackDraft.Place(file: node.file, line: node.line, column: node.column), wording: self.readRuleWording(node.optional("wording"))
        )
    }

    func readVeto(_ node: PackNode, draft: PackDraft) -> PackVeto? {
        node.allowOnly(["code", "name", "field", "citation", "status"])
        guard let code = node.required("code")?.text, let names = node.required("name")?.names, let field = node.required("field")?.text,
            let citation = node.required("citation").flatMap({ self.readCitation($0, documents: draft.documents) }),
            let status = node.required("status")?.statusTag
        else { return nil }
        return PackVeto(code: code, nameZh: names.zh, nameEn: names.en, field: field, citation: citation, status: status, place: PackDraft.Place(file: node.file, line: node.line, column: node.column))
    }

    /// `checklist:` with `requires_evidence`, `rectification_days` (parameters) and `items`.
    func readChecklist(_ node: PackNode, draft: PackDraft) -> PackChecklist? {
        node.allowOnly(["requires_evidence", "rectification_days", "items", "wording"])
        guard let evidence = node.required("requires_evidence")?.text, let days = node.required("rectification_days")?.text,
            let itemNodes = node.required("items")?.items
        else { return nil }
        let items: [PackChecklist.Item] = itemNodes.compactMap { item in
            item.allowOnly(["code", "name", "checks", "evidence", "mandatory", "citation", "status"])
            guard let code = item.required("code")?.text, let names = item.required("name")?.names,
                let checks = item.required("checks")?.items.compactMap(\.text), let mandatory = item.required("mandatory")?.text,
                let citation = item.required("citation").flatMap({ self.readCitation($0, documents: draft.documents) }),
                let status = item.required("status")?.statusTag
            else { return nil }
            return PackChecklist.Item(
                code: code, nameZh: names.zh, nameEn: names.en, checks: checks, evidence: item.optional("evidence")?.items.compactMap(\.text) ?? [],
                mandatory: mandatory, citation: citation, status: status
            )
        }
        return PackChecklist(items: items, requiresEvidence: evidence, rectificationDays: days, wording: self.readChecklistWording(node.optional("wording")))
    }

    /// `{code, when: {MEASURE, THRESHOLD}, text: {zh, en}}`: a notice when a fact reaches a
    /// parameter; with `when: {units: CODE, outcome: …}`, when some unit of an indicator has it.
    func readWarning(_ node: PackNode) -> PackWarning? {
        node.allowOnly(["code", "when", "text"])
        guard let code = node.required("code")?.text, let when = node.required("when"), let text = node.required("text")?.names else { return nil }
        let condition: PackWarning.Condition
        if let gaps = when.optional("findings") {
            when.allowOnly(["findings"])
            condition = .findingsByScope(gaps.entries.compactMap { entry in entry.value.text.map { PackWarning.Gap(indicator: entry.key, phrase: $0) } })
        } else if when.has("units") {
            when.allowOnly(["units", "outcome"])
            guard let tally = self.readUnitTally(when) else { return nil }
            condition = .units(tally)
        } else {
            when.allowOnly(Self.measureKeys.union(Self.thresholdKeys))
            guard let measure = self.readMeasure(when), let threshold = self.readThreshold(when) else { return nil }
            condition = .fact(measure, threshold)
        }
        return PackWarning(code: code, condition: condition, text: PackText(zh: text.zh, en: text.en), place: PackDraft.Place(file: node.file, line: node.line, column: node.column))
    }

    static let measureKeys: Set<String> = ["field", "ratio", "sum", "share"]
    static let thresholdKeys: Set<String> = ["at_least", "at_most", "above", "below", "between"]

    /// One of the rule shapes; see `docs/StandardPacks.md`.
    func readRule(_ node: PackNode) -> PackRule? {
        guard node.isMapping else {
            node.fail("bad-rule", "a rule is a mapping, e.g. {ratio: {of: teachers, per: pupils, scale: 100}, at_least: PARAMETER}")
            return nil
        }
        if let key = node.optional("check") {
            node.allowOnly(["check"])
            return key.text.map(PackRule.check)
        }
        if let gate = node.optional("checklist") {
            node.allowOnly(["checklist"])
            guard gate.text == "gate" else {
                gate.fail("bad-rule", "the checklist rule is {checklist: gate}; one item is {checklist_item: CODE}")
                return nil
            }
            return .checklistGate
        }
        if let item = node.optional("checklist_item") {
            node.allowOnly(["checklist_item"])
            return item.text.map(PackRule.checklistItem)
        }
        if let body = node.optional("k_of_n") {
            node.allowOnly(["k_of_n"])
            body.allowOnly(["of", "at_least", "floor"])
            guard let codes = body.required("of")?.items.compactMap(\.text), let atLeast = body.required("at_least")?.text else { return nil }
            return .kOfN(codes: codes, atLeast: atLeast, floor: body.optional("floor")?.text)
        }
        if let body = node.optional("score") {
            node.allowOnly(["score"])
            body.allowOnly(["items", "pass", "bands"])
            guard let items = body.required("items"), let pass = body.required("pass")?.text else { return nil }
            let weights = items.entries.compactMap { entry in entry.value.text.map { (code: entry.key, weight: $0) } }
            let bands: [(grade: String, atLeast: String)] = (body.optional("bands")?.items ?? []).compactMap { band in
                band.allowOnly(["grade", "at_least"])
                guard let grade = band.required("grade")?.text, let atLeast = band.required("at_least")?.text else { return nil }
                return (grade, atLeast)
            }
            return .score(items: weights, pass: pass, bands: bands)
        }
        if let body = node.optional("group_count") {
            node.allowOnly(["group_count"])
            body.allowOnly(["by", "kinds", "at_most", "label"])
            guard let by = body.required("by")?.text, let limit = body.required("at_most")?.text, let label = body.required("label")?.names else { return nil }
            return .groupCount(by: by, kinds: body.optional("kinds")?.items.compactMap(\.text).map { UnitKind(rawValue: $0) }, limit: limit, label: label)
        }
        if let body = node.optional("difference_coefficient") {
            node.allowOnly(["difference_coefficient"])
            body.allowOnly(["resource", "pupils", "scale", "kinds", "at_most"])
            guard let resource = body.required("resource")?.text, let pupils = body.required("pupils")?.text, let limit = body.required("at_most")?.text else { return nil }
            return .differenceCoefficient(
                resource: resource, pupils: pupils, scale: body.optional("scale")?.number ?? 1,
                kinds: body.optional("kinds")?.items.compactMap(\.text).map { UnitKind(rawValue: $0) }, limit: limit
            )
        }
        if let body = node.optional("each_unit") {
            node.allowOnly(["each_unit", "share"])
            body.allowOnly(Self.measureKeys.union(Self.thresholdKeys).union(["kinds", "check", "times"]))
            let kinds = body.optional("kinds")?.items.compactMap(\.text).map { UnitKind(rawValue: $0) }
            if let key = body.optional("check")?.text {
                // A checklist item per unit: a yes/no field true, or a text field not empty.
                return .eachUnit(.present(key), PackThreshold(comparator: .isTrue, parameter: ""), kinds: kinds, share: node.optional("share")?.text)
            }
            guard let measure = self.readMeasure(body), let threshold = self.readThreshold(body) else { return nil }
            return .eachUnit(
                measure, threshold, kinds: body.optional("kinds")?.items.compactMap(\.text).map { UnitKind(rawValue: $0) },
                share: node.optional("share")?.text
            )
        }
        node.allowOnly(Self.measureKeys.union(Self.thresholdKeys).union(["times"]))
        guard let measure = self.readMeasure(node), let threshold = self.readThreshold(node) else { return nil }
        return .measure(measure, threshold)
    }

    private func readMeasure(_ node: PackNode) -> PackMeasure? {
        let given = node.entries.map(\.key).filter(Self.measureKeys.contains)
        guard given.count == 1 else {
            node.fail("bad-rule", "a rule needs exactly one measure (field, ratio, sum or share), found \(given.isEmpty ? "none" : given.joined(separator: ", "))")
            return nil
        }
        switch given[0] {
        case "field":
            return node.optional("field")?.text.map(PackMeasure.field)
        case "ratio":
            guard let body = node.optional("ratio") else { return nil }
            body.allowOnly(["of", "per", "scale"])
            guard let of = body.required("of")?.text, let per = body.required("per")?.text else { return nil }
            return .ratio(of: of, per: per, scale: body.optional("scale")?.number ?? 1)
        case "sum":
            return node.optional("sum").map { .sum($0.items.compactMap(\.text)) }
        default:
            guard let body = node.optional("share") else { return nil }
            body.allowOnly(["part", "whole"])
            guard let part = body.required("part")?.text, let whole = body.required("whole")?.text else { return nil }
            return .share(part: part, whole: whole)
        }
    }

    private func readThreshold(_ node: PackNode) -> PackThreshold? {
        let given = node.entries.map(\.key).filter(Self.thresholdKeys.contains)
        guard given.count == 1, let value = node.optional(given[0]) else {
            node.fail("bad-rule", "a rule needs exactly one threshold (at_least, at_most, above, below or between), found \(given.isEmpty ? "none" : given.joined(separator: ", "))")
            return nil
        }
        let times = node.optional("times")?.text
        switch given[0] {
        case "between":
            let bounds = value.items.compactMap(\.text)
            guard bounds.count == 2 else {
                value.fail("bad-rule", "between takes two parameters [LOWER, UPPER]")
                return nil
            }
            return PackThreshold(comparator: .atLeast, parameter: bounds[0], upper: bounds[1])
        case let key:
            let comparator: Comparator = ["at_least": .atLeast, "at_most": .atMost, "above": .greaterThan, "below": .lessThan][key]!
            return value.text.map { PackThreshold(comparator: comparator, parameter: $0, timesFact: times) }
        }
    }
}
