/// One reason an item cannot be assessed, naming the missing field, in both languages.
///
/// The house rule is that a missing figure makes the items that need it "not assessable" with an
/// explanation naming the field, never a silent zero; this type keeps that wording the same in
/// every module.
public struct MissingNote: Sendable, Hashable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// A subject fact the input lacks: `field facts.<key> missing`.
    public static func fact(_ key: String) -> MissingNote {
        MissingNote(zh: "缺少字段 facts.\(key)", en: "field facts.\(key) missing")
    }

    /// A free-standing reason, e.g. "no child is enrolled".
    public static func reason(zh: String, en: String) -> MissingNote {
        MissingNote(zh: zh, en: en)
    }

    /// `不可评估：…；…` / `not assessable: …; …` for the given notes.
    public static func explanation(_ notes: [MissingNote]) -> MissingNote {
        MissingNote(
            zh: "不可评估：" + notes.map(\.zh).joined(separator: "；"),
            en: "not assessable: " + notes.map(\.en).joined(separator: "; ")
        )
    }
}
