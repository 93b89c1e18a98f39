import DudaoCore

/// A checklist of a pack, applied to every unit on the core's ``Checklist`` kit: items of yes/no
/// checks and evidence, each mandatory or not by a parameter, with a rectification period.
struct PackChecklist: Sendable, Hashable {
    struct Item: Sendable, Hashable {
        var code: String
        var nameZh: String
        var nameEn: String
        var checks: [String]
        var evidence: [String]
        /// The boolean parameter that makes the item mandatory.
        var mandatory: String
        var citation: Citation
        var status: StatusTag
    }

    var items: [Item]
    /// The boolean parameter that requires a met item to name its evidence.
    var requiresEvidence: String
    /// The integer parameter of days to rectify an unmet item.
    var rectificationDays: String
    var wording = Wording()

    var parameters: [String] { self.items.map(\.mandatory) + [self.requiresEvidence, self.rectificationDays] }

    /// The kit's checklist with this edition's figures.
    func checklist(_ parameters: ParameterSet) throws -> Checklist {
        Checklist(
            items: try self.items.map { item in
                ChecklistItem(
                    item.code, zh: item.nameZh, en: item.nameEn, mandatory: try parameters.boolean(item.mandatory),
                    checks: item.checks, evidence: item.evidence, citation: item.citation, status: item.status
                )
            },
            requiresEvidence: try parameters.boolean(self.requiresEvidence),
            rectificationDays: try parameters.integer(self.rectificationDays)
        )
    }
}
