public import DudaoCore

/// 开学返校专项督导: the reopening checklist per school, and the county's roll-up of the schools
/// not cleared to open and why.
///
/// Each school is checked against the checklist (REFERENCE §7, [P]); it is cleared to open only
/// when every mandatory item is met. The county passes when every school is cleared, fails when
/// any school is not, and is not assessable while some school's mandatory items are unanswered.
/// Every unmet item becomes a rectification finding with a deadline counted from the inspection
/// date (the period).
public struct SchoolReopeningAssessment: Assessment {
    public init() {}

    public static let id = "zj-school-reopening-check"
    static let clearedCode = "RO-CLEARED"
    static let group = IndicatorGroup(code: "RO", zh: "开学条件核验", en: "Reopening conditions")

    static let schoolKinds: [UnitKindSpec] = [
        UnitKindSpec(.kindergarten, zh: "幼儿园", en: "kindergarten"),
        UnitKindSpec(.primary, zh: "小学", en: "primary school"),
        UnitKindSpec(.junior, zh: "初中", en: "junior secondary school"),
        UnitKindSpec(.nineYear, zh: "九年一贯制学校", en: "nine-year school"),
        UnitKindSpec(.twelveYear, zh: "十二年一贯制学校", en: "twelve-year school"),
        UnitKindSpec(.completeSecondary, zh: "完全中学", en: "complete secondary school"),
        UnitKindSpec(.senior, zh: "普通高中", en: "senior secondary school"),
        UnitKindSpec(.vocational, zh: "中等职业学校", en: "vocational school"),
        UnitKindSpec(.special, zh: "特殊教育学校", en: "special-education school"),
    ]

    public var descriptor: AssessmentDescriptor { Self.descriptor }

    public var examples: [WorkedExample] { ReopeningExamples.all }

    static let clearedDefinition = IndicatorDefinition(
        code: clearedCode, zh: "具备开学条件的学校比例", en: "Share of schools cleared to open", unit: "%", group: group.code,
        comparator: .atLeast, decimals: 4, citation: ReopeningDocuments.taizhouChecklist.cite("条件、措施、演练不到位的不得开学"), status: .partial, gating: true
    )

    static let itemDefinitions: [IndicatorDefinition] = ReopeningItems.rows.map { row in
        IndicatorDefinition(
            code: row.code, zh: "\(row.zh)：未落实学校数", en: "\(row.en): schools not in place", unit: "所", group: group.code,
            comparator: .atMost, decimals: 0, citation: row.source.cite(row.code), status: .partial, gating: false
        )
    }

    public static let descriptor = AssessmentDescriptor(
        id: id,
        version: "1.0.0",
        titleZh: "开学返校专项督导",
        titleEn: "School reopening special supervision",
        summaryZh: "逐校核验开学条件清单，必备项全部落实方可开学；汇总全县未具备开学条件的学校及原因，并列出整改事项与期限。清单据 2020 年浙江指引与台州核验清单整理，未见全省统一文本。",
        summaryEn: "Checks every school against the reopening checklist; a school may open only when every mandatory item is in place. Rolls up the county's schools not cleared and why, with rectification items and deadlines. The list follows the 2020 Zhejiang guidance and a 台州 checklist; no province-wide text was found.",
        documents: ReopeningDocuments.all,
        editions: ReopeningEditions.all,
        groups: [group],
        indicators: [clearedDefinition] + itemDefinitions,
        schema: InputSchema(
            subjectKinds: [.county],
            facts: [],
            unitKinds: schoolKinds,
            unitFields: ReopeningItems.rows.flatMap { row in
                row.checks.map { FieldSpec($0.key, .boolean, zh: $0.zh, en: $0.en, definition: row.code) }
                    + row.evidence.map { FieldSpec($0.key, .text, zh: $0.zh, en: $0.en, needed: false, definition: "\(row.code) 佐证材料") }
            },
            requiresUnits: true
        )
    )

    /// Refuses a negative rectification period.
    public func validate(_ input: AssessmentInput, parameters: ParameterSet) -> [ValidationIssue] {
        [parameters.issue(ReopeningEditions.Key.rectificationDays, outside: 0...365)].compactMap { $0 }
    }

