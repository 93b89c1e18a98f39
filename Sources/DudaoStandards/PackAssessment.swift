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
        for definition in context.descriptor.indicators {
            guard let rule = self.pack.rules[definition.code] else {
                throw DudaoError(.internal, "pack \(self.pack.descriptor.id) has no rule for \(definition.code)")
            }
            if let result = self.pack.unconfiguredResult(definition, rule: rule, context: context, input: input) {
                results[definition.code] = result
                evaluation.indicators.append(result)
                continue
            }
            let (result, findings) = try RuleEvaluation(definition: definition, input: input, parameters: context.parameters, earlier: results, checklist: self.pack.checklist)
                .evaluate(rule)
            results[definition.code] = result
            evaluation.indicators.append(result)
            evaluation.findings += findings
            if let value = result.value { evaluation.measures[definition.code] = value }
        }
        if let warning = self.pack.unconfiguredWarning(context, input: input) { evaluation.warnings.append(warning) }
        evaluation.vetoes = self.pack.vetoes.map { veto in
            let fired = input.facts[veto.field]?.value.booleanValue
            let note = fired == nil ? MissingNote.explanation([.fact(veto.field)]) : MissingNote(zh: fired! ? "发生：\(veto.nameZh)" : "未发生", en: fired! ? "happened: \(veto.nameEn)" : "did not happen")
            return VetoResult(code: veto.code, zh: veto.nameZh, en: veto.nameEn, fired: fired, citation: veto.citation, status: veto.status, explanationZh: note.zh, explanationEn: note.en)
        }
        return evaluation
    }

    /// The province view of a batch: one row per subject, ranked when the pack says by what, and
    /// the share of subjects passing against the pack's target when it names one.
    public func summarize(_ results: [AssessmentResult]) -> BatchSummary? {
        (self.pack.province ?? PackProvinceView()).summary(results, descriptor: self.pack.descriptor)
    }
}
