/// A rule that lowers a grade whatever the score (降等 / 不得评为优秀), read from a yes/no field.
public struct DowngradeRule: Sendable, Hashable, Codable {
    public var code: String
    public var nameZh: String
    public var nameEn: String
    /// The yes/no input that says whether the condition occurred.
    public var field: String
    public var effect: Effect
    public var citation: Citation
    public var status: StatusTag

    public enum Effect: Sendable, Hashable, Codable {
        /// Drop this many grades (降一等).
        case drop(Int)
        /// At best this grade (e.g. cannot be 优秀, so at best 良好).
        case capAt(String)
    }

    public init(_ code: String, zh: String, en: String, field: String, effect: Effect, citation: Citation, status: StatusTag) {
        self.code = code
        self.nameZh = zh
        self.nameEn = en
        self.field = field
        self.effect = effect
        self.citation = citation
        self.status = status
    }

    /// The grade rank after applying the rule to `rank` (0 best) within `bands`.
    func apply(to rank: Int, in bands: GradeBands) -> Int {
        let floor = bands.grades.count - 1
        switch self.effect {
        case .drop(let steps):
            return min(floor, rank + max(0, steps))
        case .capAt(let code):
            let cap = bands.grades.firstIndex { $0.code == code } ?? rank
            return max(rank, cap)
        }
    }
}

/// A one-vote veto item of a scored tree (一票否决), read from a yes/no field: if it occurred, the
/// grade is the lowest and the verdict fails.
public struct VetoItem: Sendable, Hashable, Codable {
    public var code: String
    public var nameZh: String
    public var nameEn: String
    public var field: String
    public var citation: Citation
    public var status: StatusTag

    public init(_ code: String, zh: String, en: String, field: String, citation: Citation, status: StatusTag) {
        self.code = code
        self.nameZh = zh
        self.nameEn = en
        self.field = field
        self.citation = citation
        self.status = status
    }
}
