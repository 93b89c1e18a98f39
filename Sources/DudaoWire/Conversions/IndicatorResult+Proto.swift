public import DudaoCore
public import DudaoProto

extension IndicatorResult {
    /// The indicator alone, its breakdown's units listed in a table of its own; a result lists
    /// the units of all its indicators once (see ``AssessmentResult/proto``).
    public var proto: Dudao_V1_IndicatorResult {
        var units = UnitTable()
        return self.proto(units: &units)
    }

    func proto(units: inout UnitTable) -> Dudao_V1_IndicatorResult {
        var proto = Dudao_V1_IndicatorResult()
        proto.code = self.code
        if let scope = self.scope { proto.scope = scope }
        proto.nameZh = self.nameZh
        proto.nameEn = self.nameEn
        proto.group = self.group
        if let unit = self.unit { proto.unit = unit }
        if let value = self.value { proto.value = value }
        if let threshold = self.threshold { proto.threshold = threshold }
        proto.comparator = self.comparator.proto
        proto.outcome = self.outcome.proto
        proto.decimals = self.decimals.int32
        proto.gating = self.gating
        proto.citation = self.citation.proto
        proto.status = self.status.proto
        if !self.breakdown.isEmpty { proto.columns = self.breakdown.columns(threshold: self.threshold, units: &units) }
        proto.explanationZh = self.explanationZh
        proto.explanationEn = self.explanationEn
        return proto
    }

    /// Reads an indicator, its breakdown from `columns` (1.1, units from `units`) or from the
    /// 1.0 `breakdown` list.
    init?(proto: Dudao_V1_IndicatorResult, units: [Dudao_V1_UnitLabel], path: String, issues: inout ConversionIssues) {
        let comparator = Comparator(proto: proto.comparator, path: join(path, "comparator"), issues: &issues)
        let outcome = Outcome(proto: proto.outcome, path: join(path, "outcome"), issues: &issues)
        let status = StatusTag(proto: proto.status, path: join(path, "status"), issues: &issues)
        var threshold: Double?
        if case .threshold(let number)? = proto.thresholdPresent { threshold = number }
        let breakdown =
            proto.hasColumns
            ? [UnitMeasure](columns: proto.columns, threshold: threshold, units: units, path: join(path, "columns"), issues: &issues)
            : AssessmentResult.all(proto.breakdown, join(path, "breakdown")) { UnitMeasure(proto: $0, path: $1, issues: &issues) }
        guard let comparator, let outcome, let status, let breakdown else { return nil }
        var scope: String?
        if case .scope(let text)? = proto.scopePresent { scope = text }
        var unit: String?
        if case .unit(let text)? = proto.unitPresent { unit = text }
        var value: Double?
        if case .value(let number)? = proto.valuePresent { value = number }
        self.init(
            code: proto.code,
            scope: scope,
            nameZh: proto.nameZh,
            nameEn: proto.nameEn,
            group: proto.group,
            unit: unit,
            value: value,
            threshold: threshold,
            comparator: comparator,
            outcome: outcome,
            decimals: Int(proto.decimals),
            gating: proto.gating,
            citation: Citation(proto: proto.citation),
            status: status,
            breakdown: breakdown,
            explanationZh: proto.explanationZh,
            explanationEn: proto.explanationEn
        )
    }
}

extension UnitMeasure {
    public var proto: Dudao_V1_UnitMeasure {
        var proto = Dudao_V1_UnitMeasure()
        proto.unitID = self.unitID
        proto.unitName = self.unitName
        if let scope = self.scope { proto.scope = scope }
        if let value = self.value { proto.value = value }
        if let threshold = self.threshold { proto.threshold = threshold }
        proto.outcome = self.outcome.proto
        if let note = self.note { proto.note = note }
        if let weight = self.weight { proto.weight = weight }
        return proto
    }

    init?(proto: Dudao_V1_UnitMeasure, path: String, issues: inout ConversionIssues) {
        guard let outcome = Outcome(proto: proto.outcome, path: join(path, "outcome"), issues: &issues) else { return nil }
        var scope: String?
        if case .scope(let text)? = proto.scopePresent { scope = text }
        var value: Double?
        if case .value(let number)? = proto.valuePresent { value = number }
        var threshold: Double?
        if case .threshold(let number)? = proto.thresholdPresent { threshold = number }
        var note: String?
        if case .note(let text)? = proto.notePresent { note = text }
        var weight: Double?
        if case .weight(let number)? = proto.weightPresent { weight = number }
        self.init(
            unitID: proto.unitID,
            unitName: proto.unitName,
            scope: scope,
            value: value,
            threshold: threshold,
            outcome: outcome,
            weight: weight,
            note: note
        )
    }
}
