/// One edition of a standard, with the dates it is in force and all of its figures.
public struct Edition: Sendable, Hashable, Codable {
    /// Stable id, e.g. `2017`.
    public var id: String
    public var titleZh: String
    public var titleEn: String
    /// First day in force.
    public var effectiveFrom: CalendarDate
    /// Last day in force; `nil` while current.
    public var effectiveUntil: CalendarDate?
    public var documents: [SourceDocument]
    public var parameters: ParameterSet
    /// What differs from the previous edition, or what is assumed.
    public var notes: [String]

    public init(
        id: String,
        titleZh: String,
        titleEn: String,
        effectiveFrom: CalendarDate,
        effectiveUntil: CalendarDate? = nil,
        documents: [SourceDocument],
        parameters: [Parameter],
        notes: [String] = []
    ) {
        self.id = id
        self.titleZh = titleZh
        self.titleEn = titleEn
        self.effectiveFrom = effectiveFrom
        self.effectiveUntil = effectiveUntil
        self.documents = documents
        self.parameters = ParameterSet(parameters)
        self.notes = notes
    }

    /// Whether the edition is in force on `date`.
    public func isInForce(on date: CalendarDate) -> Bool {
        date >= self.effectiveFrom && (self.effectiveUntil.map { date <= $0 } ?? true)
    }
}

extension Sequence where Element == Edition {
    /// The edition in force on `date`; the latest-starting one where ranges overlap.
    public func inForce(on date: CalendarDate) -> Edition? {
        self.filter { $0.isInForce(on: date) }.max { $0.effectiveFrom < $1.effectiveFrom }
    }
}
