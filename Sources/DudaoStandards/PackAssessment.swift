public import DudaoCore

/// Serves a ``StandardPack`` as an ``Assessment``, so the registry, the daemon, batches, the
/// record store, the CLI and the reports treat it as any Swift plugin.
public struct PackAssessment: Assessment {
    public let pack: StandardPack

    public init(pack: StandardPack) {
        self.pack = pack
    }

    public var descriptor: AssessmentDescriptor { self.pack.descriptor }

    public var examples: [WorkedExample] { self.pack.examples }

    public func evaluate(_ input: AssessmentInput, context: EvaluationContext) throws -> Evaluation {
        var results: [String: IndicatorResult] = [:]
        var evaluation = Evaluation()
        // The units this evaluation counts (a parameter may leave some kinds out).
        let (units, excluded) = try self.pack.reporting.units(input, parameters: context.parameters)
        var input = input
        input.units = units
        if let excluded { evaluation.warnings.append(excluded) }
        if let tree = self.pack.tree {
            // The tree's own result as the core's kit gives it: its nodes, total and grade, the
            // findings of leaves that lost points, and the measures its batch view ranks by.
            let scored = try tree.scoredTree(context.parameters)
            evaluation = scored.evaluation(of: scored.score(ScoredTree.values(from: input.facts)))
        }
        for definition in context.descriptor.indicators where self.pack.tree?.codes.contains(definition.code) != true {
            guard let rule = self.pack.rules[definition.code] else {
                throw DudaoError(.internal, "pack \(self.pack.descriptor.id) has no rule for \(definition.code)")
            }
            if let result = self.pack.unconfiguredResult(definition, rule: rule, context: context, input: input) {
                results[definition.code] = result
                evaluation.indicators.append(result)
                continue
            }
            let (result, findings) = try RuleEvaluation(
                definition: definition, input: input, parameters: context.parameters, earlier: results, checklist: self.pack.checklist,
                presentation: self.pack.reporting.presentation(definition.code, schema: context.descriptor.schema)
            ).evaluate(rule)
            results[definition.code] = result
            evaluation.indicators.append(result)
            evaluation.findings += findings
            if self.pack.measures == nil, let value = result.value { evaluation.measures[definition.code] = value }
        }
        evaluation.findings = try self.pack.reporting.dated(evaluation.findings, input: input, parameters: context.parameters)
        if let warning = self.pack.unconfiguredWarning(context, input: input) { evaluation.warnings.append(warning) }
        evaluation.vetoes += self.pack.vetoes.map { veto in
            let fired = input.facts[veto.field]?.value.booleanValue
            let note = fired == nil ? MissingNote.explanation([.fact(veto.field)]) : MissingNote(zh: fired! ? "发生：\(veto.nameZh)" : "未发生", en: fired! ? "happened: \(veto.nameEn)" : "did not happen")
            return VetoResult(code: veto.code, zh: veto.nameZh, en: veto.nameEn, fired: fired, citation: veto.citation, status: veto.status, explanationZh: note.zh, explanationEn: note.en)
        }
        for measure in self.pack.measures ?? [] {
            evaluation.measures[measure.key] = measure.value(evaluation.indicators)
        }
        evaluation.warnings += try self.pack.warnings.flatMap {
            try $0.warnings(input, parameters: context.parameters, indicators: evaluation.indicators, findings: evaluation.findings)
        }
        evaluation.measures.merge(self.pack.inputRules.measures(input)) { _, fact in fact }
        return evaluation
    }

    /// A subject outside the codes the schema gives its kind, a text fact outside the values the
    /// schema allows, or a parameter outside its range is refused, naming the field.
    public func validate(_ input: AssessmentInput, parameters: ParameterSet) -> [ValidationIssue] {
        let ranges = self.pack.ranges.sorted { $0.key < $1.key }.compactMap { key, range in parameters.issue(key, outside: range) }
        return [self.pack.inputRules.check(input.subject)].compactMap { $0 } + ranges + self.pack.allowedValues.sorted { $0.key < $1.key }.compactMap { key, allowed in
            guard let value = input.facts[key]?.value.textValue, !allowed.contains(value) else { return nil }
            return ValidationIssue(
                path: "facts.\(key)", rule: .notAllowed,
                zh: "\(key) 应为 \(allowed.joined(separator: "/"))，实际为 \(value)", en: "\(key) must be one of \(allowed.joined(separator: ", ")); got \(value)"
            )
        }
    }

    /// The province view of a batch: one row per subject, ranked when the pack says by what, and
    /// the share of subjects passing against the pack's target when it names one.
    public func summarize(_ results: [AssessmentResult]) -> BatchSummary? {
        (self.pack.province ?? PackProvinceView()).summary(results, descriptor: self.pack.descriptor, tree: self.pack.tree)
    }
}
