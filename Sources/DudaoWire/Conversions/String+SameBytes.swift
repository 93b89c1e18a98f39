import Foundation

extension String {
    /// Whether both strings hold the same UTF-8 bytes: exact, unlike `==`, which compares
    /// canonical equivalents (and is slower for Chinese text).
    func hasSameBytes(as other: String) -> Bool {
        let lhs = self.utf8
        let rhs = other.utf8
        guard lhs.count == rhs.count else { return false }
        let compared = lhs.withContiguousStorageIfAvailable { left in
            rhs.withContiguousStorageIfAvailable { right in
                left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0
            }
        }
        return (compared ?? nil) ?? lhs.elementsEqual(rhs)
    }
}
