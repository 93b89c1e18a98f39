import DudaoCore

extension PackChecklist {
    /// How a checklist's results read (`wording:` in the checklist), so a standard speaks of its
    /// own units ("16 所学校中 15 所具备开学条件") rather than of units in general. Each text is
    /// `{zh, en}` with placeholders; what a pack leaves out reads generically.
    struct Wording: Sendable, Hashable {
        /// The gate's explanation: `{total}` units, `{cleared}` of them with every mandatory item.
        var gate = PackText(zh: "{total} 个单位中 {cleared} 个必备项全部落实", en: "{cleared} of {total} units have every mandatory item in place")
        /// Appended when some units are not cleared: `{units}` lists them with their items.
        var blocked = PackText(zh: "；未落实：{units}", en: "; not cleared: {units}")
        /// The note on the row of a unit not cleared, before its items (Chinese, as every row note).
        var blockedNote = "不具备条件"
        /// An item's explanation: `{count}` units without it.
        var item = PackText(zh: "未落实 {count} 个单位", en: "{count} units not in place")
        /// Appended to an item's explanation when some units cannot be judged: `{count}` of them.
        var itemUndecided = PackText(zh: "，无法判定 {count} 个（缺少数据）", en: "; {count} undecided (data missing)")

        static let keys: Set<String> = ["gate", "blocked", "blocked_note", "item", "item_undecided"]
    }
}

extension PackReader {
    /// `wording:` of a checklist: any of `gate`, `blocked`, `item`, `item_undecided` (`{zh, en}`)
    /// and `blocked_note` (text).
    func readChecklistWording(_ node: PackNode?) -> PackChecklist.Wording {
        var wording = PackChecklist.Wording()
        guard let node else { return wording }
        node.allowOnly(PackChecklist.Wording.keys)
        func text(_ key: String) -> PackText? {
            node.optional(key)?.names.map { PackText(zh: $0.zh, en: $0.en) }
        }
        wording.gate = text("gate") ?? wording.gate
        wording.blocked = text("blocked") ?? wording.blocked
        wording.item = text("item") ?? wording.item
        wording.itemUndecided = text("item_undecided") ?? wording.itemUndecided
        wording.blockedNote = node.optional("blocked_note")?.text ?? wording.blockedNote
        return wording
    }
}
