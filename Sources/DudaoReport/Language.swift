/// The language of a printed report.
public enum Language: String, Sendable, CaseIterable {
    case zh
    case en

    /// Picks the Chinese or the English text.
    public func pick(_ zh: String, _ en: String) -> String { self == .zh ? zh : en }
}
