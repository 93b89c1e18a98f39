public import DudaoCore
public import DudaoProto

extension Edition {
    /// The edition with all its documents and parameters, for `Describe`.
    public var proto: Dudao_V1_Edition {
        var proto = Dudao_V1_Edition()
        proto.id = self.id
        proto.titleZh = self.titleZh
        proto.titleEn = self.titleEn
        proto.effectiveFrom = self.effectiveFrom.description
        if let until = self.effectiveUntil { proto.effectiveUntil = until.description }
        proto.documents = self.documents.map(\.proto)
        proto.parameters = self.parameters.all.map(\.proto)
        proto.notes = self.notes
        return proto
    }
}

extension EditionReference {
    public var proto: Dudao_V1_EditionReference {
        var proto = Dudao_V1_EditionReference()
        proto.id = self.id
        proto.titleZh = self.titleZh
        proto.titleEn = self.titleEn
        proto.effectiveFrom = self.effectiveFrom.description
        if let until = self.effectiveUntil { proto.effectiveUntil = until.description }
        return proto
    }

    /// Reads an edition reference from the wire.
    ///
    /// - Throws: ``DudaoError`` ``DudaoError/Code/invalidArgument`` when a date is not `YYYY-MM-DD`.
    public init(proto: Dudao_V1_EditionReference) throws {
        self = try ConversionIssues.convert("edition reference") { EditionReference(proto: proto, path: "edition", issues: &$0) }
    }

    init?(proto: Dudao_V1_EditionReference, path: String, issues: inout ConversionIssues) {
        let from = CalendarDate(proto: proto.effectiveFrom, path: join(path, "effectiveFrom"), issues: &issues)
        var until: CalendarDate?
        var untilValid = true
        if case .effectiveUntil(let text)? = proto.effectiveUntilPresent {
            until = CalendarDate(proto: text, path: join(path, "effectiveUntil"), issues: &issues)
            untilValid = until != nil
        }
        guard let from, untilValid else { return nil }
        self.init(id: proto.id, titleZh: proto.titleZh, titleEn: proto.titleEn, effectiveFrom: from, effectiveUntil: until)
    }
}

extension Parameter {
    public var proto: Dudao_V1_Parameter {
        var proto = Dudao_V1_Parameter()
        proto.key = self.key
        proto.nameZh = self.nameZh
        proto.nameEn = self.nameEn
        proto.value = self.value.proto
        if let unit = self.unit { proto.unit = unit }
        proto.citation = self.citation.proto
        proto.status = self.status.proto
        if let allowed = self.allowedValues {
            var list = Dudao_V1_ValueList()
            list.values = allowed.map(\.proto)
            proto.allowedValues = list
        }
        return proto
    }

    /// Reads a parameter from the wire (results carry the parameters they used).
    ///
    /// - Throws: ``DudaoError`` ``DudaoError/Code/invalidArgument`` when the value or status is unset.
    public init(proto: Dudao_V1_Parameter) throws {
        self = try ConversionIssues.convert("parameter") { Parameter(proto: proto, path: "parameter", issues: &$0) }
    }

    init?(proto: Dudao_V1_Parameter, path: String, issues: inout ConversionIssues) {
        var value: Value?
        if proto.hasValue {
            value = Value(proto: proto.value, path: join(path, "value"), issues: &issues)
        } else {
            issues.missing(join(path, "value"))
        }
        let status = StatusTag(proto: proto.status, path: join(path, "status"), issues: &issues)
        var allowed: [Value]?
        var allowedValid = true
        if proto.hasAllowedValues {
            let values = proto.allowedValues.values.enumerated().compactMap { index, value in
                Value(proto: value, path: join(path, "allowedValues[\(index)]"), issues: &issues)
            }
            allowedValid = values.count == proto.allowedValues.values.count
            allowed = values
        }
        var unit: String?
        if case .unit(let text)? = proto.unitPresent { unit = text }
        guard let value, let status, allowedValid else { return nil }
        self.init(
            proto.key,
            value,
            nameZh: proto.nameZh,
            nameEn: proto.nameEn,
            unit: unit,
            citation: Citation(proto: proto.citation),
            status: status,
            allowedValues: allowed
        )
    }
}

extension SourceDocument {
    public var proto: Dudao_V1_SourceDocument {
        var proto = Dudao_V1_SourceDocument()
        proto.title = self.title
        if let number = self.number { proto.number = number }
        proto.issuer = self.issuer
        if let year = self.year { proto.year = year.int32 }
        if let url = self.url { proto.url = url }
        proto.status = self.status.proto
        return proto
    }
}

extension Citation {
    public var proto: Dudao_V1_Citation {
        var proto = Dudao_V1_Citation()
        proto.document = self.document
        if let number = self.number { proto.number = number }
        if let article = self.article { proto.article = article }
        if let note = self.note { proto.note = note }
        return proto
    }

    public init(proto: Dudao_V1_Citation) {
        var number: String?
        if case .number(let value)? = proto.numberPresent { number = value }
        var article: String?
        if case .article(let value)? = proto.articlePresent { article = value }
        var note: String?
        if case .note(let value)? = proto.notePresent { note = value }
        self.init(document: proto.document, number: number, article: article, note: note)
    }
}

extension StatusTag {
    public var proto: Dudao_V1_StatusTag {
        switch self {
        case .confirmed: .confirmed
        case .partial: .partial
        case .unconfirmed: .unconfirmed
        }
    }

    init?(proto: Dudao_V1_StatusTag, path: String, issues: inout ConversionIssues) {
        switch proto {
        case .confirmed: self = .confirmed
        case .partial: self = .partial
        case .unconfirmed: self = .unconfirmed
        case .unspecified:
            issues.missing(path)
            return nil
        case .UNRECOGNIZED(let number):
            issues.invalid(path, zh: "未知的核实状态 \(number)", en: "unknown status tag \(number)")
            return nil
        }
    }
}
