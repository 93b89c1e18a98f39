public import DudaoCore

/// 县域义务教育优质均衡发展督导评估 (教督〔2017〕6号): whether a county's compulsory education is
/// balanced at a high level.
///
/// Four dimensions (REFERENCE §1): 资源配置 (seven indicators per school and their 校际差异系数),
/// 政府保障程度 (15 items), 教育质量 (9 items) and 社会认可度, plus the eligibility condition and the
/// one-vote veto items. The county passes only when every school meets the per-school rule, every
/// coefficient is within its limit for 小学 and 初中, all 15 + 9 items are met, social recognition
/// reaches 85%, the county is eligible and no veto item occurred (§1.6). The result is binary.
public struct QualityBalance: Assessment {
    public static let id = "compulsory-quality-balance"

    public let descriptor: AssessmentDescriptor
    /// The pupil fields of each kind of school, in schema order: validation reads them for every
    /// school, and finding them means scanning the schema.
    let pupilsKeys: [UnitKind: [String]]

    public var examples: [WorkedExample] { QualityBalanceExamples.all }

    /// - Parameter editions: the editions to offer, oldest first; the shipped ones by default.
    ///   Tests pass extra editions to check edition selection.
    public init(editions: [Edition] = QualityBalanceEditions.all) {
        self.descriptor = AssessmentDescriptor(
            id: Self.id,
            version: "1.0.0",
            titleZh: "县域义务教育优质均衡发展督导评估",
            titleEn: "County quality-balanced compulsory education assessment",
            summaryZh: "依据《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号)，评估县域资源配置（7项指标逐校达标及校际差异系数）、政府保障程度（15项）、教育质量（9项）和社会认可度，并核查申请条件与一票否决事项。",
            summaryEn: "Under the 2017 measures (教督〔2017〕6号): resource allocation (7 indicators per school and their inter-school difference coefficients), 15 government-guarantee items, 9 quality items and social recognition, with eligibility and one-vote veto items.",
            documents: QualityBalanceDocuments.all,
            editions: editions,
            groups: QualityBalanceIndicators.groups,
            indicators: QualityBalanceIndicators.all,
            schema: QualityBalanceSchema.schema
        )
        let fields = QualityBalanceSchema.schema.unitFields.filter { $0.key.hasSuffix("_pupils") }
        self.pupilsKeys = Dictionary(
            QualityBalanceSchema.schema.unitKinds.map { declared in (declared.kind, fields.filter { $0.applies(to: declared.kind) }.map(\.key)) },
            uniquingKeysWith: { first, _ in first }
        )
    }

