/// Who a call comes from, as proved by a credential, and what the policy lets it do.
///
/// Built once per call by ``SecurityGate`` and handed to the method in its ``CallContext``.
public struct AuthenticatedCaller: Sendable, Hashable {
    /// How the caller proved who it is.
    public enum Credential: String, Sendable, Hashable {
        /// A client certificate, verified against the configured CA during the TLS handshake.
        case certificate
        /// An API token sent as `authorization: Bearer …`.
        case token
        /// Nothing: the policy's anonymous rule, or a daemon without a policy.
        case none
    }

    /// The proved identity: the certificate's subject common name or the token's name; `nil`
    /// when the caller is anonymous.
    public var identity: String?
    public var credential: Credential
    /// The assessments it may use; `nil` means all.
    public var assessments: Set<String>?
    /// The region codes it may evaluate and read.
    public var regions: RegionScope
    /// Whether it may ask for official evaluations, previews, or both.
    public var evaluations: Set<EvaluationKind>

    public init(
        identity: String?,
        credential: Credential,
        assessments: Set<String>? = nil,
        regions: RegionScope = .all,
        evaluations: Set<EvaluationKind> = Set(EvaluationKind.allCases)
    ) {
        self.identity = identity
        self.credential = credential
        self.assessments = assessments
        self.regions = regions
        self.evaluations = evaluations
    }

    /// The key a call is rate-limited under: the identity, else the caller's address (see
    /// ``PeerAddress/rateKey``), else `anonymous`.
    func rateKey(peer: PeerAddress?) -> String {
        self.identity ?? peer?.rateKey ?? "anonymous"
    }

    /// Whether the caller may use `assessment`.
    public func mayUse(assessment: String) -> Bool {
        self.assessments.map { $0.contains(assessment) } ?? true
    }
}
