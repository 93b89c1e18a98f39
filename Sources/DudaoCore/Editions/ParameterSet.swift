/// The parameters of an edition, looked up by key.
///
/// A lookup of a key the edition lacks is a defect of the module, not of the input, so it throws
/// ``DudaoError/Code/internal``; the registry test walks every shipped edition to catch it early.
public struct ParameterSet: Sendable, Hashable, Codable {
    public private(set) var all: [Parameter]
    private var index: [String: Int]

    public init(_ parameters: [Parameter]) {
        self.all = parameters
        self.index = Dictionary(parameters.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public subscript(key: String) -> Parameter? {
        self.index[key].map { self.all[$0] }
    }

    public func value(_ key: String) throws -> Value {
        guard let parameter = self[key] else {
            throw DudaoError(.internal, "edition has no parameter \(key)")
        }
        return parameter.value
    }

    public func number(_ key: String) throws -> Double {
        guard let number = try self.value(key).numberValue else {
            throw DudaoError(.internal, "parameter \(key) is not a number")
        }
        return number
    }

    public func integer(_ key: String) throws -> Int {
        guard let number = try self.value(key).integerValue else {
            throw DudaoError(.internal, "parameter \(key) is not an integer")
        }
        return Int(number)
    }

    public func text(_ key: String) throws -> String {
        guard let text = try self.value(key).textValue else {
            throw DudaoError(.internal, "parameter \(key) is not a text")
        }
        return text
    }

    public func boolean(_ key: String) throws -> Bool {
        guard let flag = try self.value(key).booleanValue else {
            throw DudaoError(.internal, "parameter \(key) is not a boolean")
        }
        return flag
    }

    /// Returns a copy with `overrides` applied; every key must exist and keep its type.
    public func applying(_ overrides: [String: Value]) -> (ParameterSet, [ValidationIssue]) {
        var copy = self
        var issues: [ValidationIssue] = []
        for (key, value) in overrides.sorted(by: { $0.key < $1.key }) {
            let path = "parameterOverrides.\(key)"
            guard let position = copy.index[key] else {
                issues.append(.init(path: path, rule: .unknownParameter, zh: "版本中没有参数 \(key)", en: "the edition has no parameter \(key)"))
                continue
            }
            var parameter = copy.all[position]
            let expected = parameter.value.type
            let coerced: Value? =
                switch (expected, value) {
                case (.number, _): value.numberValue.map(Value.number)
                case (.integer, _): value.integerValue.map(Value.integer)
                default: value.type == expected ? value : nil
                }
            guard let coerced else {
                issues.append(.init(path: path, rule: .typeMismatch, zh: "参数 \(key) 应为 \(expected.rawValue)", en: "parameter \(key) must be a \(expected.rawValue)"))
                continue
            }
            if let number = coerced.numberValue, let issue = Value.magnitudeIssue(number) {
                issues.append(.init(path: path, rule: issue.rule, zh: "参数 \(key) \(issue.zh)", en: "parameter \(key) \(issue.en)"))
                continue
            }
            if let allowed = parameter.allowedValues, !allowed.contains(coerced) {
                let list = allowed.map(\.description).joined(separator: ", ")
                issues.append(.init(path: path, rule: .notAllowed, zh: "参数 \(key) 只能取 \(list)", en: "parameter \(key) must be one of \(list)"))
                continue
            }
            parameter.value = coerced
            copy.all[position] = parameter
        }
        return (copy, issues)
    }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode([Parameter].self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(self.all)
    }
}
