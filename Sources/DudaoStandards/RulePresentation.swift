import DudaoCore

/// How a pack's unit rules (`each_unit`, `group_count`) present their results: in the standard's
/// own words (`wording` beside an indicator's rule), each unit's row and finding with its scope
/// (`schema.unit_scope`, e.g. a 督学责任区) and a finding's figures in the unit of its field.
struct RulePresentation: Sendable {
    /// The texts that replace the generic ones, each `{zh, en}` with placeholders:
    /// `result` (`{total}`, `{met}` for each unit; `{highest}`, `{limit}` for a group count),
    /// `missing` (`{count}`, `{units}`, `{field}`) and `finding` (`{unit}`, `{value}`,
    /// `{threshold}`; `{group}`, `{count}`, `{limit}` for a group over its limit).
    struct Wording: Sendable, Hashable {
        var result: PackText?
        var missing: PackText?
        var finding: PackText?

        static let keys: Set<String> = ["result", "missing", "finding"]
    }

    var wording: Wording?
    /// The text unit field naming each unit's scope.
    var scopeField: String?
    var schema: InputSchema?

    /// The unit's scope, trimmed; `nil` when the pack names none or the unit leaves it out.
    func scope(of unit: Unit) -> String? {
        self.scopeField.flatMap { unit.fields[$0]?.value.textValue?.trimmingCharacters(in: " \t") }
    }

    /// `text` in the standard's words when the pack gives them, else `generic`.
    func text(_ text: KeyPath<Wording, PackText?>, _ figures: [String: String], generic: (zh: String, en: String)) -> (zh: String, en: String) {
        self.wording?[keyPath: text]?.filled(figures) ?? generic
    }

    /// The unit a per-unit figure is in: its field's, for a rule that reads one field.
    func unit(of measure: PackMeasure) -> String? {
        guard case .field(let key) = measure else { return nil }
        return self.schema?.unitField(key)?.unit
    }
}

extension PackReader {
    /// `wording:` beside an indicator's rule.
    func readRuleWording(_ node: PackNode?) -> RulePresentation.Wording? {
        guard let node else { return nil }
        node.allowOnly(RulePresentation.Wording.keys)
        func text(_ key: String) -> PackText? { node.optional(key)?.names.map { PackText(zh: $0.zh, en: $0.en) } }
        return RulePresentation.Wording(result: text("result"), missing: text("missing"), finding: text("finding"))
    }
}
