import DudaoCore

/// A scored indicator tree of a pack (`tree:`): 一级 / 二级 / 三级 / 监测点 with weights, leaf
/// targets and credit rules, grade bands and downgrades, scored by the core's ``ScoredTree`` kit.
///
/// Every weight, target, band line and downgrade step is a parameter of the edition, so an
/// unconfirmed figure stays a tagged parameter the office can correct, and a caller may override it.
struct PackTree: Sendable, Hashable {
    struct Node: Sendable, Hashable {
        var code: String
        var nameZh: String
        var nameEn: String
        var parent: String?
        var level: IndicatorLevel
        /// The parameter holding the weight, relative to the node's siblings.
        var weight: String
        var citation: Citation
        var leaf: Leaf?
    }

    /// What a leaf reads: a fact, against a target, with a credit rule.
    struct Leaf: Sendable, Hashable {
        var field: String
        var target: Target
        var comparator: Comparator
        var credit: CreditRule
        /// A text parameter naming the credit rule (`all_or_nothing` or `proportional`), when the
        /// standard leaves the rule to the edition; it takes the place of `credit`.
        var creditParameter: String?
        var unit: String?

        /// The credit rule this edition gives the leaf.
        func creditRule(_ parameters: ParameterSet) throws -> CreditRule {
            guard let key = self.creditParameter else { return self.credit }
            let name = try parameters.text(key)
            guard let rule = PackTree.creditRules[name] else {
                throw DudaoError(.invalidArgument, "parameter \(key) names the credit rule \(name); it must be all_or_nothing or proportional")
            }
            return rule
        }
    }

    /// A leaf's target: a parameter of the edition, or a fixed figure that belongs to the leaf's
    /// definition rather than to a standard (a degree of completion is complete at 1).
    enum Target: Sendable, Hashable {
        case parameter(String)
        case fixed(Double)

        var parameter: String? {
            if case .parameter(let key) = self { key } else { nil }
        }

        func value(_ parameters: ParameterSet) throws -> Double {
            switch self {
            case .parameter(let key): try parameters.number(key)
            case .fixed(let value): value
            }
        }

        var description: String {
            switch self {
            case .parameter(let key): key
            case .fixed(let value): PackRule.number(value)
            }
        }
    }

    /// The credit rules a leaf may name.
    static let creditRules: [String: CreditRule] = ["all_or_nothing": .allOrNothing, "proportional": .proportional]

    /// A grade band, best first; the last one is the floor and has no line.
    struct Band: Sendable, Hashable {
        var code: String
        var nameZh: String
        var nameEn: String
        /// The parameter holding the lowest total that earns the band; `nil` for the floor.
        var atLeast: String?
        var passes: Bool
    }

    /// A rule that lowers the grade when a yes/no fact is true (降等, 不得评为…).
    struct Downgrade: Sendable, Hashable {
        var code: String
        var nameZh: String
        var nameEn: String
        var field: String
        /// The integer parameter of bands dropped (0 switches the rule off).
        var drop: String?
        /// The best grade left (a band code).
        var capAt: String?
        /// The boolean parameter that switches the rule on.
        var when: String?
        var citation: Citation
        var status: StatusTag
    }

    var totalCode: String
    var gradeCode: String
    var nameZh: String
    var nameEn: String
    var maximum: Double
    var citation: Citation
    /// The status of the band lines as a whole.
    var bandStatus: StatusTag
    var nodes: [Node]
    var bands: [Band]
    var downgrades: [Downgrade]

    /// The core's tree with this edition's figures.
    func scoredTree(_ parameters: ParameterSet) throws -> ScoredTree {
        func build(_ node: Node) throws -> TreeNode {
            let weight = try parameters.number(node.weight)
            var status = parameters[node.weight]?.status ?? .unconfirmed
            guard let leaf = node.leaf else {
                let children = try self.nodes.filter { $0.parent == node.code }.map(build)
                return TreeNode(node.code, zh: node.nameZh, en: node.nameEn, level: node.level, weight: weight, citation: node.citation, status: status, children: children)
            }
            if let key = leaf.target.parameter { status = max(status, parameters[key]?.status ?? .unconfirmed) }
            let target = TreeLeaf(
                field: leaf.field, target: try leaf.target.value(parameters), comparator: leaf.comparator, credit: try leaf.creditRule(parameters), unit: leaf.unit
            )
            return TreeNode(node.code, zh: node.nameZh, en: node.nameEn, level: node.level, weight: weight, citation: node.citation, status: status, leaf: target)
        }
        return ScoredTree(
            totalCode: self.totalCode, gradeCode: self.gradeCode, zh: self.nameZh, en: self.nameEn,
            nodes: try self.nodes.filter { $0.parent == nil }.map(build), maximum: self.maximum,
            bands: try self.gradeBands(parameters), downgrades: try self.downgradeRules(parameters),
            citation: self.citation, bandStatus: self.bandStatus
        )
    }

