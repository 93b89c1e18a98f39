public import DudaoCore

/// 责任督学挂牌督导 coverage: every school from kindergarten to senior high has an inspector, each
/// inspector has about five schools, each zone at most about twenty, and visits are monthly.
///
/// Input: the county's schools with their inspector, zone, visit count and plaque, and the number
/// of months the period covers. Gaps are listed per school (scope: its zone) and per inspector and
/// zone. A school that does not say who its inspector is is not assessable, never "covered".
public struct InspectorCoverageAssessment: Assessment {
    public init() {}

    public static let id = "responsible-inspector-coverage"

    enum Field {
        static let inspector = "inspector_id"
        static let zone = "zone_id"
        static let visits = "regular_visits"
        static let plaque = "plaque_displayed"
        static let months = "period_months"
    }

    public var descriptor: AssessmentDescriptor { Self.descriptor }

    public var examples: [WorkedExample] { InspectorCoverageExamples.all }

    public static let descriptor = AssessmentDescriptor(
        id: id,
        version: "1.0.0",
        titleZh: "中小学（幼儿园）责任督学挂牌督导覆盖情况",
        titleEn: "Responsible-inspector coverage of schools and kindergartens",
        summaryZh: "检查每所学校（幼儿园至高中）是否配备责任督学、每名督学约负责 5 所、每个责任区不超过约 20 所、每月至少一次经常性督导、挂牌公示，逐校、逐责任区列出缺口。",
        summaryEn: "Checks that every school from kindergarten to senior high has a responsible inspector, about five schools per inspector, at most about twenty per zone, monthly visits and the plaque, and lists the gaps per school and per zone.",
        documents: InspectorDocuments.all,
        editions: InspectorEditions.all,
        groups: [InspectorCoverageIndicators.group],
        indicators: InspectorCoverageIndicators.all,
        schema: InputSchema(
            subjectKinds: [.county],
            facts: [FieldSpec(Field.months, .integer, zh: "统计期月数", en: "Months in the period", unit: "月", constraint: .between(1, 12), definition: "统计期内应开展经常性督导的月数")],
            unitKinds: [
                UnitKindSpec(.kindergarten, zh: "幼儿园", en: "kindergarten"),
                UnitKindSpec(.primary, zh: "小学", en: "primary school"),
                UnitKindSpec(.junior, zh: "初中", en: "junior secondary school"),
                UnitKindSpec(.nineYear, zh: "九年一贯制学校", en: "nine-year school"),
                UnitKindSpec(.twelveYear, zh: "十二年一贯制学校", en: "twelve-year school"),
                UnitKindSpec(.completeSecondary, zh: "完全中学", en: "complete secondary school"),
                UnitKindSpec(.senior, zh: "普通高中", en: "senior secondary school"),
                UnitKindSpec(.special, zh: "特殊教育学校", en: "special-education school"),
            ],
            unitFields: [
                FieldSpec(Field.inspector, .text, zh: "责任督学编号（空字符串表示未配备）", en: "Inspector id (empty when none is assigned)"),
                FieldSpec(Field.zone, .text, zh: "督学责任区编号", en: "Zone id"),
                FieldSpec(Field.visits, .integer, zh: "统计期内经常性督导次数", en: "Regular visits in the period", unit: "次", constraint: .nonNegative),
                FieldSpec(Field.plaque, .boolean, zh: "已在校门口挂牌公示", en: "Plaque displayed at the gate"),
            ],
            requiresUnits: true
        )
    )

    /// Refuses limits below one school, a negative visit frequency or rectification period.
    public func validate(_ input: AssessmentInput, parameters: ParameterSet) -> [ValidationIssue] {
        [
            parameters.issue(InspectorEditions.Key.schoolsPerInspector, outside: 1...1000),
            parameters.issue(InspectorEditions.Key.schoolsPerZone, outside: 1...10000),
            parameters.issue(InspectorEditions.Key.visitsPerMonth, outside: 0...100),
            parameters.issue(InspectorEditions.Key.rectificationDays, outside: 0...3650),
        ].compactMap { $0 }
    }

