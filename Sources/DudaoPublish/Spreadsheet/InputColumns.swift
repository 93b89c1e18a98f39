public import DudaoCore
import Foundation

/// Reads spreadsheet headers and cells the way people fill them in: a column may be headed by
/// the field's key (`primary_pupils`), its Chinese name as `describe` prints it (`小学在校生数`),
/// or that name with its unit (`校舍建筑面积（㎡）`); a unit kind by its key or its Chinese name
/// (`小学`); a cell typed by the field it fills.
public struct InputColumns: Sendable {
    public let schema: InputSchema

    public init(schema: InputSchema) {
        self.schema = schema
    }

    /// `id`, `name` or `kind` for a structural header (see ``CSVInput/structuralColumn(_:)``), else `nil`.
    public static func structuralKey(_ header: String) -> String? {
        CSVInput.structuralColumn(header) ?? CSVInput.structuralColumn(Self.stripUnit(header))
    }

    /// The unit field a header names, or `nil`.
    public func unitField(_ header: String) -> FieldSpec? {
        Self.match(header, in: self.schema.unitFields)
    }

    /// The subject fact a label names, or `nil`.
    public func fact(_ label: String) -> FieldSpec? {
        Self.match(label, in: self.schema.facts)
    }

    static func match(_ header: String, in specs: [FieldSpec]) -> FieldSpec? {
        let trimmed = header.trimmingWhitespace()
        let bare = Self.stripUnit(trimmed)
        return specs.first { $0.key == trimmed }
            ?? specs.first { $0.nameZh == trimmed || $0.nameZh == bare }
            ?? specs.first { $0.nameEn == trimmed || $0.nameEn == bare }
    }

    /// The header a template writes for a field: its Chinese name and its unit.
    public static func header(_ spec: FieldSpec) -> String {
        guard let unit = spec.unit, !unit.isEmpty else { return spec.nameZh }
        return "\(spec.nameZh)（\(unit)）"
    }

    /// Drops a trailing `（…）` or `(…)` unit.
    static func stripUnit(_ header: String) -> String {
        let trimmed = header.trimmingWhitespace()
        for (open, close) in [("（", "）"), ("(", ")")] where trimmed.hasSuffix(close) {
            if let start = trimmed.range(of: open, options: .backwards) {
                return String(trimmed[..<start.lowerBound]).trimmingWhitespace()
            }
        }
        return trimmed
    }

    /// A unit kind from its key or its Chinese or English name.
    public func kind(_ text: String) -> UnitKind {
        let trimmed = text.trimmingWhitespace()
        if let spec = self.schema.unitKinds.first(where: { $0.kind.rawValue == trimmed || $0.nameZh == trimmed || $0.nameEn == trimmed }) {
            return spec.kind
        }
        return UnitKind(rawValue: trimmed)
    }

    /// A cell's text typed by the field it fills; `nil` with a message when it cannot be.
    ///
    /// Rates (`%` fields are fractions) may be typed as `95.5%`; booleans as 是/否, true/false, 1/0.
    public static func value(_ text: String, for spec: FieldSpec) -> Result<Value, ValidationIssue.Message> {
        let trimmed = text.trimmingWhitespace()
        switch spec.type {
        case .text:
            return .success(.text(trimmed))
        case .boolean:
            switch trimmed.lowercased() {
            case "是", "true", "1", "√", "✓", "yes", "y": return .success(.boolean(true))
            case "否", "false", "0", "×", "no", "n": return .success(.boolean(false))
            default: return .failure(.init(zh: "应填“是”或“否”，而不是 \(trimmed)", en: "expected 是/否 (yes/no), not \(trimmed)"))
            }
        case .integer, .number:
            let isPercent = trimmed.hasSuffix("%")
            let digits = String((isPercent ? String(trimmed.dropLast()) : trimmed).filter { $0 != "," && $0 != " " })
            guard var number = Double(digits), number.isFinite else {
                return .failure(.init(zh: "应填数字，而不是 \(trimmed)", en: "expected a number, not \(trimmed)"))
            }
            if isPercent { number /= 100 }
            if spec.type == .integer {
                guard number.rounded() == number, abs(number) < 9.0e15 else {
                    return .failure(.init(zh: "应填整数，而不是 \(trimmed)", en: "expected a whole number, not \(trimmed)"))
                }
                return .success(.integer(Int64(number)))
            }
            return .success(.number(number))
        }
    }
}

extension ValidationIssue {
    /// A message in both languages, before it is placed at a path.
    public struct Message: Error, Sendable, Hashable {
        public var zh: String
        public var en: String

        public init(zh: String, en: String) {
            self.zh = zh
            self.en = en
        }
    }
}
