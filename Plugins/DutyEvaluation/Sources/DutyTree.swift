public import DudaoCore

/// Builds the scored tree of the duty evaluation from an edition's parameters.
public enum DutyTree {
    /// - Throws: ``DudaoError`` (internal) when the edition lacks a parameter.
    public static func make(_ parameters: ParameterSet) throws -> ScoredTree {
        func node(_ row: DutyItems.Row) throws -> TreeNode {
            let key = "weight.\(row.code)"
            let weight = try parameters.number(key)
            let citation = parameters[key]?.citation ?? DutyDocuments.national.cite(row.code)
            let status = parameters[key]?.status ?? .unconfirmed
            if let field = row.field {
                let leaf = TreeLeaf(field: field, target: 1, comparator: .atLeast, credit: .proportional, unit: "%")
                return TreeNode(row.code, zh: row.zh, en: row.en, level: row.parent == nil ? .first : .second, weight: weight, citation: citation, status: status, leaf: leaf)
            }
            let children = try DutyItems.rows.filter { $0.parent == row.code }.map(node)
            return TreeNode(row.code, zh: row.zh, en: row.en, level: .first, weight: weight, citation: citation, status: status, children: children)
        }
        let excellent = try parameters.number(DutyEditions.Key.excellent)
        let good = try parameters.number(DutyEditions.Key.good)
        let pass = try parameters.number(DutyEditions.Key.pass)
        var downgrades: [DowngradeRule] = []
        for rule in DutyItems.downgrades {
            let key = DutyEditions.Key.rule(rule.code, drop: rule.drop)
            let citation = parameters[key]?.citation ?? DutyDocuments.ningxia.cite(rule.code)
            let status = parameters[key]?.status ?? .unconfirmed
            if rule.drop {
                let steps = try parameters.integer(key)
                guard steps > 0 else { continue }
                downgrades.append(DowngradeRule(rule.code, zh: rule.zh, en: rule.en, field: rule.field, effect: .drop(steps), citation: citation, status: status))
            } else {
                guard try parameters.boolean(key) else { continue }
                downgrades.append(DowngradeRule(rule.code, zh: rule.zh, en: rule.en, field: rule.field, effect: .capAt("good"), citation: citation, status: status))
            }
        }
        // Cut-offs out of order (a what-if override) keep only the grades that still fall strictly.
        var grades = [
            Grade("excellent", zh: "优秀", en: "excellent", minimum: excellent, passes: true),
            Grade("good", zh: "良好", en: "good", minimum: good, passes: true),
            Grade("pass", zh: "合格", en: "pass", minimum: pass, passes: true),
        ]
        grades = grades.enumerated().filter { index, grade in grades[(index + 1)...].allSatisfy { $0.minimum < grade.minimum } }.map(\.element)
        grades.append(Grade("fail", zh: "不合格", en: "fail", minimum: min(0, (grades.last?.minimum ?? 1) - 1), passes: false))
        return ScoredTree(
            totalCode: "DUTY-TOTAL",
            gradeCode: "DUTY-GRADE",
            zh: "履行教育职责评价",
            en: "Education-duty evaluation",
            nodes: try DutyItems.rows.filter { $0.parent == nil }.map(node),
            bands: GradeBands(grades),
            downgrades: downgrades,
            citation: DutyDocuments.zhejiang.cite("评分与等次"),
            bandStatus: .unconfirmed
        )
    }

    /// Every input field the tree reads, including the downgrade conditions.
    static var fields: [(key: String, zh: String, en: String, downgrade: Bool)] {
        DutyItems.rows.compactMap { row in row.field.map { ($0, row.zh, row.en, false) } }
            + DutyItems.downgrades.map { ($0.field, $0.zh, $0.en, true) }
    }
}
