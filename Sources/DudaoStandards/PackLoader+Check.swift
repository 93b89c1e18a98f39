import DudaoCore

extension PackLoader {
    /// Checks the merged draft as a whole and, when it holds, runs every worked example.
    func build(_ draft: PackDraft, chain: [PackSource], errors: inout [PackError]) -> StandardPack? {
        let place = draft.packPlace
        guard let editions = draft.editions, !editions.isEmpty else {
            errors.append(place.error("missing-section", "the pack declares no edition (section editions)"))
            return nil
        }
        guard let schema = draft.schema else {
            errors.append(place.error("missing-section", "the pack declares no input schema (section schema)"))
            return nil
        }
        let indicators = draft.indicators ?? []
        let groups = draft.groups ?? []
        guard !indicators.isEmpty || draft.tree != nil else {
            errors.append(place.error("missing-section", "the pack declares no indicators (sections indicators and groups, or a scored tree in section tree)"))
            return nil
        }
        guard let examples = draft.examples, !examples.isEmpty else {
            errors.append(place.error("missing-section", "the pack has no worked example (section examples); every pack proves its rules on at least one"))
            return nil
        }
        let vetoes = draft.vetoes ?? []
        Self.checkReferences(indicators: indicators, vetoes: vetoes, groups: groups, schema: schema, editions: editions, errors: &errors)
        Self.checkChecklist(draft.checklist, indicators: indicators, schema: schema, editions: editions, errors: &errors)
        if let (tree, place) = draft.tree {
            Self.checkTree(tree, place: place, indicators: indicators, schema: schema, editions: editions, errors: &errors)
        }
        for warning in draft.warnings ?? [] {
            guard case .fact(let measure, let threshold) = warning.condition else { continue }
            let place = warning.place
            for key in measure.fields where schema.fact(key) == nil {
                errors.append(place.error("unknown-field", "warning \(warning.code) reads \(key), which schema.facts does not declare"))
            }
            Self.checkParameters(threshold.parameters.map { ($0, .number) }, of: "warning \(warning.code)", place: place, editions: editions, errors: &errors)
        }
        if let (view, place) = draft.province {
            if let code = view.rankBy, !indicators.contains(where: { $0.definition.code == code }) {
                errors.append(place.error("unknown-indicator", "province.rank_by names \(code), which the pack does not declare"))
            }
            for edition in editions where view.targetShare.map({ edition.parameters[$0]?.value.numberValue == nil }) ?? false {
                errors.append(place.error("unknown-parameter", "province.target_share names \(view.targetShare!), which edition \(edition.id) does not declare as a number"))
            }
            Self.checkProvinceShare(view, place: place, draft: draft, schema: schema, editions: editions, errors: &errors)
            if let sample = view.sample { Self.checkProvinceSample(sample, place: place, draft: draft, editions: editions, errors: &errors) }
        }
        Self.checkUnconfigured(draft, errors: &errors)
        Self.checkTallies(draft, indicators: indicators, errors: &errors)
        Self.checkRanges(draft, editions: editions, errors: &errors)
        var reporting = draft.reporting?.reporting ?? PackReporting()
        if let (declared, place) = draft.reporting { Self.checkReporting(declared, place: place, schema: schema, editions: editions, errors: &errors) }
        for indicator in indicators {
            if let wording = indicator.wording { reporting.wordings[indicator.definition.code] = wording }
        }
        guard errors.isEmpty else { return nil }

        let hash = Self.contentHash(chain)
        let ordered = editions.sorted { $0.effectiveFrom < $1.effectiveFrom }
        // The tree's indicators and groups as the latest edition's figures give them.
        var tree: ScoredTree?
        if let (declared, place) = draft.tree {
            do {
                tree = try declared.scoredTree(ordered[ordered.count - 1].parameters)
            } catch {
                errors.append(place.error("inconsistent", "the tree does not build: \(error)"))
                return nil
            }
        }
        let descriptor = AssessmentDescriptor(
            id: draft.id, version: StandardPack.servedVersion(draft.version, hash: hash),
            titleZh: draft.titleZh, titleEn: draft.titleEn, summaryZh: draft.summaryZh, summaryEn: draft.summaryEn,
            documents: draft.documentOrder.compactMap { draft.documents[$0] } + (draft.extends == nil ? [] : editions.flatMap(\.documents)).uniqued(),
            editions: ordered,
            groups: (tree?.groups ?? []) + groups, indicators: (tree?.definitions ?? []) + indicators.map { $0.definition }, schema: schema
        )
        let pack = StandardPack(
            descriptor: descriptor, packVersion: draft.version, contentHash: hash, layers: chain.map(\.name), archive: chain,
            examples: examples.map(\.example), rules: Dictionary(indicators.map { ($0.definition.code, $0.rule) }, uniquingKeysWith: { first, _ in first }),
            tree: draft.tree?.tree, vetoes: vetoes, checklist: draft.checklist?.checklist, province: draft.province?.view,
            warnings: draft.warnings ?? [], allowedValues: draft.allowedValues ?? [:], unconfigured: draft.unconfigured,
            measures: draft.measures, ranges: draft.ranges, reporting: reporting, inputRules: draft.inputRules ?? PackInputRules()
        )
        let registry: AssessmentRegistry
        do {
            registry = try AssessmentRegistry([pack.assessment])
        } catch {
            errors.append(place.error("inconsistent", "\(error)"))
            return nil
        }
        for example in examples {
            do {
                let result = try registry.evaluate(example.example.input)
                let problems = example.example.mismatches(in: result)
                if !problems.isEmpty {
                    errors.append(example.place.error("example-failed", "example \"\(example.example.name)\": " + problems.joined(separator: "; ")))
                }
            } catch let error as DudaoError {
                let violations = error.violations.map { "\($0.path): \($0.messageEn)" }.joined(separator: "; ")
                errors.append(example.place.error("example-failed", "example \"\(example.example.name)\" is refused: \(error.message)\(violations.isEmpty ? "" : " (\(violations))")"))
            } catch {
                errors.append(example.place.error("example-failed", "example \"\(example.example.name)\": \(error)"))
            }
        }
        return pack
    }

