/// Everything a caller can know about an assessment before using it.
public struct AssessmentDescriptor: Sendable, Hashable, Codable {
    /// Stable id, e.g. `compulsory-quality-balance`.
    public var id: String
    /// Version of the module's code (not of the standard; see ``editions``).
    public var version: String
    public var titleZh: String
    public var titleEn: String
    public var summaryZh: String
    public var summaryEn: String
    public var documents: [SourceDocument]
    /// Oldest first.
    public var editions: [Edition]
    public var groups: [IndicatorGroup]
    public var indicators: [IndicatorDefinition]
    public var schema: InputSchema
    /// Why the module could not build this descriptor from its own data; `nil` when it could.
    /// Not encoded: the registry refuses a broken descriptor at start, so none is ever served.
    public var defect: String?

    private enum CodingKeys: String, CodingKey {
        case id, version, titleZh, titleEn, summaryZh, summaryEn, documents, editions, groups, indicators, schema
    }

    public init(
        id: String,
        version: String,
        titleZh: String,
        titleEn: String,
        summaryZh: String,
        summaryEn: String,
        documents: [SourceDocument],
        editions: [Edition],
        groups: [IndicatorGroup],
        indicators: [IndicatorDefinition],
        schema: InputSchema
    ) {
        self.id = id
        self.version = version
        self.titleZh = titleZh
        self.titleEn = titleEn
        self.summaryZh = summaryZh
        self.summaryEn = summaryEn
        self.documents = documents
        self.editions = editions
        self.groups = groups
        self.indicators = indicators
        self.schema = schema
    }

    /// The descriptor `build` makes from the module's own data (e.g. a scored tree from its
    /// edition), or, when that throws, a broken one carrying the reason: the registry refuses it
    /// at start with that message instead of serving an assessment with no indicators.
    public static func built(id: String, _ build: () throws -> AssessmentDescriptor) -> AssessmentDescriptor {
        do {
            return try build()
        } catch {
            var descriptor = AssessmentDescriptor(
                id: id, version: "", titleZh: id, titleEn: id, summaryZh: "", summaryEn: "",
                documents: [], editions: [], groups: [], indicators: [], schema: InputSchema(subjectKinds: [], facts: [])
            )
            descriptor.defect = "\(error)"
            return descriptor
        }
    }

    public func edition(id: String) -> Edition? { self.editions.first { $0.id == id } }
    public func indicator(_ code: String) -> IndicatorDefinition? { self.indicators.first { $0.code == code } }
}
