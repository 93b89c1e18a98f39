import DudaoCore

/// How a pack treats the units of an input and reports on them: each unit's scope and the kinds a
/// parameter leaves out (section `units`), the deadline of every finding (section `findings`), and
/// the standard's words for each unit rule (`wording` beside an indicator's rule).
struct PackReporting: Sendable, Hashable {
    /// Units of some kinds left out unless a boolean parameter includes them, with the notice
    /// that says so (e.g. kindergartens, `include_kindergartens`).
    struct Exclusion: Sendable, Hashable {
        var kinds: [UnitKind]
        var unless: String
        var code: String
        var text: PackText
    }

    /// The text unit field naming each unit's scope (e.g. its 督学责任区).
    var scopeField: String?
    var exclusion: Exclusion?
    /// The integer parameter of days from the period's date to rectify a finding.
    var rectificationDays: String?
    /// By indicator code.
    var wordings: [String: RulePresentation.Wording] = [:]

    var parameters: [(key: String, type: ValueType)] {
        (self.exclusion.map { [($0.unless, ValueType.boolean)] } ?? []) + (self.rectificationDays.map { [($0, ValueType.integer)] } ?? [])
    }

    /// The input's units this evaluation counts, and the notice when some were left out.
    func units(_ input: AssessmentInput, parameters: ParameterSet) throws -> (units: [Unit], notice: Warning?) {
        guard let exclusion = self.exclusion, try !parameters.boolean(exclusion.unless) else { return (input.units, nil) }
        let kept = input.units.filter { !exclusion.kinds.contains($0.kind) }
        guard kept.count < input.units.count else { return (kept, nil) }
        return (kept, Warning(code: exclusion.code, zh: exclusion.text.zh, en: exclusion.text.en))
    }

    /// Gives every finding without a deadline the rectification period's.
    func dated(_ findings: [Finding], input: AssessmentInput, parameters: ParameterSet) throws -> [Finding] {
        guard let key = self.rectificationDays else { return findings }
        let deadline = input.period.referenceDate.adding(days: try parameters.integer(key))
        return findings.map { finding in
            var finding = finding
            if finding.deadline == nil { finding.deadline = deadline }
            return finding
        }
    }

    func presentation(_ code: String, schema: InputSchema) -> RulePresentation {
        RulePresentation(wording: self.wordings[code], scopeField: self.scopeField, schema: schema)
    }
}

extension PackReader {
    /// `units: {scope: FIELD, exclude: {kinds: […], unless: PARAMETER, warning: {code, text}}}`.
    func readUnits(_ node: PackNode, into reporting: inout PackReporting) {
        node.allowOnly(["scope", "exclude"])
        reporting.scopeField = node.optional("scope")?.text
        if let exclude = node.optional("exclude") {
            exclude.allowOnly(["kinds", "unless", "warning"])
            guard let kinds = exclude.required("kinds")?.items.compactMap(\.text), let unless = exclude.required("unless")?.text,
                let warning = exclude.required("warning")
            else { return }
            warning.allowOnly(["code", "text"])
            guard let code = warning.required("code")?.text, let text = warning.required("text")?.names else { return }
            reporting.exclusion = PackReporting.Exclusion(kinds: kinds.map { UnitKind(rawValue: $0) }, unless: unless, code: code, text: PackText(zh: text.zh, en: text.en))
        }
    }

    /// `findings: {rectification_days: PARAMETER}`.
    func readFindings(_ node: PackNode, into reporting: inout PackReporting) {
        node.allowOnly(["rectification_days"])
        reporting.rectificationDays = node.required("rectification_days")?.text
    }
}

extension PackLoader {
    /// The scope is a text unit field, and the parameters exist with their types.
    static func checkReporting(_ reporting: PackReporting, place: PackDraft.Place, schema: InputSchema, editions: [Edition], errors: inout [PackError]) {
        if let key = reporting.scopeField, schema.unitField(key)?.type != .text {
            errors.append(place.error("unknown-field", "units.scope names \(key), which schema.unit_fields does not declare as a text"))
        }
        for (key, type) in reporting.parameters {
            for edition in editions where edition.parameters[key]?.value.type != type {
                errors.append(place.error("unknown-parameter", "the pack uses parameter \(key) as a \(type.rawValue); edition \(edition.id) does not declare it so"))
            }
        }
    }
}
