import DudaoCore
public import Foundation

/// The authorization policy: per caller, the methods, assessments and regions it may use.
///
/// Read from a JSON file given to `dudaod --policy`:
///
/// ```json
/// {
///   "callers": [
///     {"identity": "hangzhou-city", "methods": ["dudao.v1.Assessments/*", "dudao.v1.Health/*"],
///      "assessments": ["*"], "regions": ["3301"]}
///   ],
///   "anonymous": null
/// }
/// ```
///
/// A caller not listed is unknown and gets `UNAUTHENTICATED`; `anonymous`, when present, is the
/// rule for callers that show no credential at all (leave it out to require one).
public struct AccessPolicy: Sendable, Hashable, Codable {
    /// What one caller may do.
    public struct Rule: Sendable, Hashable, Codable {
        /// The certificate common name or token name this rule is for; ignored for `anonymous`.
        public var identity: String
        /// Fully qualified methods (`dudao.v1.Assessments/Evaluate`), a service with `/*`
        /// (`dudao.v1.Records/*`), or `*` for all.
        public var methods: [String]
        /// Assessment ids, or `*` for all.
        public var assessments: [String]
        /// Region code prefixes (`3301` covers Hangzhou and its counties), or `*` for all.
        public var regions: [String]
        /// The kinds of evaluation it may ask for: `official` (stored as a record) and `preview`
        /// (a self-check or what-if run, audited but not stored). Absent means both.
        public var evaluations: [EvaluationKind]?

        public init(identity: String, methods: [String], assessments: [String] = ["*"], regions: [String], evaluations: [EvaluationKind]? = nil) {
            self.identity = identity
            self.methods = methods
            self.assessments = assessments
            self.regions = regions
            self.evaluations = evaluations
        }

        /// Whether the rule lets its caller call `method`.
        public func allows(method: String) -> Bool {
            self.methods.contains { pattern in
                if pattern == "*" || pattern == method { return true }
                if pattern.hasSuffix("/*") {
                    return method.hasPrefix(pattern.dropLast())
                }
                return false
            }
        }
    }

    public var callers: [Rule]
    public var anonymous: Rule?

    public init(callers: [Rule], anonymous: Rule? = nil) {
        self.callers = callers
        self.anonymous = anonymous
    }

    /// Reads and checks a policy file.
    ///
    /// - Throws: `INVALID_ARGUMENT` naming the file and the problem.
    public static func load(from url: URL) throws -> AccessPolicy {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DudaoError(.invalidArgument, "cannot read the policy file \(url.path): \(error.localizedDescription)")
        }
        return try self.decode(data, what: "the policy file \(url.path)")
    }

    /// The keys a policy file may hold, at the top and in each rule.
    static let topLevelKeys: Set<String> = ["callers", "anonymous"]
    static let ruleKeys: Set<String> = ["identity", "methods", "assessments", "regions"]

    /// Reads and checks a policy's JSON text.
    ///
    /// A key the policy does not know is refused, naming it: a misspelt `"anonymus"` would
    /// otherwise be ignored, and the rule meant for anonymous callers silently not apply.
    ///
    /// - Throws: `INVALID_ARGUMENT` naming `what`, the place and the problem.
    public static func decode(_ data: Data, what: String) throws -> AccessPolicy {
        try JSONSyntaxCheck.check(data, what: what)
        let object = try? JSONSerialization.jsonObject(with: data)
        guard let top = object as? [String: Any] else {
            throw DudaoError(.invalidArgument, "\(what) must hold a JSON object with \"callers\" (and optionally \"anonymous\")")
        }
        try Self.refuseUnknownKeys(in: top, known: Self.topLevelKeys, at: "", what: what)
        for (index, rule) in ((top["callers"] as? [Any]) ?? []).enumerated() {
            try Self.refuseUnknownKeys(in: rule as? [String: Any] ?? [:], known: Self.ruleKeys, at: "callers[\(index)].", what: what)
        }
        if let anonymous = top["anonymous"] as? [String: Any] {
            try Self.refuseUnknownKeys(in: anonymous, known: Self.ruleKeys, at: "anonymous.", what: what)
        }
        let policy: AccessPolicy
        do {
            policy = try JSONDecoder().decode(AccessPolicy.self, from: data)
        } catch let error as DecodingError {
            throw DudaoError(.invalidArgument, "\(what): \(Self.describe(error))")
        }
        try policy.check()
        return policy
    }

    private static func describe(_ error: DecodingError) -> String {
        let place = { (context: DecodingError.Context) in context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined() }
        switch error {
        case .keyNotFound(let key, let context): return "\(place(context)).\(key.stringValue) is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(place(context)): \(context.debugDescription)"
        @unknown default: return "the policy does not decode"
        }
    }

    private static func refuseUnknownKeys(in object: [String: Any], known: Set<String>, at prefix: String, what: String) throws {
        let unknown = object.keys.filter { !known.contains($0) }.sorted()
        guard let first = unknown.first else { return }
        throw DudaoError(
            .invalidArgument,
            "\(what): unknown key \"\(prefix)\(first)\"\(unknown.count > 1 ? " (and \(unknown.count - 1) more)" : ""); known here: \(known.sorted().joined(separator: ", "))"
        )
    }

    /// Refuses a policy that names a caller twice or leaves a rule without regions.
    public func check() throws {
        var seen = Set<String>()
        for rule in self.callers {
            guard !rule.identity.isEmpty else { throw DudaoError(.invalidArgument, "a policy rule has an empty identity") }
            guard seen.insert(rule.identity).inserted else {
                throw DudaoError(.invalidArgument, "the policy names the caller \(rule.identity) twice")
            }
        }
        for rule in self.callers + (self.anonymous.map { [$0] } ?? []) where rule.regions.isEmpty {
            throw DudaoError(.invalidArgument, "the policy rule for \(rule.identity) lists no regions; use [\"*\"] for all")
        }
    }
}
