public import DudaoCore

/// 县域学前教育普及普惠督导评估 (教督〔2020〕1号): whether a county has made preschool education
/// universal and inclusive.
///
/// The three headline indicators (毛入园率, 普惠性幼儿园覆盖率, 公办园在园幼儿占比) are confirmed; the
/// secondary indicators of government guarantee and care quality follow one county's list labelled
/// 国家标准 and are edition parameters tagged [P] or [U] (REFERENCE §2.2). Two conditions that stop a
/// sampled county's province batch besides a failing indicator, falsified data and strong public
/// complaint, are vetoes. The batch rule itself, "one failing sampled county stops the province's
/// batch", is ``summarize(_:)``.
public struct PreschoolCoverageAssessment: Assessment {
    typealias Key = PreschoolCoverageParameters
    typealias Indicators = PreschoolCoverageIndicators
    typealias Ownership = PreschoolCoverageSchema.Ownership

    public init() {}

    public static let descriptor = AssessmentDescriptor(
        id: "preschool-universal-inclusive",
        version: "1.0.0",
        titleZh: "县域学前教育普及普惠督导评估",
        titleEn: "County preschool universal and inclusive provision assessment",
        summaryZh: "依据教督〔2020〕1号评估县级政府学前教育普及普惠水平、政府保障情况、幼儿园保教质量保障情况和社会认可度；国家抽查县任一未达标即终止该省当年认定。",
        summaryEn: "Assesses a county government's preschool provision under 教督〔2020〕1号: coverage, government guarantee, care quality and social recognition; one failing sampled county stops its province's batch for the year.",
        documents: PreschoolCoverageDocuments.all,
        editions: PreschoolCoverageEditions.all,
        groups: PreschoolCoverageIndicators.groups,
        indicators: PreschoolCoverageIndicators.all,
        schema: PreschoolCoverageSchema.schema
    )

    public var descriptor: AssessmentDescriptor { Self.descriptor }

    public var examples: [WorkedExample] { PreschoolCoverageExamples.all }