    /// Every field, parameter, group and indicator a rule names must exist, with the right type.
    static func checkReferences(
        indicators: [PackDraft.Indicator], vetoes: [PackVeto], groups: [IndicatorGroup], schema: InputSchema, editions: [Edition],
        errors: inout [PackError]
    ) {
        let groupCodes = Set(groups.map(\.code))
        var earlier: [String: PackRule] = [:]
        for indicator in indicators {
            let code = indicator.definition.code
            let place = indicator.place
            if earlier[code] != nil { errors.append(place.error("duplicate-indicator", "indicator \(code) is declared twice")) }
            if !groupCodes.contains(indicator.definition.group) {
                errors.append(place.error("unknown-group", "indicator \(code) belongs to group \(indicator.definition.group), which the pack does not declare"))
            }
            let rule = indicator.rule
            let booleanOnly = if case .check = rule { true } else { false }
            for (keys, fields, prefix) in [(rule.fields.facts, schema.facts, "facts"), (rule.fields.units, schema.unitFields, "unit_fields")] {
                for key in keys {
                    guard let field = fields.first(where: { $0.key == key }) else {
                        errors.append(place.error("unknown-field", "indicator \(code): the rule reads \(key), which schema.\(prefix) does not declare"))
                        continue
                    }
                    let fits =
                        rule.textFields.contains(key) ? true
                        : booleanOnly ? field.type == .boolean : [.number, .integer, .boolean].contains(field.type)
                    if !fits {
                        errors.append(place.error("field-type", "indicator \(code): \(key) is a \(field.type.rawValue), the rule needs \(booleanOnly ? "a boolean" : "a number")"))
                    }
                }
            }
            for key in rule.parameters {
                for edition in editions where edition.parameters[key]?.value.numberValue == nil {
                    let problem = edition.parameters[key] == nil ? "does not declare it" : "declares it as a \(edition.parameters[key]!.value.type.rawValue), not a number"
                    errors.append(place.error("unknown-parameter", "indicator \(code): the rule uses parameter \(key); edition \(edition.id) \(problem)"))
                }
            }
            for reference in rule.references {
                guard let referenced = earlier[reference] else {
                    errors.append(place.error("unknown-indicator", "indicator \(code) combines \(reference), which is not declared before it"))
                    continue
                }
                if case .kOfN(_, _, let floor?) = rule, case .check = referenced {
                    errors.append(place.error("bad-rule", "indicator \(code): the floor \(floor) needs a threshold, but \(reference) is a yes/no check"))
                }
            }
            earlier[code] = rule
        }
        for veto in vetoes {
            guard let field = schema.fact(veto.field), field.type == .boolean else {
                errors.append(veto.place.error("unknown-field", "veto \(veto.code) reads \(veto.field), which schema.facts does not declare as a boolean"))
                continue
            }
            _ = field
        }
    }
}

extension PackLoader {
    /// The checklist's fields are unit fields (checks boolean, evidence text), its parameters exist
    /// with their types, and the rules that use it name its items.
    static func checkChecklist(
        _ checklist: (checklist: PackChecklist, place: PackDraft.Place)?, indicators: [PackDraft.Indicator], schema: InputSchema, editions: [Edition],
        errors: inout [PackError]
    ) {
        let codes = Set(checklist?.checklist.items.map(\.code) ?? [])
        for indicator in indicators {
            switch indicator.rule {
            case .checklistGate where checklist == nil:
                errors.append(indicator.place.error("missing-section", "indicator \(indicator.definition.code) uses the checklist, which the pack does not declare"))
            case .checklistItem(let code) where !codes.contains(code):
                errors.append(indicator.place.error("unknown-item", "indicator \(indicator.definition.code) counts checklist item \(code), which the checklist does not have"))
            default:
                break
            }
        }
        guard let (list, place) = checklist else { return }
        for item in list.items {
            for (keys, type) in [(item.checks, ValueType.boolean), (item.evidence, ValueType.text)] {
                for key in keys where schema.unitField(key)?.type != type {
                    errors.append(place.error("unknown-field", "checklist item \(item.code) reads \(key), which schema.unit_fields does not declare as a \(type.rawValue)"))
                }
            }
        }
        let expected: [(String, ValueType)] = list.items.map { ($0.mandatory, .boolean) } + [(list.requiresEvidence, .boolean), (list.rectificationDays, .integer)]
        for (key, type) in expected {
            for edition in editions where edition.parameters[key]?.value.type != type {
                errors.append(place.error("unknown-parameter", "the checklist uses parameter \(key) as a \(type.rawValue); edition \(edition.id) does not declare it so"))
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
