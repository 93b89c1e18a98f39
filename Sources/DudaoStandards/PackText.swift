import Foundation

/// A Chinese and an English text of a pack with `{name}` placeholders for figures, e.g.
/// `{zh: "{count} 所学校无法判定", en: "{count} schools undecided"}`.
struct PackText: Sendable, Hashable {
    var zh: String
    var en: String

    func filled(_ figures: [String: String]) -> (zh: String, en: String) {
        self.filled(zh: figures, en: figures)
    }

    /// With figures that read differently in each language (a list of names or of codes).
    func filled(zh: [String: String], en: [String: String]) -> (zh: String, en: String) {
        func fill(_ text: String, _ figures: [String: String]) -> String {
            figures.reduce(text) { text, figure in text.replacingOccurrences(of: "{\(figure.key)}", with: figure.value) }
        }
        return (fill(self.zh, zh), fill(self.en, en))
    }
}
