public import DudaoCore
public import DudaoProto

// Reading a descriptor back from the wire, for clients of `Assessments/Describe`.

extension AssessmentDescriptor {
    /// Reads a descriptor from the wire; equal to the server's descriptor it was written from.
    ///
    /// - Throws: ``DudaoError`` ``DudaoError/Code/invalidArgument`` listing every unset enum,
    ///   bad date or unset value.
    public init(proto: Dudao_V1_AssessmentDescriptor) throws {
        self = try ConversionIssues.convert("descriptor") { AssessmentDescriptor(proto: proto, path: "descriptor", issues: &$0) }
    }

    init?(proto: Dudao_V1_AssessmentDescriptor, path: String, issues: inout ConversionIssues) {
        let documents = proto.documents.enumerated().compactMap { index, document in
            SourceDocument(proto: document, path: join(path, "documents[\(index)]"), issues: &issues)
        }
        let editions = proto.editions.enumerated().compactMap { index, edition in
            Edition(proto: edition, path: join(path, "editions[\(index)]"), issues: &issues)
        }
        let indicators = proto.indicators.enumerated().compactMap { index, indicator in
            IndicatorDefinition(proto: indicator, path: join(path, "indicators[\(index)]"), issues: &issues)
        }
        let schema = InputSchema(proto: proto.schema, path: join(path, "schema"), issues: &issues)
        guard documents.count == proto.documents.count, editions.count == proto.editions.count,
            indicators.count == proto.indicators.count, let schema
        else { return nil }
        self.init(
            id: proto.id,
            version: proto.version,
            titleZh: proto.titleZh,
            titleEn: proto.titleEn,
            summaryZh: proto.summaryZh,
            summaryEn: proto.summaryEn,
            documents: documents,
            editions: editions,
            groups: proto.groups.map { IndicatorGroup(code: $0.code, zh: $0.nameZh, en: $0.nameEn) },
            indicators: indicators,
            schema: schema
        )
    }
}

extension SourceDocument {
    init?(proto: Dudao_V1_SourceDocument, path: String, issues: inout ConversionIssues) {
        guard let status = StatusTag(proto: proto.status, path: join(path, "status"), issues: &issues) else { return nil }
        var number: String?
        if case .number(let value)? = proto.numberPresent { number = value }
        var year: Int?
        if case .year(let value)? = proto.yearPresent { year = Int(value) }
        var url: String?
        if case .url(let value)? = proto.urlPresent { url = value }
        self.init(title: proto.title, number: number, issuer: proto.issuer, year: year, url: url, status: status)
    }
}

extension Edition {
    init?(proto: Dudao_V1_Edition, path: String, issues: inout ConversionIssues) {
        let from = CalendarDate(proto: proto.effectiveFrom, path: join(path, "effectiveFrom"), issues: &issues)
        var until: CalendarDate?
        var untilValid = true
        if case .effectiveUntil(let text)? = proto.effectiveUntilPresent {
            until = CalendarDate(proto: text, path: join(path, "effectiveUntil"), issues: &issues)
            untilValid = until != nil
        }
        let documents = proto.documents.enumerated().compactMap { index, document in
            SourceDocument(proto: document, path: join(path, "documents[\(index)]"), issues: &issues)
        }
        let parameters = proto.parameters.enumerated().compactMap { index, parameter in
            Parameter(proto: parameter, path: join(path, "parameters[\(index)]"), issues: &issues)
        }
        guard let from, untilValid, documents.count == proto.documents.count, parameters.count == proto.parameters.count else {
            return nil
        }
        self.init(
            id: proto.id,
            titleZh: proto.titleZh,
            titleEn: proto.titleEn,
            effectiveFrom: from,
            effectiveUntil: until,
            documents: documents,
            parameters: parameters,
            notes: proto.notes
        )
    }
}

extension IndicatorDefinition {
    init?(proto: Dudao_V1_IndicatorDefinition, path: String, issues: inout ConversionIssues) {
        let comparator = Comparator(proto: proto.comparator, path: join(path, "comparator"), issues: &issues)
        let status = StatusTag(proto: proto.status, path: join(path, "status"), issues: &issues)
        guard let comparator, let status else { return nil }
        var unit: String?
        if case .unit(let value)? = proto.unitPresent { unit = value }
        self.init(
            code: proto.code,
            zh: proto.nameZh,
            en: proto.nameEn,
            unit: unit,
            group: proto.group,
            comparator: comparator,
            decimals: Int(proto.decimals),
            citation: Citation(proto: proto.citation),
            status: status,
            gating: proto.gating
        )
    }
}

extension InputSchema {
    init?(proto: Dudao_V1_InputSchema, path: String, issues: inout ConversionIssues) {
        let subjectKinds = proto.subjectKinds.enumerated().compactMap { index, kind in
            SubjectKind(proto: kind, path: join(path, "subjectKinds[\(index)]"), issues: &issues)
        }
        let facts = proto.facts.enumerated().compactMap { index, field in
            FieldSpec(proto: field, path: join(path, "facts[\(index)]"), issues: &issues)
        }
        let unitFields = proto.unitFields.enumerated().compactMap { index, field in
            FieldSpec(proto: field, path: join(path, "unitFields[\(index)]"), issues: &issues)
        }
        guard subjectKinds.count == proto.subjectKinds.count, facts.count == proto.facts.count,
            unitFields.count == proto.unitFields.count
        else { return nil }
        self.init(
            subjectKinds: subjectKinds,
            facts: facts,
            unitKinds: proto.unitKinds.map { UnitKindSpec(UnitKind(rawValue: $0.kind), zh: $0.nameZh, en: $0.nameEn) },
            unitFields: unitFields,
            requiresUnits: proto.requiresUnits
        )
    }
}

extension FieldSpec {
    init?(proto: Dudao_V1_FieldSpec, path: String, issues: inout ConversionIssues) {
        let type = ValueType(proto: proto.type, path: join(path, "type"), issues: &issues)
        let constraint = Constraint(proto: proto.constraint, path: join(path, "constraint"), issues: &issues)
        guard let type, let constraint else { return nil }
        var unit: String?
        if case .unit(let value)? = proto.unitPresent { unit = value }
        var definition: String?
        if case .definition(let value)? = proto.definitionPresent { definition = value }
        self.init(
            proto.key,
            type,
            zh: proto.nameZh,
            en: proto.nameEn,
            unit: unit,
            constraint: constraint,
            unitKinds: proto.hasUnitKinds ? proto.unitKinds.kinds.map(UnitKind.init(rawValue:)) : nil,
            needed: proto.needed,
            definition: definition
        )
    }
}

extension ValueType {
    init?(proto: Dudao_V1_ValueType, path: String, issues: inout ConversionIssues) {
        switch proto {
        case .number: self = .number
        case .integer: self = .integer
        case .boolean: self = .boolean
        case .text: self = .text
        case .unspecified:
            issues.missing(path)
            return nil
        case .UNRECOGNIZED(let number):
            issues.invalid(path, zh: "未知的值类型 \(number)", en: "unknown value type \(number)")
            return nil
        }
    }
}

extension Constraint {
    init?(proto: Dudao_V1_Constraint, path: String, issues: inout ConversionIssues) {
        switch proto.kind {
        case .none: self = .none
        case .nonNegative: self = .nonNegative
        case .positive: self = .positive
        case .fraction: self = .fraction
        case .between: self = .between(proto.low, proto.high)
        case .unspecified:
            issues.missing(path)
            return nil
        case .UNRECOGNIZED(let number):
            issues.invalid(path, zh: "未知的取值约束 \(number)", en: "unknown constraint \(number)")
            return nil
        }
    }
}
