extension String {
    /// The string cut to at most `maxBytes` bytes of UTF-8 at a character boundary, with `…`
    /// (3 bytes, counted) in place of what was cut.
    ///
    /// Text that comes from a caller (a client name, a trace id, a method name) is cut with this
    /// before it is logged, stored or echoed, so its size is the server's choice, not the caller's.
    public func truncated(toUTF8Bytes maxBytes: Int) -> String {
        guard self.utf8.count > maxBytes else { return self }
        let ellipsis = "…"
        let budget = max(0, maxBytes - ellipsis.utf8.count)
        var kept = 0
        var end = self.startIndex
        for character in self {
            let size = character.utf8.count
            guard kept + size <= budget else { break }
            kept += size
            end = self.index(after: end)
        }
        return String(self[..<end]) + ellipsis
    }
}
