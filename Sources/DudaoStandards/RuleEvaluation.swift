import DudaoCore

/// Evaluates one rule of a pack for one input: the core's kits, driven by data.
struct RuleEvaluation {
    let definition: IndicatorDefinition
    let input: AssessmentInput
    let parameters: ParameterSet
    /// Results of the indicators declared before this one, for k-of-n and score rules.
    let earlier: [String: IndicatorResult]
    /// The pack's checklist, for the checklist rules.
    let checklist: PackChecklist?
    /// The standard's words and the units' scopes, for the unit rules.
    var presentation = RulePresentation()

    func evaluate(_ rule: PackRule) throws -> (IndicatorResult, [Finding]) {
        switch rule {
        case .measure(let measure, let threshold):
            return try self.subject(measure, threshold)
        case .check(let key):
            guard let flag = self.input.facts[key]?.value.booleanValue else {
                return (self.unknown([.fact(key)], threshold: 1), [])
            }
            let result = IndicatorResult(self.definition, value: flag ? 1 : 0, threshold: 1, outcome: flag ? .met : .notMet, zh: flag ? "是" : "否：\(key)", en: flag ? "yes" : "no: \(key)")
            return (result, flag ? [] : [self.finding(value: 0, threshold: 1, zh: "\(self.definition.nameZh)：未做到", en: "\(self.definition.nameEn): not done")])
        case .eachUnit(let measure, let threshold, let kinds, let share):
            return try self.eachUnit(measure, threshold, kinds: kinds, share: share)
        case .differenceCoefficient(let resource, let pupils, let scale, let kinds, let limit):
            return try self.differenceCoefficient(resource: resource, pupils: pupils, scale: scale, kinds: kinds, limit: limit)
        case .groupCount(let by, let kinds, let limit, let label):
            return try self.groupCount(by: by, kinds: kinds, limit: limit, label: label)
        case .kOfN(let codes, let atLeast, let floor):
            return try self.kOfN(codes, atLeast: atLeast, floor: floor)
        case .checklistGate:
            return try self.checklistGate()
        case .checklistItem(let code):
            return try self.checklistItem(code)
        case .score(let items, let pass, let bands):
            return try self.score(items, pass: pass, bands: bands)
        }
    }

    private func unknown(_ notes: [MissingNote], threshold: Double?, breakdown: [UnitMeasure] = []) -> IndicatorResult {
        let note = MissingNote.explanation(notes)
        return IndicatorResult(self.definition, value: nil, threshold: threshold, outcome: .notAssessable, breakdown: breakdown, zh: note.zh, en: note.en)
    }

    private func format(_ value: Double) -> String { Rounding.format(value, decimals: self.definition.decimals) }

    private func finding(unit: Unit? = nil, value: Double?, threshold: Double?, zh: String, en: String) -> Finding {
        Finding(
            unitID: unit?.id, unitName: unit?.name, indicatorCode: self.definition.code, nameZh: self.definition.nameZh, nameEn: self.definition.nameEn,
            value: value, threshold: threshold, shortfall: value.flatMap { value in threshold.map { abs($0 - value) } }, unit: self.definition.unit, zh: zh, en: en
        )
    }

    private func subject(_ measure: PackMeasure, _ threshold: PackThreshold) throws -> (IndicatorResult, [Finding]) {
        let (value, missing) = measure.evaluate(self.input.facts, prefix: "facts.")
        let (limit, factMissing) = try threshold.limit(self.parameters, facts: self.input.facts)
        guard let value, limit != nil else { return (self.unknown([missing, factMissing].compactMap { $0 }, threshold: limit), []) }
        let (outcome, shown) = try threshold.outcome(value, self.parameters, facts: self.input.facts)
        let zh = "\(measure.summary) = \(self.format(value))，要求 \(threshold.summaryValues(self.parameters, self.format))"
        let en = "\(measure.summary) = \(self.format(value)), required \(threshold.summaryValues(self.parameters, self.format))"
        let result = IndicatorResult(self.definition, value: value, threshold: shown, outcome: outcome, zh: zh, en: en)
        return (result, outcome == .notMet ? [self.finding(value: value, threshold: shown, zh: "\(self.definition.nameZh)：\(zh)", en: "\(self.definition.nameEn): \(en)")] : [])
    }

    private func units(_ kinds: [UnitKind]?) -> [Unit] {
        self.input.units.filter { unit in kinds.map { $0.contains(unit.kind) } ?? true }
    }

