/// A typed input or parameter value.
///
/// JSON carries these as plain scalars; the schema decides which type a field must have, and the
/// validator normalises integers given for number fields so that equal inputs digest equally.
public enum Value: Sendable, Hashable {
    case number(Double)
    case integer(Int64)
    case boolean(Bool)
    case text(String)

    /// The value as a real number, for number and integer values.
    public var numberValue: Double? {
        switch self {
        case .number(let value): value
        case .integer(let value): Double(value)
        case .boolean, .text: nil
        }
    }

    public var integerValue: Int64? {
        switch self {
        case .integer(let value): value
        case .number(let value): value.rounded() == value && abs(value) < 9.0e15 ? Int64(value) : nil
        case .boolean, .text: nil
        }
    }

    public var booleanValue: Bool? {
        if case .boolean(let value) = self { return value }
        return nil
    }

    public var textValue: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    /// The type this value has as given.
    public var type: ValueType {
        switch self {
        case .number: .number
        case .integer: .integer
        case .boolean: .boolean
        case .text: .text
        }
    }
}

/// The four value types of the input schema.
public enum ValueType: String, Sendable, Hashable, Codable, CaseIterable {
    case number
    case integer
    case boolean
    case text
}

extension Value: CustomStringConvertible {
    public var description: String {
        switch self {
        case .number(let value): value.description
        case .integer(let value): value.description
        case .boolean(let value): value.description
        case .text(let value): value
        }
    }
}

extension Value: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Bool.self) {
            self = .boolean(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .text(value)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "expected a number, an integer, a boolean or a text"
            )
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .boolean(let value): try container.encode(value)
        case .text(let value): try container.encode(value)
        }
    }
}