    /// The bands with this edition's lines. A band whose line does not lie above every lower
    /// band's (after an override) is left out, so the bands always fall strictly; the floor takes
    /// every total below the last line.
    func gradeBands(_ parameters: ParameterSet) throws -> GradeBands {
        var grades: [Grade] = []
        for band in self.bands {
            guard let line = band.atLeast else { continue }
            grades.append(Grade(band.code, zh: band.nameZh, en: band.nameEn, minimum: try parameters.number(line), passes: band.passes))
        }
        grades = grades.enumerated().filter { index, grade in grades[(index + 1)...].allSatisfy { $0.minimum < grade.minimum } }.map(\.element)
        if let floor = self.bands.last(where: { $0.atLeast == nil }) {
            grades.append(Grade(floor.code, zh: floor.nameZh, en: floor.nameEn, minimum: min(0, (grades.last?.minimum ?? 1) - 1), passes: floor.passes))
        }
        return GradeBands(grades)
    }

    /// The downgrade rules switched on by this edition.
    func downgradeRules(_ parameters: ParameterSet) throws -> [DowngradeRule] {
        try self.downgrades.compactMap { rule in
            if let switchKey = rule.when, try !parameters.boolean(switchKey) { return nil }
            let effect: DowngradeRule.Effect
            if let drop = rule.drop {
                let steps = try parameters.integer(drop)
                guard steps > 0 else { return nil }
                effect = .drop(steps)
            } else {
                effect = .capAt(rule.capAt ?? "")
            }
            return DowngradeRule(rule.code, zh: rule.nameZh, en: rule.nameEn, field: rule.field, effect: effect, citation: rule.citation, status: rule.status)
        }
    }

    /// Every code the tree reports: its nodes, the total and the grade.
    var codes: [String] { self.nodes.map(\.code) + [self.totalCode, self.gradeCode] }

    /// The facts the tree reads, and whether each must be a yes/no field.
    var fields: [(key: String, boolean: Bool)] {
        self.nodes.compactMap { node in node.leaf.map { ($0.field, $0.comparator == .isTrue) } } + self.downgrades.map { ($0.field, true) }
    }

    /// The parameters the tree reads, with the type each must have.
    var parameters: [(key: String, type: ValueType)] {
        var keys: [(String, ValueType)] = []
        for node in self.nodes {
            keys.append((node.weight, .number))
            if let key = node.leaf?.target.parameter { keys.append((key, .number)) }
            if let credit = node.leaf?.creditParameter { keys.append((credit, .text)) }
        }
        keys += self.bands.compactMap { band in band.atLeast.map { ($0, .number) } }
        for rule in self.downgrades {
            if let drop = rule.drop { keys.append((drop, .integer)) }
            if let when = rule.when { keys.append((when, .boolean)) }
        }
        return keys
    }

    /// Which parameters are weights and which thresholds, for `dudao standard diff`.
    var roles: [String: String] {
        var roles: [String: String] = [:]
        for (key, _) in self.parameters { roles[key] = "threshold" }
        for node in self.nodes { roles[node.weight] = "weight" }
        return roles
    }

    /// A one-line description of a node, the total or the grade, for `diff` and `describe`.
    func summary(_ code: String) -> String? {
        if code == self.totalCode { return "total of the tree, out of \(PackRule.number(self.maximum))" }
        if code == self.gradeCode {
            return "grade: " + self.bands.map { band in band.atLeast.map { "\(band.nameZh) ≥ \($0)" } ?? band.nameZh }.joined(separator: ", ")
        }
        guard let node = self.nodes.first(where: { $0.code == code }) else { return nil }
        guard let leaf = node.leaf else { return "branch, weight \(node.weight)" }
        let target = leaf.comparator == .isTrue ? "is yes" : "\(leaf.comparator.symbol) \(leaf.target.description)"
        return "\(leaf.field) \(target), weight \(node.weight), credit \(leaf.creditParameter ?? leaf.credit.presetName)"
    }
}

extension CreditRule {
    /// The name a pack gives the rule (`all_or_nothing`, `proportional`).
    var presetName: String {
        switch self {
        case .allOrNothing: "all_or_nothing"
        case .proportional: "proportional"
        case .banded: "banded"
        }
    }
}
