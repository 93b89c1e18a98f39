/// Grade cut-offs on a total score, best grade first (e.g. 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 65, 不合格).
public struct GradeBands: Sendable, Hashable, Codable {
    /// Best first; the last grade is the floor and takes every lower total.
    public var grades: [Grade]

    /// - Precondition: at least one grade, minimums strictly falling.
    public init(_ grades: [Grade]) {
        precondition(!grades.isEmpty, "grade bands need at least one grade")
        precondition(zip(grades, grades.dropFirst()).allSatisfy { $0.minimum > $1.minimum }, "grade minimums must fall strictly")
        self.grades = grades
    }

    /// The grade of `total`: the best grade whose minimum it reaches, else the floor.
    public func grade(for total: Double) -> Grade {
        self.grades.first { total >= $0.minimum } ?? self.grades[self.grades.count - 1]
    }

    /// The position of a grade, 0 for the best.
    public func rank(of grade: Grade) -> Int {
        self.grades.firstIndex { $0.code == grade.code } ?? self.grades.count - 1
    }

    public var lowest: Grade { self.grades[self.grades.count - 1] }

    /// The lowest total that still passes: the minimum of the worst passing grade.
    public var passMark: Double? { self.grades.last { $0.passes }?.minimum }
}

/// One grade of ``GradeBands``.
public struct Grade: Sendable, Hashable, Codable {
    public var code: String
    public var nameZh: String
    public var nameEn: String
    /// The lowest total that earns it.
    public var minimum: Double
    /// Whether the grade counts as a pass for the verdict.
    public var passes: Bool

    public init(_ code: String, zh: String, en: String, minimum: Double, passes: Bool) {
        self.code = code
        self.nameZh = zh
        self.nameEn = en
        self.minimum = minimum
        self.passes = passes
    }
}
