/// Everything an evaluation needs: which assessment, whom, when, and the data.
public struct AssessmentInput: Sendable, Hashable, Codable {
    /// The stable id of the assessment, e.g. `compulsory-quality-balance`.
    public var assessment: String
    /// An edition id to use instead of the one in force for ``period``.
    public var edition: String?
    public var subject: Subject
    public var period: Period
    /// Subject-level facts, keyed by the schema's field keys.
    public var facts: [String: FieldValue]
    /// Unit records (schools, kindergartens, …).
    public var units: [Unit]
    /// Edition parameters the caller overrides for a what-if evaluation; recorded in the result.
    public var parameterOverrides: [String: Value]

    public init(
        assessment: String,
        edition: String? = nil,
        subject: Subject,
        period: Period,
        facts: [String: FieldValue] = [:],
        units: [Unit] = [],
        parameterOverrides: [String: Value] = [:]
    ) {
        self.assessment = assessment
        self.edition = edition
        self.subject = subject
        self.period = period
        self.facts = facts
        self.units = units
        self.parameterOverrides = parameterOverrides
    }

    private enum CodingKeys: String, CodingKey {
        case assessment, edition, subject, period, facts, units, parameterOverrides
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.assessment = try container.decode(String.self, forKey: .assessment)
        self.edition = try container.decodeIfPresent(String.self, forKey: .edition)
        self.subject = try container.decode(Subject.self, forKey: .subject)
        self.period = try container.decode(Period.self, forKey: .period)
        self.facts = try container.decodeIfPresent([String: FieldValue].self, forKey: .facts) ?? [:]
        self.units = try container.decodeIfPresent([Unit].self, forKey: .units) ?? []
        self.parameterOverrides = try container.decodeIfPresent([String: Value].self, forKey: .parameterOverrides) ?? [:]
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.assessment, forKey: .assessment)
        try container.encodeIfPresent(self.edition, forKey: .edition)
        try container.encode(self.subject, forKey: .subject)
        try container.encode(self.period, forKey: .period)
        try container.encode(self.facts, forKey: .facts)
        try container.encode(self.units, forKey: .units)
        if !self.parameterOverrides.isEmpty {
            try container.encode(self.parameterOverrides, forKey: .parameterOverrides)
        }
    }
}
