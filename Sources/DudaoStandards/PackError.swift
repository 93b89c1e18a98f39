/// Why a standard pack was refused: the file, the line and column, the rule it breaks, and what
/// is wrong, so the person who wrote the pack can go straight to the place.
public struct PackError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, relative to the pack's folder where possible.
    public var file: String
    /// 1-based; 0 when the problem is not in one place of the file (e.g. a missing section).
    public var line: Int
    public var column: Int
    /// A short stable name of the broken rule, e.g. `unknown-field` or `example-failed`.
    public var rule: String
    public var message: String

    public init(file: String, line: Int, column: Int, rule: String, _ message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.rule = rule
        self.message = message
    }

    /// `file:line:column: [rule] message`, the form compilers use, so editors can jump to it.
    public var description: String {
        "\(self.file):\(self.line):\(self.column): [\(self.rule)] \(self.message)"
    }
}

/// Every problem found in one pack; a pack is checked completely, so one run lists them all.
public struct PackErrors: Error, Sendable, CustomStringConvertible {
    public var pack: String
    public var errors: [PackError]

    public init(pack: String, errors: [PackError]) {
        self.pack = pack
        self.errors = errors
    }

    public var description: String {
        "standard pack \(self.pack) refused (\(self.errors.count) problem(s)):\n" + self.errors.map { "  \($0)" }.joined(separator: "\n")
    }
}
