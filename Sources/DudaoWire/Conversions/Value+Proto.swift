public import DudaoCore
public import DudaoProto

extension Value {
    /// The value on the wire.
    public var proto: Dudao_V1_Value {
        var proto = Dudao_V1_Value()
        switch self {
        case .number(let value): proto.number = value
        case .integer(let value): proto.integer = value
        case .boolean(let value): proto.boolean = value
        case .text(let value): proto.text = value
        }
        return proto
    }

    /// Reads a value from the wire.
    ///
    /// - Throws: ``DudaoError`` ``DudaoError/Code/invalidArgument`` when no kind is set.
    public init(proto: Dudao_V1_Value) throws {
        self = try ConversionIssues.convert("value") { Value(proto: proto, path: "value", issues: &$0) }
    }

    init?(proto: Dudao_V1_Value, path: String, issues: inout ConversionIssues) {
        switch proto.kind {
        case .number(let value): self = .number(value)
        case .integer(let value): self = .integer(value)
        case .boolean(let value): self = .boolean(value)
        case .text(let value): self = .text(value)
        case nil:
            issues.missing(path)
            return nil
        }
    }
}

extension ValueType {
    var proto: Dudao_V1_ValueType {
        switch self {
        case .number: .number
        case .integer: .integer
        case .boolean: .boolean
        case .text: .text
        }
    }
}

extension Dictionary where Key == String, Value == DudaoCore.Value {
    /// Parameter overrides on the wire.
    var proto: [String: Dudao_V1_Value] { self.mapValues(\.proto) }

    init?(proto: [String: Dudao_V1_Value], path: String, issues: inout ConversionIssues) {
        var values: [String: DudaoCore.Value] = [:]
        var complete = true
        for (key, value) in proto {
            if let converted = DudaoCore.Value(proto: value, path: join(path, key), issues: &issues) {
                values[key] = converted
            } else {
                complete = false
            }
        }
        guard complete else { return nil }
        self = values
    }
}