    public func evaluate(_ input: AssessmentInput, context: EvaluationContext) throws -> Evaluation {
        let parameters = context.parameters
        let split = try StageSplit(parameters: parameters)
        let minimumPupils = try parameters.integer("coverage.teaching_point_min_pupils")
        let (parts, excluded) = SchoolPart.parts(of: input.units, split: split, minTeachingPointPupils: minimumPupils)

        let resources = try ResourceIndicators(parameters: parameters).evaluate(parts)
        let schoolItems = try SchoolConditionItems(parameters: parameters).evaluate(input.units)
        let county = try CountyItems(facts: input.facts, parameters: parameters, period: input.period).evaluate()
        let (vetoes, vetoWarnings) = try self.vetoes(input.facts, parameters: parameters)

        let countyIndicators = Self.inReportOrder(county.indicators + schoolItems.indicators)
        let eligibility = countyIndicators.filter { $0.group == "eligibility" }
        let others = countyIndicators.filter { $0.group != "eligibility" }

        var warnings = excluded.map { school in
            Warning(
                code: "excluded_school",
                zh: "\(school.unitName)（\(school.unitID)）未纳入资源配置计算：\(school.reasonZh)。",
                en: "\(school.unitName) (\(school.unitID)) is left out of the resource indicators: \(school.reasonEn).",
                unitIDs: [school.unitID]
            )
        }
        warnings += vetoWarnings
        if split.rule == .weighted, parts.contains(where: { SplitKinds.through.contains($0.kind) }) {
            warnings.append(
                Warning(
                    code: "split_rule_unconfirmed",
                    zh: "一贯制学校共用资源按 1 : 1.1 : 1.32 加权折算（地方口径，是否适用于优质均衡未核实 [U]），可用参数 split.rule 改为按在校生比例。",
                    en: "Shared resources of through schools are split by the weighted 1 : 1.1 : 1.32 rule (a local rule; whether it applies here is [U]); set split.rule to proportional to compare.",
                    unitIDs: Array(Set(parts.filter { SplitKinds.through.contains($0.kind) }.map(\.unitID))).sorted()
                )
            )
        }

        var measures: [String: Double] = [
            "schools": Double(input.units.count),
            "schools_excluded": Double(excluded.count),
            "school_parts_primary": Double(parts.filter { $0.stage == .primary }.count),
            "school_parts_junior": Double(parts.filter { $0.stage == .junior }.count),
        ]
        for result in resources.indicators where result.code.hasPrefix("QB-D") {
            if let value = result.value { measures["\(result.code).\(result.scope ?? "")"] = value }
        }

        return Evaluation(
            indicators: eligibility + resources.indicators + others,
            vetoes: vetoes,
            findings: resources.findings + schoolItems.findings + county.findings,
            warnings: warnings,
            measures: measures
        )
    }

    /// Where an item's scope sits in report order: the whole county first, then 小学 before 初中.
    static func stageOrder(_ scope: String?) -> Int {
        scope.map { SchoolStage(rawValue: $0).map { $0.index + 1 } ?? SchoolStage.allCases.count + 1 } ?? 0
    }

    /// Items by code, each code's scopes in ``stageOrder(_:)``: the order of the results and of
    /// the rectification list alike.
    static func inReportOrder(_ results: [IndicatorResult]) -> [IndicatorResult] {
        results.map { (key: ($0.code, stageOrder($0.scope)), result: $0) }.sorted { $0.key < $1.key }.map(\.result)
    }

    /// The veto items that apply under the parameters, and warnings for reported items that do not.
    func vetoes(_ facts: [String: FieldValue], parameters: ParameterSet) throws -> ([VetoResult], [Warning]) {
        var results: [VetoResult] = []
        var warnings: [Warning] = []
        for veto in QualityBalanceVetoes.all {
            let reported = facts[veto.factKey]?.value.booleanValue
            if let enabledKey = veto.enabledKey, try !parameters.boolean(enabledKey) {
                if reported == true {
                    warnings.append(
                        Warning(
                            code: "veto_not_applied",
                            zh: "已报告“\(veto.nameZh)”，但该否决项未核实 [U]，本版本默认不适用（参数 \(enabledKey)）。",
                            en: "\(veto.nameEn) is reported, but this unconfirmed [U] veto item is off in this edition (parameter \(enabledKey))."
                        )
                    )
                }
                continue
            }
            let zh: String
            let en: String
            switch reported {
            case .some(true):
                zh = "发生“\(veto.nameZh)”，一票否决。"
                en = "\(veto.nameEn) occurred: one-vote veto."
            case .some(false):
                zh = "未发生“\(veto.nameZh)”。"
                en = "No \(veto.nameEn)."
            case .none:
                zh = "不可评估：缺少字段 facts.\(veto.factKey)（是否发生\(veto.nameZh)）。"
                en = "not assessable: field facts.\(veto.factKey) missing (whether \(veto.nameEn) occurred)."
            }
            results.append(
                VetoResult(code: veto.code, zh: veto.nameZh, en: veto.nameEn, fired: reported, citation: veto.citation, status: veto.status, explanationZh: zh, explanationEn: en)
            )
        }
        return (results, warnings)
    }
}
