public import DudaoCore

/// Builds the scored tree from an edition's parameters.
public enum ModernizationTree {
    /// - Throws: ``DudaoError`` (internal) when the edition lacks a weight or target.
    public static func make(_ parameters: ParameterSet) throws -> ScoredTree {
        let credit = try parameters.text(ModernizationEditions.Key.creditRule)
        let numericRule = CreditRule(parameterValue: credit) ?? .allOrNothing
        let pass = try parameters.number(ModernizationEditions.Key.passScore)
        let high = try parameters.number(ModernizationEditions.Key.highScore)
        let bandStatus = [ModernizationEditions.Key.passScore, ModernizationEditions.Key.highScore].compactMap { parameters[$0]?.status }.max() ?? .unconfirmed
        return ScoredTree(
            totalCode: "MOD-TOTAL",
            gradeCode: "MOD-LEVEL",
            zh: "教育现代化发展水平",
            en: "Education modernization level",
            nodes: try ModernizationIndicators.children(of: nil).map { try self.node($0, parameters: parameters, numericRule: numericRule) },
            bands: GradeBands([
                Grade("high", zh: "较高水平", en: "high", minimum: max(high, pass), passes: true),
                Grade("reached", zh: "达到基本现代化水平", en: "reached", minimum: pass, passes: true),
                // The floor takes every lower total; its minimum only has to lie below the pass line.
                Grade("below", zh: "未达到", en: "below", minimum: min(0, pass - 1), passes: false),
            ].filter { $0.code != "high" || high > pass }),
            citation: ModernizationDocuments.monitoring2017.cite("综合得分"),
            bandStatus: bandStatus
        )
    }

    private static func node(_ row: ModernizationIndicator, parameters: ParameterSet, numericRule: CreditRule) throws -> TreeNode {
        let weight = try parameters.number(row.weightKey)
        var status = parameters[row.weightKey]?.status ?? row.weightStatus
        let citation = parameters[row.weightKey]?.citation ?? ModernizationDocuments.standard2015.cite(row.code)
        guard let measure = row.measure else {
            let children = try ModernizationIndicators.children(of: row.code).map { try self.node($0, parameters: parameters, numericRule: numericRule) }
            return TreeNode(row.code, zh: row.nameZh, en: row.nameEn, level: row.level, weight: weight, citation: citation, status: status, children: children)
        }
        let target = try parameters.number(row.targetKey)
        status = max(status, parameters[row.targetKey]?.status ?? measure.targetStatus)
        let rule: CreditRule =
            switch measure.kind {
            case .yesNo, .growth: .allOrNothing
            case .fraction, .ratio, .coefficient: numericRule
            }
        let leaf = TreeLeaf(field: measure.field, target: target, comparator: measure.comparator, credit: rule, unit: measure.unit)
        return TreeNode(row.code, zh: row.nameZh, en: row.nameEn, level: row.level, weight: weight, citation: citation, status: status, leaf: leaf)
    }
}
