extension ScoredTree {
    /// The group the total and the grade belong to.
    public var summaryGroup: IndicatorGroup {
        IndicatorGroup(code: self.totalCode, zh: "总分与等级", en: "Total and grade")
    }

    /// The top-level nodes as indicator groups, then the total's group.
    public var groups: [IndicatorGroup] {
        self.nodes.map { IndicatorGroup(code: $0.code, zh: $0.nameZh, en: $0.nameEn) } + [self.summaryGroup]
    }

    /// One definition per node (value = points earned, threshold = the node's points of the
    /// total), then the total and
    /// the grade. Only the grade is gating: in a scored tree single items are reported, and the
    /// verdict follows the grade.
    public var definitions: [IndicatorDefinition] {
        var definitions: [IndicatorDefinition] = []
        for top in self.nodes {
            for node in top.flattened {
                definitions.append(
                    IndicatorDefinition(
                        code: node.code, zh: node.nameZh, en: node.nameEn, unit: "分", group: top.code,
                        comparator: .atLeast, decimals: 2, citation: node.citation, status: node.status, gating: false
                    )
                )
            }
        }
        definitions.append(self.totalDefinition)
        definitions.append(self.gradeDefinition)
        return definitions
    }

    var totalDefinition: IndicatorDefinition {
        IndicatorDefinition(
            code: self.totalCode, zh: "\(self.nameZh)总分", en: "\(self.nameEn): total", unit: "分", group: self.totalCode,
            comparator: .atLeast, decimals: 2, citation: self.citation, status: self.weakestStatus, gating: false
        )
    }

    var gradeDefinition: IndicatorDefinition {
        IndicatorDefinition(
            code: self.gradeCode, zh: "\(self.nameZh)等级", en: "\(self.nameEn): grade", group: self.totalCode,
            comparator: .isTrue, decimals: 0, citation: self.citation, status: max(self.weakestStatus, self.bandStatus), gating: true
        )
    }

    /// The weakest status of any weight or target in the tree.
    public var weakestStatus: StatusTag {
        self.allNodes.map(\.status).max() ?? .confirmed
    }