    public func evaluate(_ input: AssessmentInput, context: EvaluationContext) throws -> Evaluation {
        let parameters = context.parameters
        let perInspector = try parameters.integer(InspectorEditions.Key.schoolsPerInspector)
        let perZone = try parameters.integer(InspectorEditions.Key.schoolsPerZone)
        let perMonth = try parameters.number(InspectorEditions.Key.visitsPerMonth)
        let deadline = input.period.referenceDate.adding(days: try parameters.integer(InspectorEditions.Key.rectificationDays))
        let includeKindergartens = try parameters.boolean(InspectorEditions.Key.includeKindergartens)
        let schools = input.units.filter { includeKindergartens || $0.kind != .kindergarten }
        let months = input.facts[Field.months]?.value.numberValue
        var warnings: [Warning] = []
        if !includeKindergartens && schools.count < input.units.count {
            warnings.append(Warning(code: "kindergartens_excluded", zh: "本次不含幼儿园（参数 include_kindergartens）", en: "Kindergartens are left out (parameter include_kindergartens)"))
        }

        func text(_ unit: Unit, _ key: String) -> String? { unit.fields[key]?.value.textValue?.trimmingCharacters() }
        var findings: [Finding] = []
        var gaps: [String: [String]] = [:]

        // IC-1: an inspector for every school.
        var assigned: [UnitMeasure] = []
        for school in schools {
            let zone = text(school, Field.zone)
            switch text(school, Field.inspector) {
            case nil:
                assigned.append(UnitMeasure(unitID: school.id, unitName: school.name, scope: zone, value: nil, threshold: 1, outcome: .notAssessable, note: "not assessable: field \(Field.inspector) missing"))
            case ""?:
                assigned.append(UnitMeasure(unitID: school.id, unitName: school.name, scope: zone, value: 0, threshold: 1, outcome: .notMet))
                gaps[zone ?? "—", default: []].append("无责任督学：\(school.name)")
                findings.append(
                    Finding(
                        unitID: school.id, unitName: school.name, indicatorCode: "IC-1", scope: zone, nameZh: InspectorCoverageIndicators.assigned.nameZh, nameEn: InspectorCoverageIndicators.assigned.nameEn,
                        deadline: deadline, zh: "\(school.name) 未配备责任督学", en: "\(school.name) has no responsible inspector"
                    )
                )
            case let inspector?:
                assigned.append(UnitMeasure(unitID: school.id, unitName: school.name, scope: zone, value: 1, threshold: 1, outcome: .met, note: inspector))
            }
        }

        // IC-2 and IC-3: loads per inspector and per zone.
        let (loadResult, loadFindings) = self.load(
            schools, key: Field.inspector, limit: perInspector, definition: InspectorCoverageIndicators.load, deadline: deadline,
            zh: { "责任督学 \($0)" }, en: { "inspector \($0)" }
        )
        let (zoneResult, zoneFindings) = self.load(
            schools, key: Field.zone, limit: perZone, definition: InspectorCoverageIndicators.zoneSize, deadline: deadline,
            zh: { "督学责任区 \($0)" }, en: { "zone \($0)" }
        )
        findings += loadFindings + zoneFindings

        // IC-4: visits at least months × visits a month.
        var visits: [UnitMeasure] = []
        let required = months.map { $0 * perMonth }
        for school in schools {
            let zone = text(school, Field.zone)
            guard let required, let count = school.fields[Field.visits]?.value.numberValue else {
                let field = months == nil ? "facts.\(Field.months)" : Field.visits
                visits.append(UnitMeasure(unitID: school.id, unitName: school.name, scope: zone, value: nil, threshold: required, outcome: .notAssessable, note: "not assessable: field \(field) missing"))
                continue
            }
            let met = count >= required
            visits.append(UnitMeasure(unitID: school.id, unitName: school.name, scope: zone, value: count, threshold: required, outcome: met ? .met : .notMet))
            if !met {
                gaps[zone ?? "—", default: []].append("督导频次不足：\(school.name)")
                findings.append(
                    Finding(
                        unitID: school.id, unitName: school.name, indicatorCode: "IC-4", scope: zone, nameZh: InspectorCoverageIndicators.visits.nameZh, nameEn: InspectorCoverageIndicators.visits.nameEn,
                        value: count, threshold: required, shortfall: required - count, unit: "次", deadline: deadline,
                        zh: "\(school.name) 经常性督导 \(Int(count)) 次，应不少于 \(Rounding.format(required, decimals: 0)) 次", en: "\(school.name): \(Int(count)) regular visits, at least \(Rounding.format(required, decimals: 0)) required"
                    )
                )
            }
        }

        // IC-5: the plaque at the gate.
        var plaques: [UnitMeasure] = []
        for school in schools {
            let zone = text(school, Field.zone)
            guard let shown = school.fields[Field.plaque]?.value.booleanValue else {
                plaques.append(UnitMeasure(unitID: school.id, unitName: school.name, scope: zone, value: nil, threshold: 1, outcome: .notAssessable, note: "not assessable: field \(Field.plaque) missing"))
                continue
            }
            plaques.append(UnitMeasure(unitID: school.id, unitName: school.name, scope: zone, value: shown ? 1 : 0, threshold: 1, outcome: shown ? .met : .notMet))
            if !shown {
                gaps[zone ?? "—", default: []].append("未挂牌公示：\(school.name)")
                findings.append(
                    Finding(
                        unitID: school.id, unitName: school.name, indicatorCode: "IC-5", scope: zone, nameZh: InspectorCoverageIndicators.plaque.nameZh, nameEn: InspectorCoverageIndicators.plaque.nameEn,
                        deadline: deadline, zh: "\(school.name) 未挂牌公示责任督学", en: "\(school.name) does not display the inspector's plaque"
                    )
                )
            }
        }

        for (zone, list) in gaps.sorted(by: { $0.key < $1.key }) {
            warnings.append(Warning(code: "zone_gaps", zh: "责任区 \(zone)：\(list.joined(separator: "；"))", en: "zone \(zone): \(list.count) gaps", unitIDs: [zone]))
        }

        let coverage = Self.share(InspectorCoverageIndicators.assigned, assigned, what: ("配备责任督学", "have an inspector"))
        let frequency = Self.share(InspectorCoverageIndicators.visits, visits, what: ("督导频次达标", "are visited often enough"))
        let plaque = Self.share(InspectorCoverageIndicators.plaque, plaques, what: ("挂牌公示", "display the plaque"))
        var measures: [String: Double] = ["schools": Double(schools.count)]
        measures["assigned_share"] = coverage.value
        measures["max_load"] = loadResult.value
        measures["max_zone_size"] = zoneResult.value
        measures["visit_share"] = frequency.value
        return Evaluation(indicators: [coverage, loadResult, zoneResult, frequency, plaque], findings: findings, warnings: warnings, measures: measures)
    }

