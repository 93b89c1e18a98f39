public import DudaoCore

/// The editions of the reopening check.
public enum ReopeningEditions {
    public enum Key {
        public static let rectificationDays = "rectification_days"
        public static let evidenceRequired = "evidence_required"
        public static func mandatory(_ code: String) -> String { "mandatory.\(code)" }
    }

    public static let edition2020 = Edition(
        id: "2020",
        titleZh: "开学返校专项督导核验清单（2020）",
        titleEn: "School reopening special supervision checklist (2020)",
        effectiveFrom: CalendarDate(year: 2020, month: 1, day: 1)!,
        documents: ReopeningDocuments.all,
        parameters: parameters(),
        notes: [
            "Partly confirmed [P]: the items, from the 2020 Zhejiang guidance summary and the 台州 local checklist; no official province-wide checklist text was retrieved.",
            "UNCONFIRMED [U]: which items are mandatory beyond 'no opening unless conditions, measures and drills are in place', the rectification period, and whether evidence must be named. All are parameters.",
        ]
    )

    public static let all: [Edition] = [edition2020]

    static func parameters() -> [Parameter] {
        var parameters = ReopeningItems.rows.map { row in
            Parameter(
                Key.mandatory(row.code), .boolean(row.mandatory), nameZh: "\(row.zh)：是否为必备项", nameEn: "\(row.en): mandatory",
                citation: row.source.cite(row.code, note: "no opening unless conditions, measures and drills are in place"), status: .unconfirmed
            )
        }
        parameters += [
            Parameter(
                Key.rectificationDays, .integer(3), nameZh: "整改期限（日，自核验日起）", nameEn: "Rectification period (days from the inspection)", unit: "日",
                citation: ReopeningDocuments.taizhouChecklist.cite("开学前一周内核验", note: "the inspection is within a week of opening; the period is a choice"), status: .unconfirmed
            ),
            Parameter(
                Key.evidenceRequired, .boolean(true), nameZh: "须写明佐证材料", nameEn: "Evidence must be named",
                citation: ReopeningDocuments.taizhouChecklist.cite("核验方式"), status: .unconfirmed
            ),
        ]
        return parameters
    }

    /// The checklist the parameters give.
    static func checklist(_ parameters: ParameterSet) throws -> Checklist {
        let items = try ReopeningItems.rows.map { row in
            ChecklistItem(
                row.code, zh: row.zh, en: row.en, mandatory: try parameters.boolean(Key.mandatory(row.code)),
                checks: row.checks.map(\.key), evidence: row.evidence.map(\.key),
                citation: row.source.cite(row.code), status: .partial
            )
        }
        return Checklist(
            items: items,
            requiresEvidence: try parameters.boolean(Key.evidenceRequired),
            rectificationDays: try parameters.integer(Key.rectificationDays)
        )
    }
}