    private func eachUnit(_ measure: PackMeasure, _ threshold: PackThreshold, kinds: [UnitKind]?, share: String?) throws -> (IndicatorResult, [Finding]) {
        let required = try share.map(self.parameters.number) ?? 1
        let units = self.units(kinds)
        guard !units.isEmpty else { return (self.unknown([.reason(zh: "没有符合类型的单位", en: "no unit of the kinds the rule covers")], threshold: required), []) }
        let factMissing = try threshold.limit(self.parameters, facts: self.input.facts).1
        var breakdown: [UnitMeasure] = []
        var findings: [Finding] = []
        var unknown: [String] = []
        let known = try threshold.limit(self.parameters, facts: self.input.facts).0
        let presentation = self.presentation
        for unit in units {
            let scope = presentation.scope(of: unit)
            let (value, fieldMissing) = measure.evaluate(unit.fields, prefix: "")
            let missing = factMissing ?? fieldMissing
            guard let value, factMissing == nil else {
                unknown.append(unit.id)
                breakdown.append(UnitMeasure(unitID: unit.id, unitName: unit.name, scope: scope, value: nil, threshold: known, outcome: .notAssessable, note: MissingNote.explanation([missing!]).en))
                continue
            }
            let (outcome, limit) = try threshold.outcome(value, self.parameters, facts: self.input.facts)
            // A unit that names something (an inspector's id) shows it on its row.
            let named: String? = if case .present(let key) = measure, outcome == .met { unit.fields[key]?.value.textValue?.trimmingCharacters(in: " \t") } else { nil }
            breakdown.append(UnitMeasure(unitID: unit.id, unitName: unit.name, scope: scope, value: value, threshold: limit, outcome: outcome, note: named))
            if outcome == .notMet {
                let text = presentation.text(
                    \.finding, ["unit": unit.name, "value": PackWarning.show(value), "threshold": PackWarning.show(limit)],
                    generic: (
                        "\(unit.name) \(measure.summary) = \(self.format(value))，要求 \(threshold.summaryValues(self.parameters, self.format))",
                        "\(unit.name): \(measure.summary) = \(self.format(value)), required \(threshold.summaryValues(self.parameters, self.format))"
                    )
                )
                var finding = self.finding(unit: unit, value: value, threshold: limit, zh: text.zh, en: text.en)
                finding.scope = scope
                if case .present = measure {
                    // A yes/no gap has no figure to fall short by.
                    (finding.value, finding.threshold, finding.shortfall, finding.unit) = (nil, nil, nil, nil)
                } else {
                    finding.unit = presentation.unit(of: measure)
                }
                findings.append(finding)
            }
        }
        let met = breakdown.filter { $0.outcome == .met }.count
        let count = Double(units.count)
        // Known when every unit is, or when the units already known decide it either way.
        let outcome: Outcome =
            Double(met) / count >= required ? .met
            : Double(met + unknown.count) / count < required ? .notMet : .notAssessable
        let value = unknown.isEmpty ? Double(met) / count : nil
        let suffix =
            unknown.isEmpty
            ? ("", "")
            : presentation.text(
                \.missing, ["count": "\(unknown.count)", "units": unknown.joined(separator: ", ")],
                generic: ("；缺少数据：\(unknown.joined(separator: ", "))", "; not assessable for \(unknown.joined(separator: ", ")): data missing")
            )
        let text = presentation.text(
            \.result, ["total": "\(units.count)", "met": "\(met)"], generic: ("\(units.count) 个单位中 \(met) 个达到要求", "\(met) of \(units.count) units meet the requirement")
        )
        let result = IndicatorResult(self.definition, value: value, threshold: required, outcome: outcome, breakdown: breakdown, zh: text.zh + suffix.0, en: text.en + suffix.1)
        return (result, findings)
    }

