/// One input value together with where it came from.
///
/// In JSON a field is either a bare scalar (`4.6`) or an object carrying provenance
/// (`{"value": 4.6, "source": "基础基312", "year": 2024}`).
public struct FieldValue: Sendable, Hashable {
    public var value: Value
    public var provenance: Provenance?

    public init(_ value: Value, provenance: Provenance? = nil) {
        self.value = value
        self.provenance = provenance
    }
}

/// Where a figure was taken from: a statistical return, a survey, a document.
public struct Provenance: Sendable, Hashable, Codable {
    /// The return or document, e.g. `教育事业统计 基础基312`.
    public var source: String
    /// The data year of that return.
    public var year: Int?
    public var note: String?

    public init(source: String, year: Int? = nil, note: String? = nil) {
        self.source = source
        self.year = year
        self.note = note
    }
}

extension FieldValue: ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByStringLiteral
{
    public init(floatLiteral value: Double) { self.init(.number(value)) }
    public init(integerLiteral value: Int64) { self.init(.integer(value)) }
    public init(booleanLiteral value: Bool) { self.init(.boolean(value)) }
    public init(stringLiteral value: String) { self.init(.text(value)) }
}

extension FieldValue: Codable {
    private enum CodingKeys: String, CodingKey {
        case value, source, year, note
    }

    public init(from decoder: any Decoder) throws {
        if let container = try? decoder.container(keyedBy: CodingKeys.self) {
            self.value = try container.decode(Value.self, forKey: .value)
            if let source = try container.decodeIfPresent(String.self, forKey: .source) {
                self.provenance = Provenance(
                    source: source,
                    year: try container.decodeIfPresent(Int.self, forKey: .year),
                    note: try container.decodeIfPresent(String.self, forKey: .note)
                )
            }
        } else {
            self.value = try Value(from: decoder)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        guard let provenance = self.provenance else {
            try self.value.encode(to: encoder)
            return
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.value, forKey: .value)
        try container.encode(provenance.source, forKey: .source)
        try container.encodeIfPresent(provenance.year, forKey: .year)
        try container.encodeIfPresent(provenance.note, forKey: .note)
    }
}
