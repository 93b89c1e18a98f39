/// Checks an input against an assessment's schema and reports every problem at once.
///
/// Errors (wrong types, NaN, negative counts, duplicate ids, unknown fields) make the input invalid.
/// Absent fields are not errors: they are listed as ``MissingField``s and make the items that need
/// them "not assessable", so that a missing figure is never read as zero.
public struct Validator: Sendable {
    public let schema: InputSchema
    /// The schema's fields by key, looked up once per field of every unit.
    /// Each key's place in `schema.facts` and `schema.unitFields`: looking a spec up by its place
    /// borrows it, where a dictionary of specs would copy one out for every field of every unit.
    private let factSpecs: [String: Int]
    private let unitSpecs: [String: Int]
    /// The places of the fields an evaluation needs.
    private let neededFacts: [Int]
    private let neededUnitFields: [Int]
    /// How many needed unit fields apply to each kind of unit: a unit that has them all needs
    /// no search for the missing ones.
    private let neededUnitFieldCounts: [UnitKind: Int]
    /// The fields that still accept an old key, in schema order, with their old keys sorted.
    private let renamedFacts: [(spec: FieldSpec, oldKeys: [String])]
    private let renamedUnitFields: [(spec: FieldSpec, oldKeys: [String])]

    public init(schema: InputSchema) {
        self.schema = schema
        self.factSpecs = Dictionary(schema.facts.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        self.unitSpecs = Dictionary(schema.unitFields.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        self.neededFacts = schema.facts.indices.filter { schema.facts[$0].needed }
        self.neededUnitFields = schema.unitFields.indices.filter { schema.unitFields[$0].needed }
        let needed = schema.unitFields.filter(\.needed)
        self.neededUnitFieldCounts = Dictionary(
            schema.unitKinds.map { declared in (declared.kind, needed.filter { $0.applies(to: declared.kind) }.count) },
            uniquingKeysWith: { first, _ in first }
        )
        self.renamedFacts = schema.facts.filter { !$0.deprecatedKeys.isEmpty }.map { ($0, $0.deprecatedKeys.sorted()) }
        self.renamedUnitFields = schema.unitFields.filter { !$0.deprecatedKeys.isEmpty }.map { ($0, $0.deprecatedKeys.sorted()) }
    }

    public struct Report: Sendable, Hashable {
        public var issues: [ValidationIssue] = []
        public var missing: [MissingField] = []
        /// Fields given under a deprecated key, renamed in ``normalized``.
        public var renamed: [RenamedField] = []
        /// The input with integers given for number fields turned into numbers, so equal data digests equally.
        public var normalized: AssessmentInput
    }

    public func validate(_ input: AssessmentInput) -> Report {
        var report = Report(normalized: input)
        self.checkSubject(input.subject, into: &report)
        var neededFound = 0
        report.normalized.facts = self.checkFields(
            input.facts, specs: self.factSpecs, in: self.schema.facts, kind: nil, prefix: "facts", into: &report, neededFound: &neededFound
        )
        if neededFound < self.neededFacts.count {
            for index in self.neededFacts where report.normalized.facts[self.schema.facts[index].key] == nil {
                let spec = self.schema.facts[index]
                report.missing.append(MissingField(path: "facts.\(spec.key)", spec: spec))
            }
        }
        if self.schema.requiresUnits && input.units.isEmpty {
            report.issues.append(.init(path: "units", rule: .required, zh: "缺少单位（学校）记录", en: "at least one unit record is required"))
        }
        var seen: [String: Int] = [:]
        var unknown: [UnknownField] = []
        for (index, unit) in input.units.enumerated() {
            let prefix = "units[\(index)]"
            if unit.id.trimmingWhitespace().isEmpty {
                report.issues.append(.init(path: "\(prefix).id", rule: .required, zh: "学校标识不能为空", en: "unit id must not be empty"))
            } else if let first = seen[unit.id] {
                report.issues.append(
                    .init(
                        path: "\(prefix).id", rule: .duplicateID,
                        zh: "学校标识 \(unit.id) 与 units[\(first)] 重复",
                        en: "unit id \(unit.id) duplicates units[\(first)]"
                    )
                )
            } else {
                seen[unit.id] = index
            }
            guard self.schema.unitKinds.contains(where: { $0.kind == unit.kind }) else {
                let kinds = self.schema.unitKinds.map(\.kind.rawValue).joined(separator: ", ")
                report.issues.append(
                    .init(path: "\(prefix).kind", rule: .unknownUnitKind, zh: "不支持的单位类型 \(unit.kind.rawValue)，可用：\(kinds)", en: "unknown unit kind \(unit.kind.rawValue); expected one of \(kinds)")
                )
                continue
            }
            var neededFound = 0
            report.normalized.units[index].fields = self.checkFields(
                unit.fields, specs: self.unitSpecs, in: self.schema.unitFields, kind: unit.kind, prefix: prefix, into: &report,
                neededFound: &neededFound,
                unknown: { key in unknown.append(UnknownField(key: key, path: "\(prefix).\(key)", unit: "\(unit.name)（\(unit.id)）")) }
            )
            guard neededFound < self.neededUnitFieldCounts[unit.kind, default: .max] else { continue }
            for place in self.neededUnitFields
            where self.schema.unitFields[place].applies(to: unit.kind) && report.normalized.units[index].fields[self.schema.unitFields[place].key] == nil {
                let spec = self.schema.unitFields[place]
                report.missing.append(MissingField(path: "\(prefix).\(spec.key)", spec: spec, unitID: unit.id, unitName: unit.name))
            }
        }
        report.issues += self.unknownFieldIssues(unknown)
        return report
    }

    /// A field the schema does not define, met in one unit.
    private struct UnknownField {
        var key: String
        var path: String
        var unit: String
    }

    /// One issue per unknown key, not one per school: a misspelled column repeats in every row.
    /// It names the schools, and the key meant when one is close enough to be a misspelling.
    private func unknownFieldIssues(_ fields: [UnknownField]) -> [ValidationIssue] {
        var order: [String] = []
        var byKey: [String: [UnknownField]] = [:]
        for field in fields {
            if byKey[field.key] == nil { order.append(field.key) }
            byKey[field.key, default: []].append(field)
        }
        return order.sorted().map { key in
            let found = byKey[key] ?? []
            let units = found.prefix(3).map(\.unit).joined(separator: "、") + (found.count > 3 ? " 等 \(found.count) 所" : "")
            let unitsEn = found.prefix(3).map(\.unit).joined(separator: ", ") + (found.count > 3 ? " and \(found.count - 3) more" : "")
            let hint = FieldSuggestion.nearest(to: key, among: self.schema.unitFields)
            return ValidationIssue(
                path: found.count == 1 ? found[0].path : "units[*].\(key)", rule: .unknownField,
                zh: "未定义的字段 \(key)\(hint.map { "，是否应为 \($0.key)（\($0.nameZh)）" } ?? "")；见于 \(units)",
                en: "unknown field \(key)\(hint.map { "; did you mean \($0.key) (\($0.nameEn))?" } ?? "") (in \(unitsEn))"
            )
        }
    }

    private func checkSubject(_ subject: Subject, into report: inout Report) {
        if !self.schema.subjectKinds.contains(subject.kind) {
            let kinds = self.schema.subjectKinds.map(\.rawValue).joined(separator: ", ")
            report.issues.append(.init(path: "subject.kind", rule: .subjectKind, zh: "本评估不适用于 \(subject.kind.nameZh)，适用：\(kinds)", en: "this assessment does not assess a \(subject.kind.rawValue); it assesses \(kinds)"))
        }
        let code = subject.code
        if code.isEmpty {
            report.issues.append(.init(path: "subject.code", rule: .required, zh: "缺少行政区划代码或学校代码", en: "subject code is required"))
        } else if [.province, .city, .county].contains(subject.kind),
            !(code.count == 6 && code.allSatisfy(\.isASCIIDigit))
        {
            report.issues.append(.init(path: "subject.code", rule: .invalidCode, zh: "行政区划代码应为 6 位数字（GB/T 2260），实际为 \(code)", en: "a region code has 6 digits (GB/T 2260); got \(code)"))
        }
        if subject.name.trimmingWhitespace().isEmpty {
            report.issues.append(.init(path: "subject.name", rule: .required, zh: "缺少名称", en: "subject name is required"))
        }
    }

    /// Checks one map of fields and returns it with values coerced to their declared types.
    ///
    /// Problems are reported in the order of their keys. The map is copied only when a value
    /// changes type, and a path is written only for a problem: this runs for every field of every
    /// school.
    private func checkFields(
        _ fields: [String: FieldValue],
        specs: [String: Int],
        in all: [FieldSpec],
        kind: UnitKind?,
        prefix: String,
        into report: inout Report,
        neededFound: inout Int,
        unknown: ((String) -> Void)? = nil
    ) -> [String: FieldValue] {
        var fields = self.renamingDeprecatedKeys(fields, specs: kind == nil ? self.renamedFacts : self.renamedUnitFields, prefix: prefix, into: &report)
        // The Chinese names `describe` prints (and the templates' headers) name fields too. An
        // ASCII key is no such name, and telling so costs no look-up.
        for key in fields.keys where key.utf8.contains(where: { $0 >= 0x80 }) && specs[key] == nil {
            if let spec = FieldSuggestion.named(key, among: kind == nil ? self.schema.facts : self.schema.unitFields), fields[spec.key] == nil {
                fields[spec.key] = fields.removeValue(forKey: key)
            }
        }
        var normalized = fields
        var problems: [(key: String, issue: ValidationIssue)] = []
        for index in fields.indices {
            let (key, field) = fields[index]
            let path = { "\(prefix).\(key)" }
            guard let place = specs[key] else {
                if let unknown {
                    unknown(key)
                } else {
                    let hint = FieldSuggestion.nearest(to: key, among: self.schema.facts)
                    problems.append(
                        (
                            key,
                            .init(
                                path: path(), rule: .unknownField,
                                zh: "未定义的字段 \(key)\(hint.map { "，是否应为 \($0.key)（\($0.nameZh)）" } ?? "")",
                                en: "unknown field \(key)\(hint.map { "; did you mean \($0.key) (\($0.nameEn))?" } ?? "")"
                            )
                        )
                    )
                }
                continue
            }
            if let kind, !all[place].applies(to: kind) {
                problems.append((key, .init(path: path(), rule: .notApplicable, zh: "字段 \(all[place].nameZh) 不适用于 \(kind.rawValue)", en: "field \(key) does not apply to a \(kind.rawValue)")))
                continue
            }
            if all[place].needed { neededFound += 1 }
            switch Self.coerce(field.value, to: all[place].type) {
            case .failure(let issue):
                problems.append((key, .init(path: path(), rule: issue.rule, zh: "\(all[place].nameZh)：\(issue.zh)", en: "\(key): \(issue.en)")))
            case .success(let value):
                // `normalized` is a copy of `fields`, so the index finds the entry without hashing.
                if value != field.value { normalized.values[index].value = value }
                if let number = value.numberValue, let rule = all[place].constraint.violation(number) {
                    problems.append(
                        (
                            key,
                            .init(
                                path: path(), rule: rule,
                                zh: "\(all[place].nameZh) 应满足 \(all[place].constraint.summary)，实际为 \(number)",
                                en: "\(key) must be \(all[place].constraint.summary); got \(number)"
                            )
                        )
                    )
                }
            }
        }
        report.issues += problems.sorted { $0.key < $1.key }.map(\.issue)
        return normalized
    }

    /// Moves values given under a deprecated key to the field's key; giving both is an error.
    private func renamingDeprecatedKeys(
        _ fields: [String: FieldValue],
        specs: [(spec: FieldSpec, oldKeys: [String])],
        prefix: String,
        into report: inout Report
    ) -> [String: FieldValue] {
        var renamed = fields
        for (spec, oldKeys) in specs {
            for old in oldKeys {
                guard let value = fields[old] else { continue }
                renamed[old] = nil
                if fields[spec.key] != nil {
                    report.issues.append(
                        .init(
                            path: "\(prefix).\(old)", rule: .inconsistent,
                            zh: "\(old) 是 \(spec.key) 的旧名，二者不能同时给出",
                            en: "\(old) is the deprecated name of \(spec.key); give only \(spec.key)"
                        )
                    )
                    continue
                }
                renamed[spec.key] = value
                report.renamed.append(RenamedField(path: "\(prefix).\(old)", deprecatedKey: old, key: spec.key))
            }
        }
        return renamed
    }

    private struct CoercionIssue: Error {
        var rule: ValidationRule
        var zh: String
        var en: String
    }

    private static func coerce(_ value: Value, to type: ValueType) -> Result<Value, CoercionIssue> {
        switch (type, value) {
        case (.number, .number(let number)), (.integer, .number(let number)):
            if let issue = Value.magnitudeIssue(number) {
                return .failure(CoercionIssue(rule: issue.rule, zh: issue.zh, en: issue.en))
            }
            if type == .integer {
                guard let integer = value.integerValue else {
                    return .failure(CoercionIssue(rule: .typeMismatch, zh: "应为整数，实际为 \(number)", en: "must be an integer; got \(number)"))
                }
                return .success(.integer(integer))
            }
            return .success(value)
        case (.number, .integer(let integer)), (.integer, .integer(let integer)):
            if let issue = Value.magnitudeIssue(Double(integer)) {
                return .failure(CoercionIssue(rule: issue.rule, zh: issue.zh, en: issue.en))
            }
            return .success(type == .number ? .number(Double(integer)) : value)
        case (.boolean, .boolean), (.text, .text): return .success(value)
        default:
            return .failure(CoercionIssue(rule: .typeMismatch, zh: "应为 \(type.rawValue)，实际为 \(value.type.rawValue)", en: "must be a \(type.rawValue); got a \(value.type.rawValue)"))
        }
    }
}

/// A needed field that the input lacks.
public struct MissingField: Sendable, Hashable, Codable {
    public var path: String
    public var key: String
    public var nameZh: String
    public var nameEn: String
    public var unitID: String?
    public var unitName: String?

    public init(path: String, spec: FieldSpec, unitID: String? = nil, unitName: String? = nil) {
        self.path = path
        self.key = spec.key
        self.nameZh = spec.nameZh
        self.nameEn = spec.nameEn
        self.unitID = unitID
        self.unitName = unitName
    }

    public init(path: String, key: String, nameZh: String, nameEn: String, unitID: String? = nil, unitName: String? = nil) {
        self.path = path
        self.key = key
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.unitID = unitID
        self.unitName = unitName
    }
}

extension Character {
    var isASCIIDigit: Bool { self.isASCII && self.isNumber }
}
