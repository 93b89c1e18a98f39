/// One row of an indicator table as a standard prints it, from which an edition's parameters and
/// a ``ScoredTree``'s nodes are made.
///
/// Modules write their table once as rows; ``TreeRow/parameters(_:)`` turns the weights and
/// targets into edition parameters (`weight.<code>`, `target.<code>`) with their citations and
/// tags, and ``TreeRow/nodes(_:parameters:)`` builds the tree from whatever the edition (or a
/// caller's override) says.
public struct TreeRow: Sendable, Hashable {
    public var code: String
    public var parent: String?
    public var level: IndicatorLevel
    public var nameZh: String
    public var nameEn: String
    public var weight: Double
    public var weightStatus: StatusTag
    public var citation: Citation
    public var measure: Measure?

    /// What a leaf reads and the default target.
    public struct Measure: Sendable, Hashable {
        public var field: String
        public var target: Double
        public var comparator: Comparator
        public var credit: CreditRule
        public var unit: String?
        public var targetStatus: StatusTag

        public init(field: String, target: Double, comparator: Comparator = .atLeast, credit: CreditRule = .proportional, unit: String? = nil, targetStatus: StatusTag) {
            self.field = field
            self.target = target
            self.comparator = comparator
            self.credit = credit
            self.unit = unit
            self.targetStatus = targetStatus
        }
    }

    public init(_ code: String, parent: String?, level: IndicatorLevel, zh: String, en: String, weight: Double, status: StatusTag, citation: Citation, measure: Measure? = nil) {
        self.code = code
        self.parent = parent
        self.level = level
        self.nameZh = zh
        self.nameEn = en
        self.weight = weight
        self.weightStatus = status
        self.citation = citation
        self.measure = measure
    }

    public var weightKey: String { "weight.\(self.code)" }
    public var targetKey: String { "target.\(self.code)" }

    /// The weight and target parameters of every row.
    public static func parameters(_ rows: [TreeRow]) -> [Parameter] {
        rows.flatMap { row -> [Parameter] in
            var parameters = [
                Parameter(row.weightKey, .number(row.weight), nameZh: "\(row.nameZh) 权重", nameEn: "\(row.nameEn): weight", unit: "分", citation: row.citation, status: row.weightStatus)
            ]
            if let measure = row.measure {
                parameters.append(
                    Parameter(row.targetKey, .number(measure.target), nameZh: "\(row.nameZh) 目标值", nameEn: "\(row.nameEn): target", unit: measure.unit, citation: row.citation, status: measure.targetStatus)
                )
            }
            return parameters
        }
    }

    /// The top-level nodes, with weights and targets read from `parameters`.
    ///
    /// - Throws: ``DudaoError`` (internal) when a weight or target parameter is missing.
    public static func nodes(_ rows: [TreeRow], parameters: ParameterSet) throws -> [TreeNode] {
        func node(_ row: TreeRow) throws -> TreeNode {
            let weight = try parameters.number(row.weightKey)
            var status = parameters[row.weightKey]?.status ?? row.weightStatus
            guard let measure = row.measure else {
                let children = try rows.filter { $0.parent == row.code }.map(node)
                return TreeNode(row.code, zh: row.nameZh, en: row.nameEn, level: row.level, weight: weight, citation: row.citation, status: status, children: children)
            }
            let target = try parameters.number(row.targetKey)
            status = max(status, parameters[row.targetKey]?.status ?? measure.targetStatus)
            let leaf = TreeLeaf(field: measure.field, target: target, comparator: measure.comparator, credit: measure.credit, unit: measure.unit)
            return TreeNode(row.code, zh: row.nameZh, en: row.nameEn, level: row.level, weight: weight, citation: row.citation, status: status, leaf: leaf)
        }
        return try rows.filter { $0.parent == nil }.map(node)
    }

    /// Input specs for the leaves: yes/no leaves as booleans, others as numbers.
    public static func fields(_ rows: [TreeRow], constraint: (Measure) -> Constraint = { _ in .none }) -> [FieldSpec] {
        rows.compactMap { row in
            guard let measure = row.measure else { return nil }
            if measure.comparator == .isTrue || measure.comparator == .isFalse {
                return FieldSpec(measure.field, .boolean, zh: row.nameZh, en: row.nameEn, definition: row.code)
            }
            return FieldSpec(measure.field, .number, zh: row.nameZh, en: row.nameEn, unit: measure.unit, constraint: constraint(measure), definition: row.code)
        }
    }
}
