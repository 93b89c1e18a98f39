/// A scored indicator tree (一级 / 二级 / 三级 / 监测点) with a total, grades, downgrades and vetoes.
///
/// A module builds its tree from the edition's parameters (weights, targets, cut-offs), so every
/// unconfirmed figure stays a parameter, and asks the tree to ``score(_:)`` a subject's values.
///
/// Scoring rules, the same for every module:
/// - a leaf's credit (0 … 1) follows its ``CreditRule``; a branch's credit is
///   `Σ(wᵢ · creditᵢ) / Σwᵢ` over its children (weights are relative to their siblings);
/// - the total is `maximum × Σ(wᵢ · creditᵢ) / Σwᵢ` over the top-level nodes;
/// - every node is reported in points of the total: its share of the maximum (its relative
///   weight times its parent's share) times its credit, so a 监测点 weighted 1 of 3 under a
///   二级 worth 6 shows 2 points;
/// - a leaf without its input is not assessable, and so is every node above it and the total:
///   a missing figure is never scored as zero;
/// - a fired veto puts the grade at the lowest band; downgrade rules then lower the grade of
///   the score; an unknown veto or downgrade leaves the grade unknown unless it cannot matter.
public struct ScoredTree: Sendable, Hashable, Codable {
    /// Code of the total's indicator, e.g. `MOD-TOTAL`.
    public var totalCode: String
    /// Code of the grade's indicator, e.g. `MOD-GRADE`.
    public var gradeCode: String
    public var nameZh: String
    public var nameEn: String
    public var nodes: [TreeNode]
    /// The total's full marks, usually 100.
    public var maximum: Double
    public var bands: GradeBands
    public var downgrades: [DowngradeRule]
    public var vetoes: [VetoItem]
    public var citation: Citation
    /// The weakest status of the cut-offs.
    public var bandStatus: StatusTag

    public init(
        totalCode: String,
        gradeCode: String,
        zh: String,
        en: String,
        nodes: [TreeNode],
        maximum: Double = 100,
        bands: GradeBands,
        downgrades: [DowngradeRule] = [],
        vetoes: [VetoItem] = [],
        citation: Citation,
        bandStatus: StatusTag
    ) {
        self.totalCode = totalCode
        self.gradeCode = gradeCode
        self.nameZh = zh
        self.nameEn = en
        self.nodes = nodes
        self.maximum = maximum
        self.bands = bands
        self.downgrades = downgrades
        self.vetoes = vetoes
        self.citation = citation
        self.bandStatus = bandStatus
    }

    /// Every node, parents first.
    public var allNodes: [TreeNode] { self.nodes.flatMap(\.flattened) }

    /// Every leaf.
    public var leaves: [TreeNode] { self.allNodes.filter { $0.leaf != nil } }

    /// The input keys the tree reads: leaves, downgrades and vetoes.
    public var fields: [String] {
        self.leaves.compactMap(\.leaf?.field) + self.downgrades.map(\.field) + self.vetoes.map(\.field)
    }

    /// Scores a subject's values, keyed by input field. An absent key is a missing input.
    public func score(_ values: [String: Double]) -> TreeScore {
        var scores: [NodeScore] = []
        var weighted = 0.0
        var totalWeight = 0.0
        var missing: [String] = []
        let topWeight = self.nodes.map(\.weight).reduce(0, +)
        for node in self.nodes {
            let points = topWeight > 0 ? self.maximum * node.weight / topWeight : 0
            let credit = Self.score(node, points: points, values: values, parent: nil, into: &scores)
            totalWeight += node.weight
            if let credit {
                weighted += node.weight * credit
            } else {
                missing.append(node.code)
            }
        }
        let total: Double? = missing.isEmpty && totalWeight > 0 ? self.maximum * weighted / totalWeight : nil

        let vetoes = self.vetoes.map { item in (item, values[item.field].map { $0 != 0 }) }
        let downgrades = self.downgrades.map { rule in (rule, values[rule.field].map { $0 != 0 }) }
        var baseGrade: Grade?
        var grade: Grade?
        var applied: [DowngradeRule] = []
        var unknown: [String] = []
        if let total {
            let base = self.bands.grade(for: total)
            baseGrade = base
            var rank = self.bands.rank(of: base)
            let floor = self.bands.grades.count - 1
            if vetoes.contains(where: { $0.1 == true }) {
                rank = floor
            } else {
                unknown += vetoes.filter { $0.1 == nil }.map(\.0.field)
            }
            for (rule, triggered) in downgrades {
                switch triggered {
                case true?:
                    let lowered = rule.apply(to: rank, in: self.bands)
                    if lowered != rank { applied.append(rule) }
                    rank = lowered
                case nil:
                    unknown.append(rule.field)
                case false?:
                    break
                }
            }
            // An unknown veto or downgrade cannot change a grade that is already the floor.
            grade = unknown.isEmpty || rank == floor ? self.bands.grades[rank] : nil
            if rank == floor { unknown = [] }
        }
        return TreeScore(
            nodes: scores,
            total: total,
            baseGrade: baseGrade,
            grade: grade,
            applied: applied,
            undecided: unknown,
            vetoes: vetoes.map { VetoOccurrence(item: $0.0, fired: $0.1) }
        )
    }

    /// Scores one node and its subtree; returns its credit, or `nil` when not assessable.
    ///
    /// `points` is the node's share of the total's maximum: its weight relative to its siblings
    /// times its parent's points, so every node is reported on the scale of the total.
    private static func score(_ node: TreeNode, points: Double, values: [String: Double], parent: String?, into scores: inout [NodeScore]) -> Double? {
        switch node.content {
        case .leaf(let leaf):
            guard let value = values[leaf.field] else {
                scores.append(NodeScore(node: node, points: points, parent: parent, credit: nil, value: nil, missing: [leaf.field]))
                return nil
            }
            let credit = leaf.credit.credit(value: value, target: leaf.target, comparator: leaf.comparator)
            scores.append(NodeScore(node: node, points: points, parent: parent, credit: credit, value: value, missing: []))
            return credit
        case .branch(let children):
            let position = scores.count
            scores.append(NodeScore(node: node, points: points, parent: parent, credit: nil, value: nil, missing: []))
            var weighted = 0.0
            var totalWeight = 0.0
            var assessable = true
            let childWeight = children.map(\.weight).reduce(0, +)
            for child in children {
                totalWeight += child.weight
                let share = childWeight > 0 ? points * child.weight / childWeight : 0
                if let credit = self.score(child, points: share, values: values, parent: node.code, into: &scores) {
                    weighted += child.weight * credit
                } else {
                    assessable = false
                }
            }
            let below = scores[(position + 1)...].filter { $0.leaf }.flatMap(\.missing)
            let credit: Double? = assessable && totalWeight > 0 ? weighted / totalWeight : nil
            scores[position] = NodeScore(node: node, points: points, parent: parent, credit: credit, value: nil, missing: below)
            return credit
        }
    }
}
