extension String.UTF8View {
    /// Whether `word` occurs, compared byte by byte: `String.contains` took a tenth of the start.
    func containsBytes(of word: String) -> Bool {
        let needle = Array(word.utf8)
        guard let first = needle.first else { return true }
        return self.withContiguousStorageIfAvailable { bytes in
            guard bytes.count >= needle.count else { return false }
            var index = 0
            while index <= bytes.count - needle.count {
                if bytes[index] == first && bytes[index..<(index + needle.count)].elementsEqual(needle) { return true }
                index += 1
            }
            return false
        } ?? String(self).contains(word)
    }
}
