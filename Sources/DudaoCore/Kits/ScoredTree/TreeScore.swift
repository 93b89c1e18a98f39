/// The outcome of scoring one subject against a ``ScoredTree``.
public struct TreeScore: Sendable, Hashable, Codable {
    /// Every node's score, parents first.
    public var nodes: [NodeScore]
    /// Out of the tree's maximum; `nil` when any leaf is not assessable.
    public var total: Double?
    /// The grade the total alone earns.
    public var baseGrade: Grade?
    /// The grade after vetoes and downgrades; `nil` when the total or a relevant rule is unknown.
    public var grade: Grade?
    /// Downgrade rules that changed the grade.
    public var applied: [DowngradeRule]
    /// Fields of vetoes and downgrades whose absence leaves the grade open.
    public var undecided: [String]
    public var vetoes: [VetoOccurrence]

    public func node(_ code: String) -> NodeScore? { self.nodes.first { $0.code == code } }

    /// Input fields whose absence left some node unscored.
    public var missingFields: [String] {
        var seen = Set<String>()
        return self.nodes.filter(\.leaf).flatMap(\.missing).filter { seen.insert($0).inserted }
    }

    /// Leaves that lost points, most points lost first (ties by code): the weakest indicators.
    public var weakest: [NodeScore] {
        self.nodes.filter { $0.leaf && ($0.lost ?? 0) > 0 }
            .sorted { (-($0.lost ?? 0), $0.code) < (-($1.lost ?? 0), $1.code) }
    }
}

/// One node's score.
public struct NodeScore: Sendable, Hashable, Codable {
    public var code: String
    public var parent: String?
    public var level: IndicatorLevel
    /// The node's share of the total's maximum, in points.
    public var weight: Double
    /// The weight as the table prints it, relative to its siblings.
    public var printedWeight: Double
    /// 0 … 1; `nil` when not assessable.
    public var credit: Double?
    /// For a leaf, the input value.
    public var value: Double?
    public var target: Double?
    public var leaf: Bool
    /// The input fields whose absence left this node unscored.
    public var missing: [String]

    init(node: TreeNode, points: Double, parent: String?, credit: Double?, value: Double?, missing: [String]) {
        self.code = node.code
        self.parent = parent
        self.level = node.level
        self.weight = points
        self.printedWeight = node.weight
        self.credit = credit
        self.value = value
        self.target = node.leaf?.target
        self.leaf = node.leaf != nil
        self.missing = missing
    }

    /// Points earned: weight × credit.
    public var score: Double? { self.credit.map { self.weight * $0 } }

    /// Points lost: weight − score.
    public var lost: Double? { self.score.map { self.weight - $0 } }
}

/// Whether a veto item occurred; `nil` when the input does not say.
public struct VetoOccurrence: Sendable, Hashable, Codable {
    public var item: VetoItem
    public var fired: Bool?
}