    /// A share indicator over per-school outcomes: the value is known only when every school is.
    static func share(_ definition: IndicatorDefinition, _ breakdown: [UnitMeasure], what: (zh: String, en: String)) -> IndicatorResult {
        let met = breakdown.filter { $0.outcome == .met }.count
        let unknown = breakdown.filter { $0.outcome == .notAssessable }
        let outcome = Outcome.all(breakdown.map(\.outcome))
        let value = unknown.isEmpty ? Ratios.share(Double(met), of: Double(breakdown.count)) : nil
        let missing = unknown.map(\.unitID).joined(separator: ", ")
        return IndicatorResult(
            definition, value: value, threshold: 1, outcome: outcome, breakdown: breakdown,
            zh: "\(breakdown.count) 所学校中 \(met) 所\(what.zh)" + (unknown.isEmpty ? "" : "；\(unknown.count) 所缺少数据：\(missing)"),
            en: "\(met) of \(breakdown.count) schools \(what.en)" + (unknown.isEmpty ? "" : "; not assessable for \(missing): data missing")
        )
    }

    /// The highest number of schools per inspector or zone against its limit.
    private func load(
        _ schools: [Unit], key: String, limit: Int, definition: IndicatorDefinition, deadline: CalendarDate,
        zh: (String) -> String, en: (String) -> String
    ) -> (IndicatorResult, [Finding]) {
        var groups: [String: [Unit]] = [:]
        var unknown: [String] = []
        for school in schools {
            guard let id = school.fields[key]?.value.textValue?.trimmingCharacters() else {
                unknown.append(school.id)
                continue
            }
            if !id.isEmpty { groups[id, default: []].append(school) }
        }
        var breakdown: [UnitMeasure] = []
        var findings: [Finding] = []
        for (id, members) in groups.sorted(by: { $0.key < $1.key }) {
            let over = members.count > limit
            breakdown.append(UnitMeasure(unitID: id, unitName: zh(id), value: Double(members.count), threshold: Double(limit), outcome: over ? .notMet : .met, note: members.map(\.id).joined(separator: ",")))
            if over {
                findings.append(
                    Finding(
                        unitID: id, unitName: zh(id), indicatorCode: definition.code, scope: key == Field.zone ? id : nil, nameZh: definition.nameZh, nameEn: definition.nameEn,
                        value: Double(members.count), threshold: Double(limit), shortfall: Double(members.count - limit), unit: "所", deadline: deadline,
                        zh: "\(zh(id)) 负责 \(members.count) 所学校，超过 \(limit) 所", en: "\(en(id)) covers \(members.count) schools, more than \(limit)"
                    )
                )
            }
        }
        let highest = breakdown.compactMap(\.value).max()
        let outcome: Outcome = findings.isEmpty ? (unknown.isEmpty ? .met : .notAssessable) : .notMet
        let note = unknown.isEmpty ? "" : "；\(unknown.count) 所学校缺少字段 \(key)，负责数可能偏低"
        let noteEn = unknown.isEmpty ? "" : "; not assessable for \(unknown.count) schools: field \(key) missing"
        return (
            IndicatorResult(
                definition, value: highest, threshold: Double(limit), outcome: outcome, breakdown: breakdown,
                zh: "最多 \(highest.map { Int($0) } ?? 0) 所，上限 \(limit) 所" + note,
                en: "highest \(highest.map { Int($0) } ?? 0), limit \(limit)" + noteEn
            ),
            findings
        )
    }

