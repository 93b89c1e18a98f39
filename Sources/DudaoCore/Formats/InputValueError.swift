/// A value of a JSON input that decodes but means nothing, said in both languages.
///
/// `DecodingError` carries one English sentence; a clerk reading Chinese output needs the rule in
/// Chinese too, and once, not repeated by every layer that wraps it.
public struct InputValueError: Error, Sendable {
    public var path: String
    public var zh: String
    public var en: String

    public init(codingPath: [any CodingKey], zh: String, en: String) {
        self.path = codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingPrefix(".").description
        self.zh = zh
        self.en = en
    }
}
