import DudaoCore

/// A parameter without a default (`value: null` with its `type`): a figure the standard leaves
/// to the office, such as a pass line no published text gives. Writing a guess would invent a
/// figure, so the rules that read it are not assessable, naming it, until a caller's
/// `parameterOverrides` (`dudao evaluate --param KEY=VALUE`) or a layer's override supplies it.
extension PackReader {
    /// The placeholder each type takes; no rule reads it (`StandardPack+Unconfigured.swift`).
    static let placeholders: [ValueType: Value] = [.number: .number(0), .integer: .integer(0), .boolean: .boolean(false), .text: .text("")]

    /// Added to the names of a parameter without a value: every listing of the edition (describe,
    /// reports, workbooks) shows its placeholder, and the name says that it is none.
    static let noDefault = (zh: "（无默认值）", en: " (no default)")

    /// The parameter with its names as written, once a layer has given it a value.
    static func withValue(_ parameter: Parameter) -> Parameter {
        var parameter = parameter
        if parameter.nameZh.hasSuffix(Self.noDefault.zh) { parameter.nameZh.removeLast(Self.noDefault.zh.count) }
        if parameter.nameEn.hasSuffix(Self.noDefault.en) { parameter.nameEn.removeLast(Self.noDefault.en.count) }
        return parameter
    }

    /// Whether the parameter node says `value: null`.
    static func isUnconfigured(_ node: PackNode) -> Bool {
        node.has("value") && node.optional("value") == nil
    }

    /// The parameter's value; for one without a default, the placeholder of its declared `type`.
    func parameterValue(_ node: PackNode) -> Value? {
        let declared = node.optional("type").flatMap { typeNode -> ValueType? in
            guard let text = typeNode.text else { return nil }
            guard let type = ValueType(rawValue: text) else {
                typeNode.fail("bad-type", "type must be number, integer, boolean or text, got \(text)")
                return nil
            }
            return type
        }
        guard Self.isUnconfigured(node) else {
            let value = node.required("value")?.value
            if let value, let declared, declared != value.type, !(declared == .number && value.type == .integer) {
                node.optional("type")?.fail("bad-type", "the value \(value) is a \(value.type.rawValue), not a \(declared.rawValue)")
            }
            return value
        }
        guard let declared else {
            if !node.has("type") {
                node.fail("missing-key", "a parameter without a default (value: null) needs its type (number, integer, boolean or text)")
            }
            return nil
        }
        return Self.placeholders[declared]
    }
}