    private func differenceCoefficient(resource: String, pupils: String, scale: Double, kinds: [UnitKind]?, limit: String) throws -> (IndicatorResult, [Finding]) {
        let most = try self.parameters.number(limit)
        let units = self.units(kinds)
        var samples: [DifferenceCoefficient.Sample] = []
        var missing: [MissingNote] = []
        for unit in units {
            guard let amount = unit.fields[resource]?.value.numberValue, let count = unit.fields[pupils]?.value.numberValue else {
                missing.append(.reason(zh: "\(unit.id) 缺少字段 \(resource) 或 \(pupils)", en: "field \(resource) or \(pupils) missing for \(unit.id)"))
                continue
            }
            samples.append(.init(resource: amount, pupils: count))
        }
        guard missing.isEmpty else { return (self.unknown(missing, threshold: most), []) }
        guard let coefficient = DifferenceCoefficient(samples, scale: scale) else {
            return (self.unknown([.reason(zh: "没有学生或资源为 0，差异系数无定义", en: "no pupils or no resource: the coefficient is undefined")], threshold: most), [])
        }
        let breakdown = zip(units, samples).map { unit, sample in
            UnitMeasure(unitID: unit.id, unitName: unit.name, value: sample.resource / sample.pupils * scale, threshold: nil, outcome: .met, weight: sample.pupils / coefficient.totalPupils)
        }
        let met = coefficient.coefficient <= most
        let zh = "\(units.count) 个单位，均值 \(self.format(coefficient.mean))，差异系数 \(Rounding.format(coefficient.coefficient, decimals: 3))，上限 \(self.format(most))"
        let en = "\(units.count) units, mean \(self.format(coefficient.mean)), coefficient \(Rounding.format(coefficient.coefficient, decimals: 3)), limit \(self.format(most))"
        let result = IndicatorResult(self.definition, value: coefficient.coefficient, threshold: most, outcome: met ? .met : .notMet, breakdown: breakdown, zh: zh, en: en)
        return (result, met ? [] : [self.finding(value: coefficient.coefficient, threshold: most, zh: "\(self.definition.nameZh)：\(zh)", en: "\(self.definition.nameEn): \(en)")])
    }

    private func groupCount(by key: String, kinds: [UnitKind]?, limit: String, label: (zh: String, en: String)) throws -> (IndicatorResult, [Finding]) {
        let most = try self.parameters.number(limit)
        var groups: [String: [Unit]] = [:]
        var unknown: [String] = []
        for unit in self.units(kinds) {
            guard let value = unit.fields[key]?.value.textValue else {
                unknown.append(unit.id)
                continue
            }
            let id = value.trimmingCharacters(in: " \t")
            if !id.isEmpty { groups[id, default: []].append(unit) }
        }
        var breakdown: [UnitMeasure] = []
        var findings: [Finding] = []
        for (id, members) in groups.sorted(by: { $0.key < $1.key }) {
            let count = Double(members.count)
            let over = count > most
            breakdown.append(UnitMeasure(unitID: id, unitName: "\(label.zh) \(id)", value: count, threshold: most, outcome: over ? .notMet : .met, note: members.map(\.id).joined(separator: ",")))
            if over {
                let figures = ["count": "\(members.count)", "limit": PackWarning.show(most)]
                let text: (zh: String, en: String) =
                    self.presentation.wording?.finding?.filled(zh: figures.merging(["group": "\(label.zh) \(id)"]) { $1 }, en: figures.merging(["group": "\(label.en) \(id)"]) { $1 })
                    ?? ("\(label.zh) \(id) 负责 \(members.count) 个单位，超过 \(self.format(most))", "\(label.en) \(id) covers \(members.count) units, more than \(self.format(most))")
                var finding = self.finding(value: count, threshold: most, zh: text.zh, en: text.en)
                finding.unitID = id
                finding.unitName = "\(label.zh) \(id)"
                // Groups of the scope field (zones) are scopes themselves.
                if key == self.presentation.scopeField { finding.scope = id }
                findings.append(finding)
            }
        }
        let highest = breakdown.compactMap(\.value).max()
        let outcome: Outcome = findings.isEmpty ? (unknown.isEmpty ? .met : .notAssessable) : .notMet
        let note =
            unknown.isEmpty
            ? ("", "")
            : self.presentation.text(
                \.missing, ["count": "\(unknown.count)", "units": unknown.joined(separator: ", "), "field": key],
                generic: ("；\(unknown.count) 个单位缺少字段 \(key)", "; not assessable for \(unknown.count) units: field \(key) missing")
            )
        let shown = highest.map { self.format($0) } ?? "0"
        let text = self.presentation.text(
            \.result, ["highest": shown, "limit": self.format(most)],
            generic: ("每个\(label.zh)最多 \(shown) 个，上限 \(self.format(most))", "highest \(shown) per \(label.en), limit \(self.format(most))")
        )
        let result = IndicatorResult(self.definition, value: highest, threshold: most, outcome: outcome, breakdown: breakdown, zh: text.zh + note.0, en: text.en + note.1)
        return (result, findings)
    }