    public func evaluate(_ input: AssessmentInput, context: EvaluationContext) throws -> Evaluation {
        let checklist = try ReopeningEditions.checklist(context.parameters)
        let date = input.period.referenceDate
        let checked = input.units.map { unit in
            (unit, checklist.check(unit.fields, referenceDate: date, unitID: unit.id, unitName: unit.name))
        }

        var breakdown: [UnitMeasure] = []
        var blocked: [String] = []
        var undecided: [String] = []
        for (unit, outcome) in checked {
            let note: String?
            switch outcome.gate {
            case .met:
                note = nil
            case .notMet:
                blocked.append(unit.id)
                note = "不具备开学条件：" + outcome.blocking.map { "\($0.item.code) \($0.item.nameZh)" }.joined(separator: "；")
            case .notAssessable:
                undecided.append(unit.id)
                note = "无法判定：缺少 " + outcome.undecided.flatMap(\.missingFields).joined(separator: ", ")
            }
            let value: Double? = outcome.gate == .notAssessable ? nil : (outcome.gate == .met ? 1 : 0)
            breakdown.append(UnitMeasure(unitID: unit.id, unitName: unit.name, value: value, threshold: 1, outcome: outcome.gate, note: note))
        }
        let cleared = checked.count - blocked.count - undecided.count
        let overall = Outcome.all(checked.map(\.1.gate))
        let share = Ratios.share(Double(cleared), of: Double(checked.count))
        let listZh = checked.filter { $0.1.gate == .notMet }.map { unit, outcome in
            "\(unit.name)（\(outcome.blocking.map(\.item.nameZh).joined(separator: "、"))）"
        }
        let listEn = checked.filter { $0.1.gate == .notMet }.map { unit, outcome in
            "\(unit.id) (\(outcome.blocking.map(\.item.code).joined(separator: ", ")))"
        }
        var indicators = [
            IndicatorResult(
                Self.clearedDefinition, value: overall == .notAssessable && blocked.isEmpty ? nil : share, threshold: 1, outcome: overall, breakdown: breakdown,
                zh: "\(checked.count) 所学校中 \(cleared) 所具备开学条件" + (listZh.isEmpty ? "" : "；未具备：\(listZh.joined(separator: "；"))") + (undecided.isEmpty ? "" : "；无法判定：\(undecided.joined(separator: ", "))"),
                en: "\(cleared) of \(checked.count) schools cleared to open" + (listEn.isEmpty ? "" : "; not cleared: \(listEn.joined(separator: "; "))") + (undecided.isEmpty ? "" : "; undecided (data missing): \(undecided.joined(separator: ", "))")
            )
        ]
        for (index, definition) in Self.itemDefinitions.enumerated() {
            let results = checked.map { unit, outcome in (unit, outcome.items[index]) }
            let failing = results.filter { $0.1.outcome == .notMet }
            let unknown = results.filter { $0.1.outcome == .notAssessable }
            let outcome = Outcome.all(results.map(\.1.outcome))
            indicators.append(
                IndicatorResult(
                    definition, value: Double(failing.count), threshold: 0, outcome: outcome,
                    breakdown: results.map { unit, result in
                        UnitMeasure(
                            unitID: unit.id, unitName: unit.name, value: nil, threshold: nil, outcome: result.outcome,
                            note: result.outcome == .met ? nil : (result.failedChecks + result.missingFields.map { "\($0)?" }).joined(separator: ", ")
                        )
                    },
                    zh: "未落实 \(failing.count) 所" + (unknown.isEmpty ? "" : "，无法判定 \(unknown.count) 所（缺少数据）"),
                    en: "\(failing.count) schools not in place" + (unknown.isEmpty ? "" : "; \(unknown.count) undecided (data missing)")
                )
            )
        }

        var warnings: [Warning] = []
        if !undecided.isEmpty {
            warnings.append(
                Warning(
                    code: "undecided_schools",
                    zh: "\(undecided.count) 所学校的必备项数据不全，无法判定是否具备开学条件",
                    en: "\(undecided.count) schools lack answers to mandatory items; whether they may open cannot be judged",
                    unitIDs: undecided
                )
            )
        }
        return Evaluation(
            indicators: indicators,
            findings: checked.flatMap(\.1.findings),
            warnings: warnings,
            measures: [
                "schools": Double(checked.count),
                "cleared": Double(cleared),
                "blocked": Double(blocked.count),
                "undecided": Double(undecided.count),
            ]
        )
    }

    /// Rows per county: schools, cleared, blocked and undecided, and which schools are blocked.
    public func summarize(_ results: [AssessmentResult]) -> BatchSummary? {
        let results = results.sorted { $0.subject.code < $1.subject.code }
        guard !results.isEmpty else { return nil }
        var statistics: [String: Double] = ["counties": Double(results.count)]
        let rows = results.map { result in
            for key in ["schools", "cleared", "blocked", "undecided"] {
                statistics[key, default: 0] += result.measures[key] ?? 0
            }
            let blocked = result.indicator(Self.clearedCode)?.breakdown.filter { $0.outcome == .notMet }.map(\.unitID) ?? []
            return SummaryRow(
                subjectCode: result.subject.code, subjectName: result.subject.name,
                values: result.measures,
                labels: ["verdict": result.verdict.rawValue, "blocked_schools": blocked.joined(separator: ",")]
            )
        }
        let verdicts = results.map(\.verdict)
        let verdict: Verdict = verdicts.contains(.fail) ? .fail : (verdicts.contains(.notAssessable) ? .notAssessable : .pass)
        return BatchSummary(
            assessment: Self.id, verdict: verdict,
            titleZh: "开学返校专项督导：各县未具备开学条件的学校", titleEn: "School reopening: schools not cleared, by county",
            rows: rows, statistics: statistics,
            notesZh: ["学校须全部必备项落实方可开学；清单为 [P]，必备项划分与整改期限为参数 [U]。"],
            notesEn: ["A school may open only when every mandatory item is in place; the list is [P], the mandatory split and the rectification period are parameters [U]."]
        )
    }
}
