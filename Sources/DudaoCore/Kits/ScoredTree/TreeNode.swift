/// One indicator of a scored tree: a branch with children, or a leaf with a target.
///
/// Weights are relative within their parent: a branch earns its weight times the weighted share of
/// credit its children earn. Where a 细则 makes the children add up to the parent (经费保障 9 =
/// 5 × 0.6 + 5 × 0.6 + 3) this is the plain sum; where it scores each block out of 100 (the 2015
/// 评估汇总表) it rescales, so both layouts are written as printed.
public struct TreeNode: Sendable, Hashable, Codable {
    public var code: String
    public var nameZh: String
    public var nameEn: String
    public var level: IndicatorLevel
    public var weight: Double
    public var citation: Citation
    /// The weakest status of the node's weight and, for a leaf, its target.
    public var status: StatusTag
    public var content: Content

    public enum Content: Sendable, Hashable, Codable {
        case branch([TreeNode])
        case leaf(TreeLeaf)
    }

    public init(_ code: String, zh: String, en: String, level: IndicatorLevel, weight: Double, citation: Citation, status: StatusTag, children: [TreeNode]) {
        self.code = code
        self.nameZh = zh
        self.nameEn = en
        self.level = level
        self.weight = weight
        self.citation = citation
        self.status = status
        self.content = .branch(children)
    }

    public init(_ code: String, zh: String, en: String, level: IndicatorLevel, weight: Double, citation: Citation, status: StatusTag, leaf: TreeLeaf) {
        self.code = code
        self.nameZh = zh
        self.nameEn = en
        self.level = level
        self.weight = weight
        self.citation = citation
        self.status = status
        self.content = .leaf(leaf)
    }

    public var children: [TreeNode] {
        if case .branch(let children) = self.content { return children }
        return []
    }

    public var leaf: TreeLeaf? {
        if case .leaf(let leaf) = self.content { return leaf }
        return nil
    }

    /// This node and every node below it, parents first.
    public var flattened: [TreeNode] {
        [self] + self.children.flatMap(\.flattened)
    }
}
