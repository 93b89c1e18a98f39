/// Finds the field a clerk meant: by its Chinese name, or by a key one or two letters off.
enum FieldSuggestion {
    /// The field whose Chinese name is `text`, with or without its unit (`小学在校生数（人）`).
    static func named(_ text: String, among specs: [FieldSpec]) -> FieldSpec? {
        let bare = text.split(separator: "（", maxSplits: 1).first.map(String.init)?.split(separator: "(", maxSplits: 1).first.map(String.init) ?? text
        let name = bare.trimmingWhitespace()
        guard !name.isEmpty, name.unicodeScalars.contains(where: { !$0.isASCII }) else { return nil }
        return specs.first { $0.nameZh == name || $0.nameZh == text }
    }

    /// The key nearest to `key` by edit distance, when near enough to be a misspelling of it.
    static func nearest(to key: String, among specs: [FieldSpec]) -> FieldSpec? {
        let limit = max(1, min(3, key.count / 4))
        var best: (spec: FieldSpec, distance: Int)?
        for spec in specs {
            let distance = self.distance(Array(key.lowercased().utf8), Array(spec.key.utf8))
            if distance <= limit, distance < (best?.distance ?? .max) { best = (spec, distance) }
        }
        return best?.spec
    }

    /// Levenshtein distance.
    static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
