public import DudaoCore

/// The government items checked school by school: 功能室 (G03), school size (G04), class size (G05).
///
/// Special-education schools have their own standards and are left out. 教学点 are held to the
/// class-size and size limits but not to the music and art rooms (they have no such rooms by design).
public struct SchoolConditionItems: Sendable {
    public var classesPerRoom: Int
    public var singleStageMax: Double
    public var throughMax: Double
    public var classSizeMax: [SchoolStage: Double]

    /// - Throws: ``DudaoError`` (internal) when the edition lacks a parameter.
    public init(parameters: ParameterSet) throws {
        self.classesPerRoom = try parameters.integer("gov.arts_rooms.classes_per_room")
        self.singleStageMax = try parameters.number("gov.school_size.single_stage_max")
        self.throughMax = try parameters.number("gov.school_size.through_max")
        self.classSizeMax = [.primary: try parameters.number("gov.class_size.primary_max"), .junior: try parameters.number("gov.class_size.junior_max")]
    }

    /// One school's check: its outcome, the value shown, and why.
    struct Check {
        var measure: UnitMeasure
        var finding: Finding?
        var missing: String?
    }

    func evaluate(_ units: [Unit]) -> (indicators: [IndicatorResult], findings: [Finding]) {
        let schools = units.filter { $0.kind != .special }
        var indicators: [IndicatorResult] = []
        var findings: [Finding] = []
        let items: [(String, (Unit) -> Check?)] = [("QB-G03", self.artsRooms), ("QB-G04", self.size), ("QB-G05", self.classSize)]
        for (code, check) in items {
            let definition = QualityBalanceIndicators.definition(code)
            let checks = schools.compactMap(check)
            let outcome = checks.isEmpty ? Outcome.met : Outcome.all(checks.map(\.measure.outcome))
            let failing = checks.compactMap(\.finding)
            findings += failing
            let missing = checks.compactMap(\.missing)
            let zh: String
            let en: String
            switch outcome {
            case .met:
                zh = "\(definition.nameZh)：\(checks.count) 所学校均符合要求。"
                en = "\(definition.nameEn): all \(checks.count) schools comply."
            case .notMet:
                zh = "\(definition.nameZh)：\(failing.count) 所学校不符合：" + failing.map(\.messageZh).joined(separator: "；")
                en = "\(definition.nameEn): \(failing.count) school(s) do not comply: " + failing.map(\.messageEn).joined(separator: "; ")
            case .notAssessable:
                zh = "\(definition.nameZh)：不可评估：缺少字段 " + missing.joined(separator: "；") + "。"
                en = "\(definition.nameEn): not assessable: field(s) missing: " + missing.joined(separator: "; ") + "."
            }
            indicators.append(
                IndicatorResult(definition, value: outcome == .notAssessable ? nil : Double(failing.count), threshold: 0, outcome: outcome, breakdown: checks.map(\.measure), zh: zh, en: en)
            )
        }
        return (indicators, findings)
    }

    /// The check of a unit that lacks some of `keys`; called once a figure is found missing, so
    /// a complete school's figures are each looked up once.
    private func missingCheck(_ unit: Unit, _ keys: [String]) -> Check {
        let absent = keys.filter { unit.fields[$0] == nil }
        let list = absent.joined(separator: ", ")
        return Check(
            measure: UnitMeasure(unitID: unit.id, unitName: unit.name, value: nil, threshold: nil, outcome: .notAssessable, note: "missing: \(list)"),
            finding: nil, missing: "\(unit.name)（\(unit.id)）\(list)"
        )
    }