    /// Every unit against the checklist, on the core's kit (deadlines from the period's date).
    private func checkedUnits() throws -> (units: [(unit: Unit, outcome: ChecklistOutcome)], wording: PackChecklist.Wording) {
        guard let pack = self.checklist else { throw DudaoError(.internal, "the pack has no checklist") }
        let checklist = try pack.checklist(self.parameters)
        let date = self.input.period.referenceDate
        return (self.input.units.map { unit in (unit, checklist.check(unit.fields, referenceDate: date, unitID: unit.id, unitName: unit.name)) }, pack.wording)
    }

    private func checklistGate() throws -> (IndicatorResult, [Finding]) {
        let (checked, wording) = try self.checkedUnits()
        let breakdown = checked.map { unit, outcome in
            let note: String? =
                switch outcome.gate {
                case .met: nil
                case .notMet: "\(wording.blockedNote)：" + outcome.blocking.map { "\($0.item.code) \($0.item.nameZh)" }.joined(separator: "；")
                case .notAssessable: "无法判定：缺少 " + outcome.undecided.flatMap(\.missingFields).joined(separator: ", ")
                }
            return UnitMeasure(
                unitID: unit.id, unitName: unit.name, value: outcome.gate == .notAssessable ? nil : (outcome.gate == .met ? 1 : 0),
                threshold: 1, outcome: outcome.gate, note: note
            )
        }
        let cleared = breakdown.filter { $0.outcome == .met }.count
        let blocked = breakdown.filter { $0.outcome == .notMet }.map(\.unitID)
        let undecided = breakdown.filter { $0.outcome == .notAssessable }.map(\.unitID)
        let overall = Outcome.all(breakdown.map(\.outcome))
        // A known no-go is reported with its share even while other units are undecided.
        let value = overall == .notAssessable && blocked.isEmpty ? nil : Ratios.share(Double(cleared), of: Double(checked.count))
        // Each unit not cleared by name with the items that stop it.
        let notCleared = checked.filter { $0.outcome.gate == .notMet }
        let listZh = notCleared.map { unit, outcome in "\(unit.name)（\(outcome.blocking.map(\.item.nameZh).joined(separator: "、"))）" }
        let listEn = notCleared.map { unit, outcome in "\(unit.id) (\(outcome.blocking.map(\.item.code).joined(separator: ", ")))" }
        let gate = wording.gate.filled(["total": "\(checked.count)", "cleared": "\(cleared)"])
        let stopped = wording.blocked.filled(zh: ["units": listZh.joined(separator: "；")], en: ["units": listEn.joined(separator: "; ")])
        let result = IndicatorResult(
            self.definition, value: value, threshold: 1, outcome: overall, breakdown: breakdown,
            zh: gate.zh + (blocked.isEmpty ? "" : stopped.zh)
                + (undecided.isEmpty ? "" : "；无法判定：\(undecided.joined(separator: ", "))"),
            en: gate.en + (blocked.isEmpty ? "" : stopped.en)
                + (undecided.isEmpty ? "" : "; undecided (data missing): \(undecided.joined(separator: ", "))")
        )
        return (result, checked.flatMap(\.outcome.findings))
    }

    private func checklistItem(_ code: String) throws -> (IndicatorResult, [Finding]) {
        let (checked, wording) = try self.checkedUnits()
        let results = checked.compactMap { unit, outcome in outcome.items.first { $0.item.code == code }.map { (unit, $0) } }
        let failing = results.filter { $0.1.outcome == .notMet }.count
        let unknown = results.filter { $0.1.outcome == .notAssessable }.count
        let breakdown = results.map { unit, item in
            UnitMeasure(
                unitID: unit.id, unitName: unit.name, value: nil, threshold: nil, outcome: item.outcome,
                note: item.outcome == .met ? nil : (item.failedChecks + item.missingFields.map { "\($0)?" }).joined(separator: ", ")
            )
        }
        let result = IndicatorResult(
            self.definition, value: Double(failing), threshold: 0, outcome: Outcome.all(results.map(\.1.outcome)), breakdown: breakdown,
            zh: wording.item.filled(["count": "\(failing)"]).zh + (unknown == 0 ? "" : wording.itemUndecided.filled(["count": "\(unknown)"]).zh),
            en: wording.item.filled(["count": "\(failing)"]).en + (unknown == 0 ? "" : wording.itemUndecided.filled(["count": "\(unknown)"]).en)
        )
        return (result, [])
    }

