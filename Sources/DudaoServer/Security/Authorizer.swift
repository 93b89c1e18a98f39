import DudaoCore

/// Decides whether a caller may call a method, and which regions it may see.
///
/// The dispatcher consults it once per call, before the method runs, so every method (those of
/// the record store included) is covered by the same rule. Without a policy every caller may do
/// everything: today's behaviour on loopback.
public struct Authorizer: Sendable {
    public let policy: AccessPolicy?
    private let rules: [String: AccessPolicy.Rule]

    public init(policy: AccessPolicy?) {
        self.policy = policy
        var rules: [String: AccessPolicy.Rule] = [:]
        for rule in policy?.callers ?? [] {
            rules[rule.identity] = rule
        }
        self.rules = rules
    }

    /// The caller as the policy sees it, allowed to call `method`.
    ///
    /// - Parameters:
    ///   - identity: The proved identity, `nil` for a caller without a credential.
    /// - Throws: `UNAUTHENTICATED` for an identity the policy does not know (or no credential when
    ///   the policy has no anonymous rule), `PERMISSION_DENIED` for a known caller calling a method
    ///   outside its rule.
    public func authorize(method: String, identity: String?, credential: AuthenticatedCaller.Credential) throws -> AuthenticatedCaller {
        guard let policy = self.policy else {
            return AuthenticatedCaller(identity: identity, credential: credential)
        }
        let rule: AccessPolicy.Rule
        if let identity {
            guard let known = self.rules[identity] else {
                throw DudaoError(.unauthenticated, "the caller is not known to this server")
            }
            rule = known
        } else {
            guard let anonymous = policy.anonymous else {
                throw DudaoError(.unauthenticated, "this server requires a client certificate or an API token")
            }
            rule = anonymous
        }
        guard rule.allows(method: method) else {
            throw DudaoError(.permissionDenied, "\(identity ?? "an anonymous caller") may not call \(method)")
        }
        return AuthenticatedCaller(
            identity: identity,
            credential: credential,
            assessments: rule.assessments.contains("*") ? nil : Set(rule.assessments),
            regions: RegionScope(rule.regions),
            evaluations: rule.evaluations.map(Set.init) ?? Set(EvaluationKind.allCases)
        )
    }

    /// The regions `identity` may evaluate and read: nothing for an unknown caller.
    public func scope(for identity: String?) -> RegionScope {
        guard let policy = self.policy else { return .all }
        guard let identity else { return policy.anonymous.map { RegionScope($0.regions) } ?? .prefixes([]) }
        return self.rules[identity].map { RegionScope($0.regions) } ?? .prefixes([])
    }
}
