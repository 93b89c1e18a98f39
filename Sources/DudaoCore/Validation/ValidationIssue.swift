/// One problem with an input: where it is, which rule it breaks, and what to do, in both languages.
public struct ValidationIssue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A path into the input, e.g. `units[12].sports_venue_area_m2` or `facts.social_recognition_rate`.
    public var path: String
    public var rule: ValidationRule
    public var messageZh: String
    public var messageEn: String

    public init(path: String, rule: ValidationRule, zh: String, en: String) {
        self.path = path
        self.rule = rule
        self.messageZh = zh
        self.messageEn = en
    }

    public var description: String { "\(self.path): [\(self.rule.rawValue)] \(self.messageEn) / \(self.messageZh)" }
}

/// The rule an input broke; a stable code that callers may switch on.
public struct ValidationRule: RawRepresentable, Sendable, Hashable, Codable, ExpressibleByStringLiteral {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: any Decoder) throws {
        self.rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(self.rawValue)
    }

    /// A structural field (subject code, unit id) is absent or empty.
    public static let required: ValidationRule = "required"
    /// A value has the wrong type for its field.
    public static let typeMismatch: ValidationRule = "type_mismatch"
    /// NaN or infinity.
    public static let notFinite: ValidationRule = "not_finite"
    /// A number beyond ``Value/largestMagnitude``, where sums overflow or lose whole units.
    public static let tooLarge: ValidationRule = "too_large"
    /// Below zero where counts, areas and money cannot be.
    public static let negative: ValidationRule = "negative"
    /// Must be greater than zero (e.g. a school's pupils).
    public static let mustBePositive: ValidationRule = "must_be_positive"
    /// Outside the field's range (e.g. a rate above 1).
    public static let outOfRange: ValidationRule = "out_of_range"
    /// The same unit id appears twice.
    public static let duplicateID: ValidationRule = "duplicate_id"
    /// The unit kind is not one the assessment accepts.
    public static let unknownUnitKind: ValidationRule = "unknown_unit_kind"
    /// A field the schema does not define, most often a misspelt key.
    public static let unknownField: ValidationRule = "unknown_field"
    /// The field does not apply to this kind of unit.
    public static let notApplicable: ValidationRule = "not_applicable"
    /// The subject kind is not one the assessment assesses.
    public static let subjectKind: ValidationRule = "subject_kind"
    /// A region or school code is malformed.
    public static let invalidCode: ValidationRule = "invalid_code"
    public static let unknownParameter: ValidationRule = "unknown_parameter"
    /// A value outside a parameter's presets.
    public static let notAllowed: ValidationRule = "not_allowed"
    /// Parts that must add up do not (e.g. stage pupils above the school total).
    public static let inconsistent: ValidationRule = "inconsistent"
    /// A period too far in the future to be kept as an official record.
    public static let futurePeriod: ValidationRule = "future_period"
    /// JSON text that does not parse; the message gives the line and column.
    public static let jsonSyntax: ValidationRule = "json_syntax"
    /// The same key twice in one JSON object, where one would silently win.
    public static let duplicateKey: ValidationRule = "duplicate_key"
    /// The input names another assessment than the one requested.
    public static let assessmentMismatch: ValidationRule = "assessment_mismatch"
}