    /// Rows per county: schools, coverage, loads and visit share.
    public func summarize(_ results: [AssessmentResult]) -> BatchSummary? {
        let results = results.sorted { $0.subject.code < $1.subject.code }
        guard !results.isEmpty else { return nil }
        let rows = results.map { result in
            SummaryRow(
                subjectCode: result.subject.code, subjectName: result.subject.name, values: result.measures,
                labels: ["verdict": result.verdict.rawValue, "gaps": String(result.findings.count)]
            )
        }
        let verdicts = results.map(\.verdict)
        return BatchSummary(
            assessment: Self.id,
            verdict: verdicts.contains(.fail) ? .fail : (verdicts.contains(.notAssessable) ? .notAssessable : .pass),
            titleZh: "责任督学挂牌督导覆盖：各县情况", titleEn: "Responsible-inspector coverage by county",
            rows: rows,
            statistics: ["counties": Double(results.count), "schools": results.compactMap { $0.measures["schools"] }.reduce(0, +)],
            notesZh: ["每校配备责任督学；每人约 5 所、每区不超过约 20 所、每月至少一次经常性督导为参数。"],
            notesEn: ["Every school has an inspector; about 5 schools each, at most about 20 per zone and monthly visits are parameters."]
        )
    }
}

extension String {
    func trimmingCharacters() -> String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
