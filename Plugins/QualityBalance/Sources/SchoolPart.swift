public import DudaoCore

/// One school's part for one 学段, as it enters the resource indicators and the 差异系数.
///
/// A single-stage school is one part. A 九年/十二年一贯制 school gives a primary and a junior part,
/// a 完全中学 a junior part: pupils by stage, teachers by the stage they teach, and the shared
/// physical resources by the school's ``StageSplit`` share (REFERENCE §1.2.2–1.2.3).
///
/// A class, immutable once made: each of the fifteen results of its stage reads the part, and
/// handing on a reference costs one count where copying a struct retained each of its strings.
public final class SchoolPart: Sendable, Hashable {
    public let unitID: String
    public let unitName: String
    public let kind: UnitKind
    public let stage: SchoolStage
    /// The stage's pupils; `nil` when the field is missing.
    public let pupils: Double?
    /// The share of the shared resources allotted to this stage (1 for a single-stage school).
    public let share: Double?
    /// Raw resource totals allotted to this part.
    public let resources: PerIndicator<Double>
    /// For each resource that cannot be computed, the input field that is missing.
    public let missingFields: PerIndicator<String>
    /// A label for messages, e.g. `城南九年一贯制学校（小学部）`; made once, as every breakdown
    /// row and finding of the part names it.
    public let labelZh: String
    public let labelEn: String

    /// The indicator's value for this part: Rᵢ / Pᵢ (× 100 for 每百名 indicators), or `nil`.
    public func value(_ indicator: ResourceIndicator) -> Double? {
        guard let pupils = self.pupils, pupils > 0, let resource = self.resources[indicator] else { return nil }
        return resource / pupils * indicator.scale
    }

    init(
        unitID: String, unitName: String, kind: UnitKind, stage: SchoolStage, pupils: Double?, share: Double?,
        resources: PerIndicator<Double>, missingFields: PerIndicator<String>
    ) {
        self.unitID = unitID
        self.unitName = unitName
        self.kind = kind
        self.stage = stage
        self.pupils = pupils
        self.share = share
        self.resources = resources
        self.missingFields = missingFields
        let through = SplitKinds.through.contains(kind)
        self.labelZh = through ? "\(unitName)（\(stage.nameZh)部）" : unitName
        self.labelEn = through ? "\(unitName) (\(stage.nameEn) part)" : unitName
    }

    /// Parts are equal when their figures are: the labels follow from the name, kind and stage.
    public static func == (lhs: SchoolPart, rhs: SchoolPart) -> Bool {
        lhs === rhs
            || (lhs.unitID == rhs.unitID && lhs.unitName == rhs.unitName && lhs.kind == rhs.kind && lhs.stage == rhs.stage
                && lhs.pupils == rhs.pupils && lhs.share == rhs.share && lhs.resources == rhs.resources
                && lhs.missingFields == rhs.missingFields)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.unitID)
        hasher.combine(self.stage)
        hasher.combine(self.pupils)
        hasher.combine(self.resources)
    }
}

/// A school left out of the resource indicators, and why.
public struct ExcludedSchool: Sendable, Hashable {
    public var unitID: String
    public var unitName: String
    public var reasonZh: String
    public var reasonEn: String
}

enum SplitKinds {
    /// Kinds whose buildings serve more than one stage.
    static let through: Set<UnitKind> = [.nineYear, .twelveYear, .completeSecondary]
}

extension SchoolPart {
    /// Splits the schools into stage parts and lists the schools left out.
    ///
    /// Left out: 特殊教育学校, and 教学点 with fewer than `minTeachingPointPupils` pupils (REFERENCE §1.2).
    static func parts(of units: [Unit], split: StageSplit, minTeachingPointPupils: Int) -> (parts: [SchoolPart], excluded: [ExcludedSchool]) {
        var parts: [SchoolPart] = []
        var excluded: [ExcludedSchool] = []
        for unit in units {
            if unit.kind == .special {
                excluded.append(
                    ExcludedSchool(
                        unitID: unit.id, unitName: unit.name,
                        reasonZh: "特殊教育学校不纳入资源配置指标计算",
                        reasonEn: "special-education schools are outside the resource indicators"
                    )
                )
                continue
            }
            if unit.kind == .teachingPoint, let pupils = unit.number(SchoolStage.primary.pupilsKey), pupils < Double(minTeachingPointPupils) {
                excluded.append(
                    ExcludedSchool(
                        unitID: unit.id, unitName: unit.name,
                        reasonZh: "教学点在校生 \(Int(pupils)) 人，不足 \(minTeachingPointPupils) 人，不纳入资源配置指标计算",
                        reasonEn: "teaching point with \(Int(pupils)) pupils, fewer than \(minTeachingPointPupils), is outside the resource indicators"
                    )
                )
                continue
            }
            let stages = StageSplit.stages(of: unit.kind)
            var pupils: [SchoolStage: Double] = [:]
            var missingPupils: [String] = []
            for stage in stages {
                if let count = unit.number(stage.pupilsKey) {
                    pupils[stage] = count
                } else {
                    missingPupils.append(stage.pupilsKey)
                }
            }
            let shares = missingPupils.isEmpty ? split.shares(kind: unit.kind, pupils: pupils) : nil
            for stage in stages where stage != .senior {
                // A through school with no pupils in a stage has no part there (validation rejects
                // that for 九年一贯制; a 完全中学 always has its junior part).
                if let count = pupils[stage], count == 0 { continue }
                let share = shares?[stage]
                var resources = PerIndicator<Double>()
                var missingFields = PerIndicator<String>()
                for indicator in ResourceIndicator.allCases {
                    let key = indicator.fieldKey(for: stage)
                    guard let total = unit.number(key) else {
                        missingFields[indicator] = key
                        continue
                    }
                    if indicator.isReportedByStage {
                        resources[indicator] = total
                    } else if let share {
                        resources[indicator] = total * share
                    } else {
                        missingFields[indicator] = missingPupils.joined(separator: ", ")
                    }
                }
                if pupils[stage] == nil {
                    for indicator in ResourceIndicator.allCases where missingFields[indicator] == nil {
                        missingFields[indicator] = stage.pupilsKey
                    }
                }
                parts.append(
                    SchoolPart(
                        unitID: unit.id, unitName: unit.name, kind: unit.kind, stage: stage, pupils: pupils[stage], share: share,
                        resources: resources, missingFields: missingFields
                    )
                )
            }
        }
        return (parts, excluded)
    }
}

extension Unit {
    /// A numeric field, or `nil` when absent.
    func number(_ key: String) -> Double? { self.fields[key]?.value.numberValue }
}
