/// A decoded JSON document, so two results can be compared field by field.
///
/// Comparing the canonical JSON text as a whole would only say "different"; walking the trees
/// names every path that differs, which is what a reproducibility check must report.
enum JSONTree: Sendable, Hashable, Codable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONTree])
    case object([String: JSONTree])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONTree].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONTree].self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// The tree of `value`'s canonical JSON.
    static func of(_ value: some Encodable) throws -> JSONTree {
        try CanonicalJSON.decode(JSONTree.self, from: CanonicalJSON.encode(value))
    }

    /// The canonical JSON text of this subtree.
    var text: String {
        guard let data = try? CanonicalJSON.encode(self) else { return "\(self)" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The elements' identities, `CODE` or `CODE/SCOPE` (from `code`, `key` or `unitID`, then
    /// `scope`), when every element has one and no two share it; else `nil`, and the elements
    /// are matched by position.
    static func keys(of elements: [JSONTree]) -> [String]? {
        var keys: [String] = []
        for element in elements {
            guard case .object(let fields) = element,
                case .string(let name)? = fields["code"] ?? fields["key"] ?? fields["unitID"]
            else { return nil }
            if case .string(let scope)? = fields["scope"] { keys.append("\(name)/\(scope)") } else { keys.append(name) }
        }
        return Set(keys).count == keys.count ? keys : nil
    }

    /// Every leaf path where `before` and `after` differ; a key or element present on one side
    /// only is reported with `nil` on the other.
    static func differences(_ before: JSONTree?, _ after: JSONTree?, path: String = "") -> [ResultDifference] {
        if before == after { return [] }
        switch (before, after) {
        case (.object(let old), .object(let new)):
            return Set(old.keys).union(new.keys).sorted().flatMap { key in
                self.differences(old[key], new[key], path: path.isEmpty ? key : "\(path).\(key)")
            }
        case (.array(let old), .array(let new)):
            if let oldKeys = Self.keys(of: old), let newKeys = Self.keys(of: new) {
                // Indicators, vetoes, parameters, school rows: matched by what they are, so a
                // build that lists them in another order changes no field.
                let oldByKey = Dictionary(uniqueKeysWithValues: zip(oldKeys, old))
                let newByKey = Dictionary(uniqueKeysWithValues: zip(newKeys, new))
                return (oldKeys + newKeys.filter { oldByKey[$0] == nil }).flatMap { key in
                    self.differences(oldByKey[key], newByKey[key], path: "\(path)[\(key)]")
                }
            }
            return (0..<max(old.count, new.count)).flatMap { index in
                self.differences(
                    index < old.count ? old[index] : nil,
                    index < new.count ? new[index] : nil,
                    path: "\(path)[\(index)]"
                )
            }
        default:
            return [ResultDifference(path: path.isEmpty ? "$" : path, before: before?.text, after: after?.text)]
        }
    }
}
