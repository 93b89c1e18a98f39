import DudaoCore

/// Collects every problem found while turning a protobuf message into domain values.
///
/// A protobuf message can decode cleanly and still lack what the domain needs: an unset `oneof`,
/// an enum left at its `UNSPECIFIED` zero, a date that is not a date. Conversions note each
/// problem with its path and go on, so the caller hears about all of them at once, as the
/// validator reports input problems.
struct ConversionIssues {
    private(set) var issues: [ValidationIssue] = []

    var isEmpty: Bool { self.issues.isEmpty }

    mutating func missing(_ path: String) {
        self.issues.append(ValidationIssue(path: path, rule: .required, zh: "缺少 \(path)", en: "\(path) is required"))
    }

    mutating func invalid(_ path: String, rule: ValidationRule = .typeMismatch, zh: String, en: String) {
        self.issues.append(ValidationIssue(path: path, rule: rule, zh: zh, en: en))
    }

    /// Throws ``DudaoError/Code/invalidArgument`` listing every problem, if there is any.
    func check(_ what: String) throws {
        guard self.issues.isEmpty else {
            throw DudaoError(.invalidArgument, "the \(what) breaks \(self.issues.count) rule(s) of the protocol", violations: self.issues)
        }
    }

    /// Runs a conversion that collects issues and throws when it found any.
    static func convert<T>(_ what: String, _ body: (inout ConversionIssues) -> T?) throws -> T {
        var issues = ConversionIssues()
        let value = body(&issues)
        try issues.check(what)
        guard let value else {
            throw DudaoError(.invalidArgument, "the \(what) could not be read")
        }
        return value
    }
}

/// Joins a path prefix and a member name: `join("", "subject")` is `subject`,
/// `join("units[2]", "id")` is `units[2].id`.
func join(_ prefix: String, _ member: String) -> String {
    prefix.isEmpty ? member : "\(prefix).\(member)"
}

extension Int {
    /// The value as an `Int32`, clamped: counts, years and decimals all fit comfortably.
    var int32: Int32 { Int32(clamping: self) }
}