    /// Ownership must be one of the three categories; parts may not exceed their wholes.
    public func validate(_ input: AssessmentInput, parameters: ParameterSet) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let allowed = Ownership.allCases.map(\.rawValue).joined(separator: ", ")
        for (index, unit) in input.units.enumerated() {
            let prefix = "units[\(index)]"
            if let ownership = unit.text("ownership"), Ownership(rawValue: ownership) == nil {
                issues.append(.init(path: "\(prefix).ownership", rule: .notAllowed, zh: "办园性质应为 \(allowed) 之一，实际为 \(ownership)", en: "ownership must be one of \(allowed); got \(ownership)"))
            }
            if let certified = unit.number("certified_teachers"), let teachers = unit.number("full_time_teachers"), certified > teachers {
                issues.append(.init(path: "\(prefix).certified_teachers", rule: .inconsistent, zh: "持证专任教师 \(Int(certified)) 多于专任教师 \(Int(teachers))", en: "certified teachers (\(Int(certified))) exceed full-time teachers (\(Int(teachers)))"))
            }
            if let within = unit.number("classes_within_size_limit"), let classes = unit.number("classes"), within > classes {
                issues.append(.init(path: "\(prefix).classes_within_size_limit", rule: .inconsistent, zh: "班额达标班级 \(Int(within)) 多于班级数 \(Int(classes))", en: "classes within the size limit (\(Int(within))) exceed classes (\(Int(classes)))"))
            }
        }
        for (payKey, headKey) in [("public_staff_teacher_pay_total_yuan", "public_staff_teachers"), ("public_non_staff_teacher_pay_total_yuan", "public_non_staff_teachers")] {
            if let pay = input.number(payKey), let heads = input.number(headKey), heads == 0, pay > 0 {
                issues.append(.init(path: "facts.\(payKey)", rule: .inconsistent, zh: "\(headKey) 为 0 但工资总额为 \(pay)", en: "pay total \(pay) given for zero \(headKey)"))
            }
        }
        return issues
    }

    public func evaluate(_ input: AssessmentInput, context: EvaluationContext) throws -> Evaluation {
        let parameters = context.parameters
        let kindergartens = input.units
        var indicators: [IndicatorResult] = []
        indicators += try self.coverage(input, kindergartens, parameters)
        indicators += try self.guarantee(input, parameters)
        let (conditions, failingUnits) = try self.conditions(kindergartens, parameters)
        indicators += conditions
        indicators += try self.quality(kindergartens, parameters)
        indicators.append(try self.recognition(input, parameters))
        indicators.sort { $0.code < $1.code }

        var findings: [Finding] = []
        for indicator in indicators where indicator.gating && indicator.outcome == .notMet {
            findings.append(Finding(indicator))
            for unit in failingUnits[indicator.code] ?? [] {
                findings.append(Finding(indicator, unitID: unit.unit.id, unitName: unit.unit.name, zh: unit.zh, en: unit.en))
            }
        }
        var measures: [String: Double] = ["sampled_for_national_check": input.flag("sampled_for_national_check") == true ? 1 : 0]
        for indicator in indicators where indicator.scope == nil {
            if let value = indicator.value { measures[indicator.code] = value }
        }
        return Evaluation(
            indicators: indicators,
            vetoes: self.vetoes(input),
            findings: findings,
            warnings: [
                Warning(
                    code: "PC-W-SECONDARY-STATUS",
                    zh: "二级指标（PC-B、PC-C、PC-D）的标准值取自一县标注为“国家标准”的清单，状态为 [P]/[U]，可按版本参数调整；国家指标表原文未核实。",
                    en: "The secondary figures (PC-B, PC-C, PC-D) come from one county's list labelled 国家标准 and are tagged [P]/[U]; they are edition parameters. The national indicator table was not retrieved."
                )
            ],
            measures: measures
        )
    }

    // MARK: - 普及普惠水平

    private func coverage(_ input: AssessmentInput, _ kindergartens: [Unit], _ parameters: ParameterSet) throws -> [IndicatorResult] {
        let enrolled = FieldTotal("enrolled_children", over: kindergartens)
        let unitsWithoutOwnership = kindergartens.filter { $0.text("ownership") == nil }
        let unknownOwnership =
            unitsWithoutOwnership.isEmpty
            ? nil
            : MissingNote(
                zh: "缺少字段 ownership（\(FieldTotal.names(unitsWithoutOwnership))）",
                en: "field ownership missing for \(FieldTotal.names(unitsWithoutOwnership))"
            )
        var results: [IndicatorResult] = []

        let grossMin = try parameters.number(Key.grossEnrolmentMin)
        if let total = enrolled.value, let resident = input.number("resident_children_3_5") {
            let rate = total / resident
            results.append(
                IndicatorResult(
                    Indicators.grossEnrolment, value: rate, threshold: grossMin,
                    zh: "在园幼儿 \(Int(total)) ÷ 学前三年适龄儿童 \(Int(resident)) = \(Rounding.percent(rate, decimals: 2))，标准 ≥ \(Rounding.percent(grossMin))",
                    en: "\(Int(total)) children enrolled ÷ \(Int(resident)) children aged 3–5 = \(Rounding.percent(rate, decimals: 2)); standard ≥ \(Rounding.percent(grossMin))"
                )
            )
        } else {
            let notes = [enrolled.missingNote, input.number("resident_children_3_5") == nil ? .fact("resident_children_3_5") : nil].compactMap(\.self)
            results.append(.notAssessable(Indicators.grossEnrolment, threshold: grossMin, missing: notes))
        }

        let shares: [(IndicatorDefinition, String, Set<Ownership>, String, String)] = [
            (Indicators.inclusiveCoverage, Key.inclusiveCoverageMin, [.public, .inclusivePrivate], "公办园和普惠性民办园", "public and inclusive private kindergartens"),
            (Indicators.publicShare, Key.publicShareMin, [.public], "公办园", "public kindergartens"),
        ]
        for (definition, key, kinds, nameZh, nameEn) in shares {
            let threshold = try parameters.number(key)
            let part = FieldTotal("enrolled_children", over: kindergartens.filter { unit in unit.text("ownership").flatMap(Ownership.init(rawValue:)).map(kinds.contains) ?? false })
            guard let whole = enrolled.value, let partValue = part.value, unknownOwnership == nil else {
                results.append(.notAssessable(definition, threshold: threshold, missing: [enrolled.missingNote, unknownOwnership].compactMap(\.self)))
                continue
            }
            guard let share = Ratios.share(partValue, of: whole) else {
                results.append(.notAssessable(definition, threshold: threshold, missing: [.reason(zh: "全县在园幼儿数为 0", en: "no child is enrolled in the county")]))
                continue
            }
            results.append(
                IndicatorResult(
                    definition, value: share, threshold: threshold,
                    zh: "\(nameZh)在园幼儿 \(Int(partValue)) ÷ 在园幼儿总数 \(Int(whole)) = \(Rounding.percent(share, decimals: 2))，标准 ≥ \(Rounding.percent(threshold))",
                    en: "\(Int(partValue)) children in \(nameEn) ÷ \(Int(whole)) enrolled = \(Rounding.percent(share, decimals: 2)); standard ≥ \(Rounding.percent(threshold))"
                )
            )
        }
        return results
    }

    // MARK: - 政府保障情况

    private func guarantee(_ input: AssessmentInput, _ parameters: ParameterSet) throws -> [IndicatorResult] {
        var results: [IndicatorResult] = []
        let funding: [(IndicatorDefinition, String, String)] = [
            (Indicators.publicFunding, "public_funding_per_child_yuan", Key.publicFundingMin),
            (Indicators.inclusiveSubsidy, "inclusive_subsidy_per_child_yuan", Key.inclusiveSubsidyMin),
        ]
        for (definition, fact, key) in funding {
            let threshold = try parameters.number(key)
            guard let value = input.number(fact) else {
                results.append(.notAssessable(definition, threshold: threshold, missing: [.fact(fact)]))
                continue
            }
            results.append(
                IndicatorResult(
                    definition, value: value, threshold: threshold, status: parameters[key]?.status,
                    zh: "\(definition.nameZh) \(Rounding.grouped(value, decimals: 0)) 元/生·年，标准 ≥ \(Rounding.grouped(threshold, decimals: 0))",
                    en: "\(Rounding.grouped(value, decimals: 0)) yuan per child per year; standard ≥ \(Rounding.grouped(threshold, decimals: 0))"
                )
            )
        }

        let target = try parameters.number(Key.nonStaffPayRatioMin)
        let keys = ["public_non_staff_teacher_pay_total_yuan", "public_non_staff_teachers", "public_staff_teacher_pay_total_yuan", "public_staff_teachers"]
        let values = keys.compactMap { input.number($0) }
        guard values.count == keys.count else {
            let notes = keys.filter { input.number($0) == nil }.map(MissingNote.fact)
            results.append(.notAssessable(Indicators.nonStaffPay, threshold: target, missing: notes))
            return results
        }
        let (nonStaffPay, nonStaff, staffPay, staff) = (values[0], values[1], values[2], values[3])
        if nonStaff == 0 {
            results.append(
                IndicatorResult(
                    Indicators.nonStaffPay, value: nil, threshold: target, outcome: .met,
                    zh: "公办园无非在编教师，无需比较", en: "public kindergartens employ no non-编制 teachers; nothing to compare"
                )
            )
        } else if let comparison = AverageComparison(total: nonStaffPay, headcount: nonStaff, referenceTotal: staffPay, referenceHeadcount: staff, target: target) {
            results.append(
                IndicatorResult(
                    Indicators.nonStaffPay, value: comparison.ratio, threshold: target,
                    zh: "非在编教师平均工资 \(Rounding.grouped(comparison.average, decimals: 0)) 元 ÷ 在编教师 \(Rounding.grouped(comparison.referenceAverage, decimals: 0)) 元 = \(Rounding.percent(comparison.ratio, decimals: 2))，标准 ≥ \(Rounding.percent(target))；人均差额 \(Rounding.grouped(comparison.perCapitaGap, decimals: 0)) 元",
                    en: "non-编制 average \(Rounding.grouped(comparison.average, decimals: 0)) ÷ 编制 average \(Rounding.grouped(comparison.referenceAverage, decimals: 0)) yuan = \(Rounding.percent(comparison.ratio, decimals: 2)); standard ≥ \(Rounding.percent(target)); gap per teacher \(Rounding.grouped(comparison.perCapitaGap, decimals: 0)) yuan"
                )
            )
        } else {
            results.append(.notAssessable(Indicators.nonStaffPay, threshold: target, missing: [.reason(zh: "在编教师数或其工资总额为 0，无可比较的平均工资", en: "no 编制 teachers or no 编制 pay: no average to compare with")]))
        }
        return results
    }

    // MARK: - 办园条件

    /// A kindergarten that misses an indicator, with why.
    struct UnitShortfall {
        var unit: Unit
        var zh: String
        var en: String
    }

    /// 办园条件达标率 of kindergartens planned from the parameter year on, and of older ones: a
    /// kindergarten meets the conditions when all three areas per child reach their minimum.
    private func conditions(_ kindergartens: [Unit], _ parameters: ParameterSet) throws -> ([IndicatorResult], [String: [UnitShortfall]]) {
        let fromYear = try parameters.integer(Key.newKindergartenFromYear)
        let minima: [(key: String, minimum: Double, zh: String)] = [
            ("outdoor_play_area_m2", try parameters.number(Key.outdoorAreaMin), "生均室外游戏场地"),
            ("activity_room_area_m2", try parameters.number(Key.activityRoomAreaMin), "生均幼儿活动用房"),
            ("building_area_m2", try parameters.number(Key.buildingAreaMin), "生均园舍建筑面积"),
        ]
        let needed = ["planned_year", "enrolled_children"] + minima.map(\.key)
        /// Kindergartens of one planning period, by whether they meet the conditions.
        struct Group {
            var met: [Unit] = []
            var failed: [UnitShortfall] = []
        }
        var groups: [Bool: Group] = [true: Group(), false: Group()]
        var missing: [MissingNote] = []
        for unit in kindergartens {
            let absent = needed.filter { unit.number($0) == nil }
            guard absent.isEmpty, let year = unit.number("planned_year"), let children = unit.number("enrolled_children") else {
                missing.append(MissingNote(zh: "\(unit.id) \(unit.name) 缺少字段 \(absent.joined(separator: ", "))", en: "field \(absent.joined(separator: ", ")) missing for \(unit.id) \(unit.name)"))
                continue
            }
            let isNew = Int(year) >= fromYear
            // A kindergarten without children has no space per child; it is left out of the rate.
            guard children > 0 else { continue }
            let short = minima.compactMap { item -> (String, Double, Double)? in
                let perChild = unit.number(item.key)! / children
                return perChild < item.minimum ? (item.zh, perChild, item.minimum) : nil
            }
            if short.isEmpty {
                groups[isNew, default: Group()].met.append(unit)
            } else {
                let zh = short.map { "\($0.0) \(Rounding.format($0.1, decimals: 2))㎡ < \(Rounding.format($0.2, decimals: 2))㎡" }.joined(separator: "，")
                let en = short.map { "\($0.0) \(Rounding.format($0.1, decimals: 2)) ㎡ < \(Rounding.format($0.2, decimals: 2)) ㎡" }.joined(separator: ", ")
                groups[isNew, default: Group()].failed.append(UnitShortfall(unit: unit, zh: "\(unit.name) 办园条件未达标：\(zh)", en: "\(unit.name) misses the conditions: \(en)"))
            }
        }
        var results: [IndicatorResult] = []
        var failing: [String: [UnitShortfall]] = [:]
        let cases: [(Bool, IndicatorDefinition, String, String, String)] = [
            (true, Indicators.newConditions, Key.newComplianceMin, "\(fromYear) 年及以后规划建设的幼儿园", "kindergartens planned from \(fromYear) on"),
            (false, Indicators.olderConditions, Key.olderComplianceMin, "\(fromYear) 年以前规划建设的幼儿园", "kindergartens planned before \(fromYear)"),
        ]
        for (isNew, definition, key, nameZh, nameEn) in cases {
            let threshold = try parameters.number(key)
            guard missing.isEmpty else {
                results.append(.notAssessable(definition, threshold: threshold, missing: missing))
                continue
            }
            let group = groups[isNew, default: Group()]
            let breakdown =
                group.met.map { UnitMeasure(unitID: $0.id, unitName: $0.name, value: 1, threshold: 1, outcome: .met) }
                + group.failed.map { UnitMeasure(unitID: $0.unit.id, unitName: $0.unit.name, value: 0, threshold: 1, outcome: .notMet, note: $0.en) }
            let counted = group.met.count + group.failed.count
            guard counted > 0 else {
                results.append(
                    IndicatorResult(
                        definition, value: nil, threshold: threshold, outcome: .met,
                        zh: "无在园幼儿的\(nameZh)，无需检查", en: "no \(nameEn) with children enrolled; nothing to check"
                    )
                )
                continue
            }
            let rate = Double(group.met.count) / Double(counted)
            failing[definition.code] = group.failed
            results.append(
                IndicatorResult(
                    definition, value: rate, threshold: threshold, breakdown: breakdown,
                    zh: "\(nameZh) \(counted) 所，达标 \(group.met.count) 所，达标率 \(Rounding.percent(rate, decimals: 2))，标准 ≥ \(Rounding.percent(threshold))",
                    en: "\(group.met.count) of \(counted) \(nameEn) meet all three area minima = \(Rounding.percent(rate, decimals: 2)); standard ≥ \(Rounding.percent(threshold))"
                )
            )
        }
        return (results, failing)
    }

    // MARK: - 保教质量保障

    private func quality(_ kindergartens: [Unit], _ parameters: ParameterSet) throws -> [IndicatorResult] {
        var results: [IndicatorResult] = []
        let rates: [(IndicatorDefinition, String, String, String, String, String)] = [
            (Indicators.classSize, Key.classSizeComplianceMin, "classes_within_size_limit", "classes", "班额达标班级", "classes within the size limit"),
            (Indicators.teacherCertification, Key.teacherCertificationMin, "certified_teachers", "full_time_teachers", "持证专任教师", "certified full-time teachers"),
        ]
        for (definition, key, partKey, wholeKey, nameZh, nameEn) in rates {
            let threshold = try parameters.number(key)
            let part = FieldTotal(partKey, over: kindergartens)
            let whole = FieldTotal(wholeKey, over: kindergartens)
            guard let partValue = part.value, let wholeValue = whole.value else {
                results.append(.notAssessable(definition, threshold: threshold, missing: [part.missingNote, whole.missingNote].compactMap(\.self)))
                continue
            }
            guard let rate = Ratios.share(partValue, of: wholeValue) else {
                results.append(.notAssessable(definition, threshold: threshold, missing: [.reason(zh: "\(wholeKey) 合计为 0", en: "\(wholeKey) add up to 0")]))
                continue
            }
            results.append(
                IndicatorResult(
                    definition, value: rate, threshold: threshold,
                    zh: "\(nameZh) \(Int(partValue)) ÷ \(Int(wholeValue)) = \(Rounding.percent(rate, decimals: 2))，标准 ≥ \(Rounding.percent(threshold))",
                    en: "\(Int(partValue)) \(nameEn) ÷ \(Int(wholeValue)) = \(Rounding.percent(rate, decimals: 2)); standard ≥ \(Rounding.percent(threshold))"
                )
            )
        }

        let maxChildren = try parameters.number(Key.childrenPerTeacherMax)
        let children = FieldTotal("enrolled_children", over: kindergartens)
        let teachers = FieldTotal("full_time_teachers", over: kindergartens)
        if let childrenValue = children.value, let teachersValue = teachers.value {
            if teachersValue > 0 {
                let ratio = childrenValue / teachersValue
                let breakdown = kindergartens.map { unit -> UnitMeasure in
                    let value = unit.number("full_time_teachers").flatMap { $0 > 0 ? unit.number("enrolled_children")! / $0 : nil }
                    let outcome: Outcome = value.map { $0 <= maxChildren ? .met : .notMet } ?? .notAssessable
                    return UnitMeasure(unitID: unit.id, unitName: unit.name, value: value, threshold: maxChildren, outcome: outcome)
                }
                results.append(
                    IndicatorResult(
                        Indicators.childrenPerTeacher, value: ratio, threshold: maxChildren, breakdown: breakdown,
                        zh: "在园幼儿 \(Int(childrenValue)) ÷ 专任教师 \(Int(teachersValue)) = \(Rounding.format(ratio, decimals: 2))，标准 ≤ \(Rounding.format(maxChildren, decimals: 0))",
                        en: "\(Int(childrenValue)) children ÷ \(Int(teachersValue)) full-time teachers = \(Rounding.format(ratio, decimals: 2)); standard ≤ \(Rounding.format(maxChildren, decimals: 0))"
                    )
                )
            } else {
                results.append(.notAssessable(Indicators.childrenPerTeacher, threshold: maxChildren, missing: [.reason(zh: "专任教师合计为 0", en: "full-time teachers add up to 0")]))
            }
        } else {
            results.append(.notAssessable(Indicators.childrenPerTeacher, threshold: maxChildren, missing: [children.missingNote, teachers.missingNote].compactMap(\.self)))
        }

        let principalMin = try parameters.number(Key.principalCertificationMin)
        let unknown = kindergartens.filter { $0.flag("principal_certified") == nil }
        if !unknown.isEmpty {
            results.append(
                .notAssessable(
                    Indicators.principalCertification, threshold: principalMin,
                    missing: [MissingNote(zh: "缺少字段 principal_certified（\(FieldTotal.names(unknown))）", en: "field principal_certified missing for \(FieldTotal.names(unknown))")]
                )
            )
        } else if !kindergartens.isEmpty {
            let certified = kindergartens.filter { $0.flag("principal_certified") == true }.count
            let rate = Double(certified) / Double(kindergartens.count)
            let breakdown = kindergartens.map { UnitMeasure(unitID: $0.id, unitName: $0.name, value: $0.flag("principal_certified")! ? 1 : 0, threshold: 1, outcome: $0.flag("principal_certified")! ? .met : .notMet) }
            results.append(
                IndicatorResult(
                    Indicators.principalCertification, value: rate, threshold: principalMin, breakdown: breakdown,
                    zh: "园长持证 \(certified) / \(kindergartens.count) 所 = \(Rounding.percent(rate, decimals: 2))，标准 ≥ \(Rounding.percent(principalMin))",
                    en: "\(certified) of \(kindergartens.count) principals certified = \(Rounding.percent(rate, decimals: 2)); standard ≥ \(Rounding.percent(principalMin))"
                )
            )
        }
        return results
    }

    // MARK: - 社会认可度 and vetoes

    private func recognition(_ input: AssessmentInput, _ parameters: ParameterSet) throws -> IndicatorResult {
        let threshold = try parameters.number(Key.recognitionMin)
        guard let rate = input.number("social_recognition_rate") else {
            return .notAssessable(Indicators.recognition, threshold: threshold, missing: [.fact("social_recognition_rate")])
        }
        return IndicatorResult(
            Indicators.recognition, value: rate, threshold: threshold,
            zh: "社会认可度 \(Rounding.percent(rate, decimals: 2))，标准 ≥ \(Rounding.percent(threshold))",
            en: "social recognition \(Rounding.percent(rate, decimals: 2)); standard ≥ \(Rounding.percent(threshold))"
        )
    }

    private func vetoes(_ input: AssessmentInput) -> [VetoResult] {
        let rule = PreschoolCoverageDocuments.measures.cite("认定程序", note: "REFERENCE §2.3, Xinhua 2020-03-02")
        let items: [(String, String, String, String)] = [
            (Indicators.falsificationVeto, "data_falsified", "数据造假", "Falsified data"),
            (Indicators.complaintsVeto, "serious_public_complaints", "群众反映强烈或严重负面舆情", "Many complaints or a strong negative public reaction"),
        ]
        return items.map { code, key, zh, en in
            let fired = input.flag(key)
            let (explanationZh, explanationEn): (String, String) =
                switch fired {
                case .some(true): ("存在\(zh)，不予认定", "\(en): not recognised")
                case .some(false): ("无\(zh)", "not the case: \(en.lowercased())")
                case .none: (MissingNote.explanation([.fact(key)]).zh, MissingNote.explanation([.fact(key)]).en)
                }
            return VetoResult(code: code, zh: zh, en: en, fired: fired, citation: rule, status: .confirmed, explanationZh: explanationZh, explanationEn: explanationEn)
        }
    }
}
