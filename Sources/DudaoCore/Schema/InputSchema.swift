/// What an assessment accepts: subject kinds, subject facts, unit kinds and unit fields.
public struct InputSchema: Sendable, Hashable, Codable {
    public var subjectKinds: [SubjectKind]
    public var facts: [FieldSpec]
    public var unitKinds: [UnitKindSpec]
    public var unitFields: [FieldSpec]
    /// Whether the assessment needs at least one unit record.
    public var requiresUnits: Bool

    public init(
        subjectKinds: [SubjectKind],
        facts: [FieldSpec],
        unitKinds: [UnitKindSpec] = [],
        unitFields: [FieldSpec] = [],
        requiresUnits: Bool = false
    ) {
        self.subjectKinds = subjectKinds
        self.facts = facts
        self.unitKinds = unitKinds
        self.unitFields = unitFields
        self.requiresUnits = requiresUnits
    }

    public func fact(_ key: String) -> FieldSpec? { self.facts.first { $0.key == key } }
    public func unitField(_ key: String) -> FieldSpec? { self.unitFields.first { $0.key == key } }
}

/// A unit kind the assessment accepts, with its names.
public struct UnitKindSpec: Sendable, Hashable, Codable {
    public var kind: UnitKind
    public var nameZh: String
    public var nameEn: String

    public init(_ kind: UnitKind, zh: String, en: String) {
        self.kind = kind
        self.nameZh = zh
        self.nameEn = en
    }
}
