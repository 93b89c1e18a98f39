public import DudaoCore

/// How the shared physical resources of a 一贯制 school or 完全中学 are divided among its stages.
///
/// The stage parts then enter the per-school rule and the 差异系数 as separate schools. A local
/// 2015 rule weights pupils 小学 : 初中 : 高中 = 1 : 1.1 : 1.32 (完全中学 初中 : 高中 = 1 : 1.2),
/// so a junior pupil is allotted 1.1 times the floor area of a primary pupil. Whether 优质均衡
/// uses it or a plain enrolment share is [U] (REFERENCE §1.2.3), so the rule is a parameter.
public struct StageSplit: Sendable, Hashable {
    public enum Rule: String, Sendable, Hashable, CaseIterable {
        /// Pupils weighted by stage (the 2015 local rule).
        case weighted
        /// Plain share of enrolment.
        case proportional
    }

    public var rule: Rule
    /// Pupil weights for 九年/十二年一贯制 schools.
    public var throughWeights: [SchoolStage: Double]
    /// Pupil weights for 完全中学.
    public var completeSecondaryWeights: [SchoolStage: Double]

    public init(rule: Rule, throughWeights: [SchoolStage: Double], completeSecondaryWeights: [SchoolStage: Double]) {
        self.rule = rule
        self.throughWeights = throughWeights
        self.completeSecondaryWeights = completeSecondaryWeights
    }

    /// Reads the rule and weights from an edition's parameters.
    ///
    /// - Throws: ``DudaoError`` (internal) when the edition lacks a parameter.
    public init(parameters: ParameterSet) throws {
        guard let rule = Rule(rawValue: try parameters.text("split.rule")) else {
            throw DudaoError(.internal, "split.rule has a value outside its presets")
        }
        self.rule = rule
        self.throughWeights = [
            .primary: try parameters.number("split.weight.primary"),
            .junior: try parameters.number("split.weight.junior"),
            .senior: try parameters.number("split.weight.senior"),
        ]
        self.completeSecondaryWeights = [
            .junior: try parameters.number("split.complete_secondary.weight.junior"),
            .senior: try parameters.number("split.complete_secondary.weight.senior"),
        ]
    }

    /// The stages a school of `kind` shares its buildings among (including 高中, which is split
    /// off and then left out).
    public static func stages(of kind: UnitKind) -> [SchoolStage] {
        switch kind {
        case .primary, .teachingPoint: [.primary]
        case .junior: [.junior]
        case .nineYear: [.primary, .junior]
        case .twelveYear: [.primary, .junior, .senior]
        case .completeSecondary: [.junior, .senior]
        default: []
        }
    }

    /// The compulsory stages of ``stages(of:)``: those the per-school items judge.
    public static func compulsoryStages(of kind: UnitKind) -> [SchoolStage] {
        Self.stages(of: kind).filter { $0 != .senior }
    }

    /// Each stage's share of the school's shared resources, or `nil` when the weighted pupils are zero.
    ///
    /// share(s) = wₛ·Pₛ / Σₜ wₜ·Pₜ, with every w = 1 under ``Rule/proportional``.
    public func shares(kind: UnitKind, pupils: [SchoolStage: Double]) -> [SchoolStage: Double]? {
        let stages = Self.stages(of: kind)
        let weights = kind == .completeSecondary ? self.completeSecondaryWeights : self.throughWeights
        func weight(_ stage: SchoolStage) -> Double {
            self.rule == .proportional || stages.count == 1 ? 1 : (weights[stage] ?? 1)
        }
        let total = stages.reduce(0.0) { $0 + weight($1) * (pupils[$1] ?? 0) }
        guard total > 0 else { return nil }
        return Dictionary(uniqueKeysWithValues: stages.map { ($0, weight($0) * (pupils[$0] ?? 0) / total) })
    }
}
