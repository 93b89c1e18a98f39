public import DudaoCore
public import DudaoProto

extension Finding {
    public var proto: Dudao_V1_Finding {
        var proto = Dudao_V1_Finding()
        if let unitID = self.unitID { proto.unitID = unitID }
        if let unitName = self.unitName { proto.unitName = unitName }
        proto.indicatorCode = self.indicatorCode
        if let scope = self.scope { proto.scope = scope }
        proto.nameZh = self.nameZh
        proto.nameEn = self.nameEn
        if let value = self.value { proto.value = value }
        if let threshold = self.threshold { proto.threshold = threshold }
        if let shortfall = self.shortfall { proto.shortfall = shortfall }
        if let unit = self.unit { proto.unit = unit }
        if let deadline = self.deadline { proto.deadline = deadline.description }
        proto.messageZh = self.messageZh
        proto.messageEn = self.messageEn
        return proto
    }

    init?(proto: Dudao_V1_Finding, path: String, issues: inout ConversionIssues) {
        var deadline: CalendarDate?
        if case .deadline(let text)? = proto.deadlinePresent {
            guard let date = CalendarDate(proto: text, path: join(path, "deadline"), issues: &issues) else { return nil }
            deadline = date
        }
        var unitID: String?
        if case .unitID(let text)? = proto.unitIDPresent { unitID = text }
        var unitName: String?
        if case .unitName(let text)? = proto.unitNamePresent { unitName = text }
        var scope: String?
        if case .scope(let text)? = proto.scopePresent { scope = text }
        var value: Double?
        if case .value(let number)? = proto.valuePresent { value = number }
        var threshold: Double?
        if case .threshold(let number)? = proto.thresholdPresent { threshold = number }
        var shortfall: Double?
        if case .shortfall(let number)? = proto.shortfallPresent { shortfall = number }
        var unit: String?
        if case .unit(let text)? = proto.unitPresent { unit = text }
        self.init(
            unitID: unitID,
            unitName: unitName,
            indicatorCode: proto.indicatorCode,
            scope: scope,
            nameZh: proto.nameZh,
            nameEn: proto.nameEn,
            value: value,
            threshold: threshold,
            shortfall: shortfall,
            unit: unit,
            deadline: deadline,
            zh: proto.messageZh,
            en: proto.messageEn
        )
    }
}

extension Warning {
    public var proto: Dudao_V1_Warning {
        var proto = Dudao_V1_Warning()
        proto.code = self.code
        proto.messageZh = self.messageZh
        proto.messageEn = self.messageEn
        proto.unitIds = self.unitIDs
        return proto
    }

    public init(proto: Dudao_V1_Warning) {
        self.init(code: proto.code, zh: proto.messageZh, en: proto.messageEn, unitIDs: proto.unitIds)
    }
}

extension VetoResult {
    public var proto: Dudao_V1_VetoResult {
        var proto = Dudao_V1_VetoResult()
        proto.code = self.code
        proto.nameZh = self.nameZh
        proto.nameEn = self.nameEn
        if let fired = self.fired { proto.fired = fired }
        proto.citation = self.citation.proto
        proto.status = self.status.proto
        proto.explanationZh = self.explanationZh
        proto.explanationEn = self.explanationEn
        return proto
    }

    init?(proto: Dudao_V1_VetoResult, path: String, issues: inout ConversionIssues) {
        guard let status = StatusTag(proto: proto.status, path: join(path, "status"), issues: &issues) else { return nil }
        var fired: Bool?
        if case .fired(let flag)? = proto.firedPresent { fired = flag }
        self.init(
            code: proto.code,
            zh: proto.nameZh,
            en: proto.nameEn,
            fired: fired,
            citation: Citation(proto: proto.citation),
            status: status,
            explanationZh: proto.explanationZh,
            explanationEn: proto.explanationEn
        )
    }
}

extension MissingField {
    public var proto: Dudao_V1_MissingField {
        var proto = Dudao_V1_MissingField()
        proto.path = self.path
        proto.key = self.key
        proto.nameZh = self.nameZh
        proto.nameEn = self.nameEn
        if let unitID = self.unitID { proto.unitID = unitID }
        if let unitName = self.unitName { proto.unitName = unitName }
        return proto
    }

    public init(proto: Dudao_V1_MissingField) {
        var unitID: String?
        if case .unitID(let text)? = proto.unitIDPresent { unitID = text }
        var unitName: String?
        if case .unitName(let text)? = proto.unitNamePresent { unitName = text }
        self.init(path: proto.path, key: proto.key, nameZh: proto.nameZh, nameEn: proto.nameEn, unitID: unitID, unitName: unitName)
    }
}
