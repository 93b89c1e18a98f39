import DudaoCore

extension PackLoader {
    /// `province.rows` and `province.share` reshape a scored tree's ranking, so they need a tree
    /// and neither `rank_by` nor `target_share`; the share's fact is a yes/no fact carried as a
    /// measure, and its target a number parameter with a value in every edition.
    static func checkProvinceShare(
        _ view: PackProvinceView, place: PackDraft.Place, draft: PackDraft, schema: InputSchema, editions: [Edition], errors: inout [PackError]
    ) {
        let reshaped = view.share != nil || view.rows != PackProvinceRows()
        if reshaped && (draft.tree == nil || view.rankBy != nil || view.targetShare != nil) {
            errors.append(place.error("bad-rule", "province.rows and province.share reshape a scored tree's ranking: they need a tree and neither rank_by nor target_share"))
        }
        guard let share = view.share else { return }
        if schema.fact(share.fact)?.type != .boolean || !(draft.inputRules?.factMeasures.contains(share.fact) ?? false) {
            errors.append(place.error("unknown-field", "province.share counts \(share.fact), which must be a boolean fact of schema.facts with measure: true"))
        }
        for edition in editions where edition.parameters[share.target]?.value.numberValue == nil {
            errors.append(place.error("unknown-parameter", "province.share names target \(share.target), which edition \(edition.id) does not declare as a number"))
        }
        if draft.unconfigured.values.contains(where: { $0.contains(share.target) }) {
            errors.append(place.error("no-default", "province.share names target \(share.target), which has no value; only a rule's threshold or weight may be left without a default"))
        }
    }

    /// The sample's parameters exist with their types and values in every edition.
    static func checkProvinceSample(_ sample: PackProvinceSample, place: PackDraft.Place, draft: PackDraft, editions: [Edition], errors: inout [PackError]) {
        Self.checkParameters(sample.parameters, of: "province.sample", place: place, editions: editions, errors: &errors)
        let open = draft.unconfigured.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        for (key, _) in sample.parameters where open.contains(key) {
            errors.append(place.error("no-default", "province.sample uses parameter \(key), which has no value; only a rule's threshold or weight may be left without a default"))
        }
    }
}