    /// Turns a score into an ``Evaluation``: per-node indicators, the total, the grade (gating),
    /// the vetoes, one finding per leaf that lost points, and the measures a batch view needs
    /// (`total`, `grade_rank`, `score.<top-level code>`).
    ///
    /// - Parameter deadline: the rectification date findings carry, where the standard sets one.
    public func evaluation(of score: TreeScore, deadline: CalendarDate? = nil) -> Evaluation {
        var indicators: [IndicatorResult] = []
        var findings: [Finding] = []
        let nodes = Dictionary(self.allNodes.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let definitions = Dictionary(self.definitions.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        for result in score.nodes {
            guard let node = nodes[result.code], let definition = definitions[result.code] else { continue }
            indicators.append(Self.indicator(result, node: node, definition: definition))
            if let leaf = node.leaf, let value = result.value, let lost = result.lost, lost > 0 {
                findings.append(
                    Finding(
                        indicatorCode: node.code, nameZh: node.nameZh, nameEn: node.nameEn,
                        value: value, threshold: leaf.target, shortfall: abs(leaf.target - value), unit: leaf.unit,
                        deadline: deadline,
                        zh: "\(node.nameZh)：\(Self.show(value)) 未达目标值 \(leaf.comparator.symbol)\(Self.show(leaf.target))，失 \(Self.show(lost)) 分（满分 \(Self.show(result.weight))）",
                        en: "\(node.nameEn): \(Self.show(value)) misses the target \(leaf.comparator.symbol) \(Self.show(leaf.target)); \(Self.show(lost)) of \(Self.show(result.weight)) points lost"
                    )
                )
            }
        }
        indicators.append(self.totalIndicator(score))
        indicators.append(self.gradeIndicator(score))

        let vetoes = score.vetoes.map { occurrence in
            let item = occurrence.item
            let zh: String
            let en: String
            switch occurrence.fired {
            case true?:
                zh = "发生：\(item.nameZh)，一票否决"
                en = "occurred: \(item.nameEn); one-vote veto"
            case false?:
                zh = "未发生"
                en = "did not occur"
            case nil:
                zh = "不可评估：缺少字段 \(item.field)"
                en = "not assessable: field \(item.field) missing"
            }
            return VetoResult(code: item.code, zh: item.nameZh, en: item.nameEn, fired: occurrence.fired, citation: item.citation, status: item.status, explanationZh: zh, explanationEn: en)
        }

        var warnings: [Warning] = []
        let unconfirmed = self.allNodes.filter { $0.status == .unconfirmed }.map(\.code)
        if !unconfirmed.isEmpty {
            warnings.append(
                Warning(
                    code: "unconfirmed_weights",
                    zh: "\(unconfirmed.count) 项指标的权重或目标值未经官方文本核实 [U]，为本版本的参数，结果仅供参考",
                    en: "\(unconfirmed.count) indicators have weights or targets not confirmed against an official text [U]; they are parameters of this edition and the score is indicative"
                )
            )
        }

        var measures: [String: Double] = [:]
        if let total = score.total { measures["total"] = total }
        if let grade = score.grade { measures["grade_rank"] = Double(self.bands.rank(of: grade)) }
        for node in self.nodes {
            if let points = score.node(node.code)?.score { measures["score.\(node.code)"] = points }
        }
        return Evaluation(indicators: indicators, vetoes: vetoes, findings: findings, warnings: warnings, measures: measures)
    }

    private static func indicator(_ result: NodeScore, node: TreeNode, definition: IndicatorDefinition) -> IndicatorResult {
        guard let credit = result.credit, let points = result.score else {
            let fields = result.missing.joined(separator: ", ")
            return IndicatorResult(
                definition, value: nil, threshold: result.weight, outcome: .notAssessable,
                zh: "不可评估：缺少字段 \(fields)", en: "not assessable: field \(fields) missing"
            )
        }
        let outcome: Outcome = credit >= 1 ? .met : .notMet
        if let leaf = node.leaf, let value = result.value {
            return IndicatorResult(
                definition, value: points, threshold: result.weight, outcome: outcome,
                zh: "\(leaf.field) = \(Self.show(value))，目标 \(leaf.comparator.symbol)\(Self.show(leaf.target))，得 \(Self.show(points)) / \(Self.show(result.weight)) 分",
                en: "\(leaf.field) = \(Self.show(value)), target \(leaf.comparator.symbol) \(Self.show(leaf.target)): \(Self.show(points)) of \(Self.show(result.weight)) points"
            )
        }
        return IndicatorResult(
            definition, value: points, threshold: result.weight, outcome: outcome,
            zh: "得 \(Self.show(points)) / \(Self.show(result.weight)) 分", en: "\(Self.show(points)) of \(Self.show(result.weight)) points"
        )
    }

    private func totalIndicator(_ score: TreeScore) -> IndicatorResult {
        guard let total = score.total else {
            let fields = score.missingFields.joined(separator: ", ")
            return IndicatorResult(
                self.totalDefinition, value: nil, threshold: self.bands.passMark, outcome: .notAssessable,
                zh: "不可评估：缺少字段 \(fields)，缺项不按零分计", en: "not assessable: field \(fields) missing; a missing item is never scored as zero"
            )
        }
        return IndicatorResult(
            self.totalDefinition, value: total, threshold: self.bands.passMark,
            outcome: self.bands.passMark.map { total >= $0 ? .met : .notMet } ?? .met,
            zh: "总分 \(Self.show(total)) / \(Self.show(self.maximum))", en: "total \(Self.show(total)) of \(Self.show(self.maximum))"
        )
    }

    private func gradeIndicator(_ score: TreeScore) -> IndicatorResult {
        guard let grade = score.grade else {
            let fields = score.total == nil ? score.missingFields : score.undecided
            return IndicatorResult(
                self.gradeDefinition, value: nil, threshold: 1, outcome: .notAssessable,
                zh: "不可评估：缺少字段 \(fields.joined(separator: ", "))", en: "not assessable: field \(fields.joined(separator: ", ")) missing"
            )
        }
        var zh = "等级：\(grade.nameZh)"
        var en = "grade: \(grade.nameEn)"
        if let base = score.baseGrade, base.code != grade.code {
            let fired = score.vetoes.filter { $0.fired == true }.map(\.item)
            let causesZh = fired.map { "一票否决（\($0.nameZh)）" } + score.applied.map(\.nameZh)
            let causesEn = fired.map { "veto (\($0.nameEn))" } + score.applied.map(\.nameEn)
            zh += "（按分数为\(base.nameZh)，因 \(causesZh.joined(separator: "；")) 调整）"
            en += " (the score alone gives \(base.nameEn); changed by \(causesEn.joined(separator: "; ")))"
        }
        return IndicatorResult(self.gradeDefinition, value: grade.passes ? 1 : 0, threshold: 1, outcome: grade.passes ? .met : .notMet, zh: zh, en: en)
    }

    static func show(_ value: Double) -> String {
        let rounded = Rounding.round(value, decimals: 2)
        return rounded == rounded.rounded() ? Rounding.format(rounded, decimals: 0) : Rounding.format(rounded, decimals: 2)
    }
}

extension ScoredTree {
    /// Reads facts as numbers for scoring: numbers and integers as they are, yes/no as 1 / 0.
    /// Text facts are left out.
    public static func values(from facts: [String: FieldValue]) -> [String: Double] {
        var values: [String: Double] = [:]
        for (key, field) in facts {
            if let number = field.value.numberValue {
                values[key] = number
            } else if let flag = field.value.booleanValue {
                values[key] = flag ? 1 : 0
            }
        }
        return values
    }
}