    private func kOfN(_ codes: [String], atLeast: String, floor: String?) throws -> (IndicatorResult, [Finding]) {
        let needed = try self.parameters.number(atLeast)
        let floorShare = try floor.map(self.parameters.number)
        let items = codes.compactMap { self.earlier[$0] }
        let met = items.filter { $0.outcome == .met }.count
        let unknown = items.filter { $0.outcome == .notAssessable }.count
        let belowFloor = items.filter { item in
            guard let floorShare, item.outcome == .notMet, let value = item.value, let threshold = item.threshold else { return false }
            switch item.comparator {
            case .atLeast, .greaterThan: return value < floorShare * threshold
            case .atMost, .lessThan: return value > threshold / floorShare
            case .isTrue, .isFalse: return true
            }
        }
        let outcome: Outcome =
            Double(met + unknown) < needed || !belowFloor.isEmpty ? .notMet
            : unknown > 0 && Double(met) < needed ? .notAssessable
            : unknown > 0 && floorShare != nil ? .notAssessable : .met
        var zh = "\(items.count) 项中 \(met) 项达标，要求至少 \(Rounding.format(needed, decimals: 0)) 项"
        var en = "\(met) of \(items.count) met, at least \(Rounding.format(needed, decimals: 0)) required"
        if let floorShare {
            zh += "；其余须达到标准的 \(Rounding.format(floorShare * 100, decimals: 0))%"
            en += "; the rest must reach \(Rounding.format(floorShare * 100, decimals: 0))% of their thresholds"
        }
        if !belowFloor.isEmpty {
            zh += "；低于底线：\(belowFloor.map(\.code).joined(separator: ", "))"
            en += "; below the floor: \(belowFloor.map(\.code).joined(separator: ", "))"
        }
        let result = IndicatorResult(self.definition, value: unknown > 0 && outcome == .notAssessable ? nil : Double(met), threshold: needed, outcome: outcome, zh: zh, en: en)
        return (result, outcome == .notMet ? [self.finding(value: Double(met), threshold: needed, zh: zh, en: en)] : [])
    }

    private func score(_ items: [(code: String, weight: String)], pass: String, bands: [(grade: String, atLeast: String)]) throws -> (IndicatorResult, [Finding]) {
        let line = try self.parameters.number(pass)
        var total = 0.0
        var unknown: [String] = []
        for item in items {
            let weight = try self.parameters.number(item.weight)
            switch self.earlier[item.code]?.outcome {
            case .met?: total += weight
            case .notMet?: break
            case .notAssessable?, nil: unknown.append(item.code)
            }
        }
        guard unknown.isEmpty else {
            return (self.unknown([.reason(zh: "未能评估：\(unknown.joined(separator: ", "))", en: "items not assessable: \(unknown.joined(separator: ", "))")], threshold: line), [])
        }
        let grade = try bands.first { try total >= self.parameters.number($0.atLeast) }?.grade
        let zh = "得分 \(self.format(total))，合格线 \(self.format(line))" + (grade.map { "，等级：\($0)" } ?? "")
        let en = "score \(self.format(total)), pass line \(self.format(line))" + (grade.map { ", grade: \($0)" } ?? "")
        let met = total >= line
        let result = IndicatorResult(self.definition, value: total, threshold: line, outcome: met ? .met : .notMet, zh: zh, en: en)
        return (result, met ? [] : [self.finding(value: total, threshold: line, zh: zh, en: en)])
    }
}

extension PackThreshold {
    /// The requirement with the edition's figures, e.g. `≥ 4.2` or `0.8 … 1`.
    func summaryValues(_ parameters: ParameterSet, _ format: (Double) -> String) -> String {
        if self.comparator == .isTrue { return "是" }
        let low = (try? parameters.number(self.parameter)).map(format) ?? self.parameter
        if let upper = self.upper {
            return "\(low) … \((try? parameters.number(upper)).map(format) ?? upper)"
        }
        return "\(self.comparator.symbol) \(low)\(self.timesFact.map { " × \($0)" } ?? "")"
    }
}