    /// G03: at least one music room and one art room per `classesPerRoom` classes (rounded up).
    func artsRooms(_ unit: Unit) -> Check? {
        guard QualityBalanceSchema.withArtsRooms.contains(unit.kind) else { return nil }
        guard let classes = unit.number("classes"), let music = unit.number("music_rooms"), let art = unit.number("art_rooms") else {
            return self.missingCheck(unit, ["classes", "music_rooms", "art_rooms"])
        }
        let required = max(1, (classes / Double(self.classesPerRoom)).rounded(.up))
        let met = music >= required && art >= required
        let fewest = min(music, art)
        var finding: Finding?
        if !met {
            let definition = QualityBalanceIndicators.definition("QB-G03")
            finding = Finding(
                unitID: unit.id, unitName: unit.name, indicatorCode: "QB-G03", nameZh: definition.nameZh, nameEn: definition.nameEn,
                value: fewest, threshold: required, shortfall: required - fewest, unit: "间",
                zh: "\(unit.name) \(Int(classes)) 个班，应有音乐、美术专用教室各 \(Int(required)) 间，实有音乐 \(Int(music)) 间、美术 \(Int(art)) 间",
                en: "\(unit.name): \(Int(classes)) classes need \(Int(required)) music and \(Int(required)) art rooms; has \(Int(music)) and \(Int(art))"
            )
        }
        return Check(
            measure: UnitMeasure(unitID: unit.id, unitName: unit.name, value: fewest, threshold: required, outcome: met ? .met : .notMet, note: "music \(Int(music)), art \(Int(art)), classes \(Int(classes))"),
            finding: finding, missing: nil
        )
    }

    /// G04: compulsory pupils within 2000 (single-stage schools, 完全中学 初中部) or 2500 (一贯制).
    func size(_ unit: Unit) -> Check? {
        let stages = StageSplit.compulsoryStages(of: unit.kind)
        var pupils = 0.0
        for stage in stages {
            guard let count = unit.number(stage.pupilsKey) else { return self.missingCheck(unit, stages.map(\.pupilsKey)) }
            pupils += count
        }
        let limit = unit.kind == .nineYear || unit.kind == .twelveYear ? self.throughMax : self.singleStageMax
        let met = pupils <= limit
        var finding: Finding?
        if !met {
            let definition = QualityBalanceIndicators.definition("QB-G04")
            finding = Finding(
                unitID: unit.id, unitName: unit.name, indicatorCode: "QB-G04", nameZh: definition.nameZh, nameEn: definition.nameEn,
                value: pupils, threshold: limit, shortfall: pupils - limit, unit: "人",
                zh: "\(unit.name) 义务教育段在校生 \(Int(pupils)) 人，超过 \(Int(limit)) 人",
                en: "\(unit.name): \(Int(pupils)) compulsory pupils, above \(Int(limit))"
            )
        }
        return Check(
            measure: UnitMeasure(unitID: unit.id, unitName: unit.name, value: pupils, threshold: limit, outcome: met ? .met : .notMet),
            finding: finding, missing: nil
        )
    }

    /// G05: the largest class of each stage within 45 (小学) / 50 (初中).
    func classSize(_ unit: Unit) -> Check? {
        let stages = StageSplit.compulsoryStages(of: unit.kind)
        var over: [(SchoolStage, Double, Double)] = []
        var worst = 0.0
        var sizes: [String] = []
        for stage in stages {
            guard let size = unit.number(stage.maxClassSizeKey) else { return self.missingCheck(unit, stages.map(\.maxClassSizeKey)) }
            sizes.append("\(stage.rawValue) \(Int(size))")
            let limit = self.classSizeMax[stage] ?? .infinity
            worst = max(worst, size - limit)
            if size > limit { over.append((stage, size, limit)) }
        }
        var finding: Finding?
        if let first = over.first {
            let definition = QualityBalanceIndicators.definition("QB-G05")
            finding = Finding(
                unitID: unit.id, unitName: unit.name, indicatorCode: "QB-G05", scope: first.0.rawValue, nameZh: definition.nameZh, nameEn: definition.nameEn,
                value: first.1, threshold: first.2, shortfall: first.1 - first.2, unit: "人",
                zh: "\(unit.name) " + over.map { "\($0.0.nameZh)最大班额 \(Int($0.1)) 人，超过 \(Int($0.2)) 人" }.joined(separator: "，"),
                en: "\(unit.name): " + over.map { "largest \($0.0.nameEn) class \(Int($0.1)), above \(Int($0.2))" }.joined(separator: ", ")
            )
        }
        return Check(
            measure: UnitMeasure(unitID: unit.id, unitName: unit.name, value: worst, threshold: 0, outcome: over.isEmpty ? .met : .notMet, note: "largest class: \(sizes.joined(separator: ", ")); value = pupils over the limit (≤ 0 complies)"),
            finding: finding, missing: nil
        )
    }
}
