extension StringProtocol {
    /// Without leading and trailing white space (full-width spaces and line breaks too), in Swift
    /// rather than through Foundation's `CharacterSet`, which is slow on the evaluation path.
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
