import DudaoCore

extension StandardPack {
    /// The keys of an edition's parameters that have no value, in the edition's order.
    public func unconfiguredParameters(edition: String) -> [String] {
        let open = self.unconfigured[edition, default: []]
        return self.descriptor.edition(id: edition)?.parameters.all.map(\.key).filter(open.contains) ?? []
    }

    /// The parameters of this evaluation's edition that still have no value: declared without a
    /// default and not given by the caller's overrides.
    func unconfigured(_ context: EvaluationContext, input: AssessmentInput) -> Set<String> {
        self.unconfigured[context.edition.id, default: []].subtracting(input.parameterOverrides.keys)
    }

    /// "Not assessable" for an indicator whose rule reads a parameter that has no value yet,
    /// naming it and how to give it; `nil` when every parameter the rule reads has a value.
    func unconfiguredResult(_ definition: IndicatorDefinition, rule: PackRule, context: EvaluationContext, input: AssessmentInput) -> IndicatorResult? {
        let open = self.unconfigured(context, input: input)
        let missing = rule.parameters.filter(open.contains).uniqued()
        guard !missing.isEmpty else { return nil }
        return .notAssessable(definition, threshold: nil, missing: [Self.unconfiguredNote(missing, context.parameters)])
    }

    /// One warning naming every parameter without a value that this evaluation's rules needed.
    func unconfiguredWarning(_ context: EvaluationContext, input: AssessmentInput) -> Warning? {
        let open = self.unconfigured(context, input: input)
        let read = context.descriptor.indicators.flatMap { self.rules[$0.code]?.parameters ?? [] }.filter(open.contains).uniqued()
        guard !read.isEmpty else { return nil }
        return Warning(
            code: "parameter_not_configured",
            zh: "标准未给出以下参数的值，须由督导部门设定：" + read.map { "“\(context.parameters[$0]?.nameZh ?? $0)”" }.joined(separator: "、") + "；用到它们的指标不可评估",
            en: "the standard gives no value for \(read.joined(separator: ", ")); the office sets each (parameterOverrides or --param KEY=VALUE), and the indicators that use one are not assessable until then"
        )
    }

    /// The Chinese names the parameters (a report in Chinese shows no keys); the English gives the
    /// keys and the flag that sets them.
    static func unconfiguredNote(_ keys: [String], _ parameters: ParameterSet) -> MissingNote {
        let names = keys.map { "“\(parameters[$0]?.nameZh ?? $0)”" }.joined(separator: "、")
        let flag = keys.count == 1 ? "--param \(keys[0])=…" : "--param KEY=VALUE"
        return .reason(
            zh: "参数\(names)未配置，须由督导部门设定",
            en: "parameter\(keys.count == 1 ? "" : "s") \(keys.joined(separator: ", ")) \(keys.count == 1 ? "is" : "are") not configured (the standard gives no default); set \(keys.count == 1 ? "it" : "them") with \(flag)"
        )
    }
}

extension PackLoader {
    /// Only a rule's threshold or weight may be left without a default: the checklist and the
    /// province view have no "not assessable" of their own to fall back on.
    static func checkUnconfigured(_ draft: PackDraft, errors: inout [PackError]) {
        let open = draft.unconfigured.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        if let (checklist, place) = draft.checklist {
            let keys = checklist.items.map(\.mandatory) + [checklist.requiresEvidence, checklist.rectificationDays]
            for key in keys.uniqued() where open.contains(key) {
                errors.append(place.error("no-default", "the checklist uses parameter \(key), which has no value; only a rule's threshold or weight may be left without a default"))
            }
        }
        if let (view, place) = draft.province, let key = view.targetShare, open.contains(key) {
            errors.append(place.error("no-default", "province.target_share names \(key), which has no value; only a rule's threshold or weight may be left without a default"))
        }
    }
}
