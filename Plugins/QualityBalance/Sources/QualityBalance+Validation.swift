public import DudaoCore

extension QualityBalance {
    /// Rules the schema cannot state.
    ///
    /// The schema already rejects negative, non-finite and misspelt values, duplicate ids, and stage
    /// fields on the wrong kind of school (e.g. `junior_pupils` on a primary school). Here: a school
    /// must have pupils; a 一贯制 school must have pupils in both compulsory stages (else it is a
    /// single-stage school); a 完全中学 must have junior pupils; a largest class cannot exceed the
    /// stage's pupils; recognition cannot postdate the period; and overridden rule parameters must
    /// stay in range.
    public func validate(_ input: AssessmentInput, parameters: ParameterSet) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        for (index, unit) in input.units.enumerated() {
            let path = "units[\(index)]"
            let keys = self.pupilsKeys[unit.kind] ?? []
            let counts = keys.compactMap { unit.number($0) }
            if !keys.isEmpty, counts.count == keys.count, counts.reduce(0, +) == 0 {
                issues.append(
                    ValidationIssue(
                        path: path, rule: .mustBePositive,
                        zh: "学校 \(unit.name)（\(unit.id)）在校生合计为 0",
                        en: "school \(unit.id) has no pupils in total (\(keys.joined(separator: " + ")) = 0)"
                    )
                )
                continue
            }
            let requiredStages: [SchoolStage] =
                switch unit.kind {
                case .nineYear, .twelveYear: [.primary, .junior]
                case .completeSecondary: [.junior]
                default: []
                }
            for stage in requiredStages where unit.number(stage.pupilsKey) == 0 {
                issues.append(
                    ValidationIssue(
                        path: "\(path).\(stage.pupilsKey)", rule: .inconsistent,
                        zh: "\(unit.name)（\(unit.kind.rawValue)）\(stage.nameZh)段在校生为 0；只有一个学段的学校应按单学段学校填报",
                        en: "\(unit.id) is a \(unit.kind.rawValue) with no \(stage.nameEn) pupils; report a single-stage school by its own kind"
                    )
                )
            }
            for stage in SchoolStage.compulsory {
                let key = stage.maxClassSizeKey
                if let size = unit.number(key), let pupils = unit.number(stage.pupilsKey), size > pupils {
                    issues.append(
                        ValidationIssue(
                            path: "\(path).\(key)", rule: .inconsistent,
                            zh: "\(unit.name) \(stage.nameZh)最大班额 \(Int(size)) 人，超过该学段在校生 \(Int(pupils)) 人",
                            en: "\(unit.id): largest \(stage.nameEn) class \(Int(size)) exceeds the stage's \(Int(pupils)) pupils"
                        )
                    )
                }
            }
        }
        if let year = input.facts["basic_balance_certified_year"]?.value.numberValue, Int(year) > input.period.startYear {
            issues.append(
                ValidationIssue(
                    path: "facts.basic_balance_certified_year", rule: .inconsistent,
                    zh: "基本均衡认定年份 \(Int(year)) 晚于评估期 \(input.period)",
                    en: "basic-balance recognition year \(Int(year)) is after the period \(input.period)"
                )
            )
        }
        issues += Self.checkRanges(parameters)
        return issues
    }

    /// Overridden rule parameters that would make the rule meaningless.
    static func checkRanges(_ parameters: ParameterSet) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        func check(_ key: String, _ range: ClosedRange<Double>) {
            guard let value = parameters[key]?.value.numberValue, !range.contains(value) else { return }
            issues.append(
                ValidationIssue(
                    path: "parameterOverrides.\(key)", rule: .outOfRange,
                    zh: "参数 \(key) 应在 \(range.lowerBound) … \(range.upperBound) 之间，实际为 \(value)",
                    en: "parameter \(key) must be within \(range.lowerBound) … \(range.upperBound); got \(value)"
                )
            )
        }
        check("school_rule.min_indicators_met", 0...Double(ResourceIndicator.allCases.count))
        check("school_rule.remaining_floor_fraction", 0...1)
        check("coverage.teaching_point_min_pupils", 0...10_000)
        for key in ["split.weight.primary", "split.weight.junior", "split.weight.senior", "split.complete_secondary.weight.junior", "split.complete_secondary.weight.senior"] {
            check(key, 0.01...100)
        }
        return issues
    }
}
