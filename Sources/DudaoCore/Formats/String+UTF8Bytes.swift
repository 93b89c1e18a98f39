import Foundation

extension String {
    /// The order of the two strings' UTF-8 bytes, compared as memory: negative, zero or positive.
    ///
    /// Exact where `==` and `<` compare canonical equivalents, and much faster than comparing two
    /// `UTF8View`s element by element.
    public func compareUTF8Bytes(with other: String) -> Int {
        var left = self
        var right = other
        return left.withUTF8 { a in
            right.withUTF8 { b in
                let common = min(a.count, b.count)
                if common > 0 {
                    let order = memcmp(a.baseAddress!, b.baseAddress!, common)
                    if order != 0 { return Int(order) }
                }
                return a.count - b.count
            }
        }
    }

    /// Whether both strings hold the same UTF-8 bytes.
    public func hasSameUTF8Bytes(as other: String) -> Bool {
        self.utf8.count == other.utf8.count && self.compareUTF8Bytes(with: other) == 0
    }
}
