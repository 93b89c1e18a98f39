import DudaoCore

/// How one indicator of a pack is computed, on the core's kits; the shapes the pack format knows.
enum PackRule: Sendable, Hashable {
    /// A subject-level figure against a threshold.
    case measure(PackMeasure, PackThreshold)
    /// Every unit (of `kinds`, or all) against a threshold; the value is the share of units that
    /// meet it, which must reach the parameter `share`.
    case eachUnit(PackMeasure, PackThreshold, kinds: [UnitKind]?, share: String?)
    /// The enrolment-weighted 差异系数 of `resource / pupils · scale` across units, at most `limit`.
    case differenceCoefficient(resource: String, pupils: String, scale: Double, kinds: [UnitKind]?, limit: String)
    /// A yes/no checklist item: met when the boolean fact is true.
    case check(String)
    /// At least `atLeast` of the indicators `codes` met; with `floor`, every one not met must still
    /// reach `floor` × its threshold (the "6 of 7, rest ≥ 85%" shape).
    case kOfN(codes: [String], atLeast: String, floor: String?)
    /// The most units sharing one value of the text field `by` (schools per inspector, per zone),
    /// at most `limit`; units with an empty value are left out, units without it make it unknown.
    case groupCount(by: String, kinds: [UnitKind]?, limit: String, label: (zh: String, en: String))
    /// The share of units cleared by the pack's checklist (every mandatory item met); its findings
    /// are every unmet item of every unit, with deadlines.
    case checklistGate
    /// The number of units where one checklist item is not met (reported, at most 0).
    case checklistItem(String)
    /// A score: each indicator's weight (a parameter) earned when it is met; the total against
    /// `pass`, named by the grade bands (highest first).
    case score(items: [(code: String, weight: String)], pass: String, bands: [(grade: String, atLeast: String)])

    /// The input fields the rule reads, and whether they are unit fields.
    var fields: (facts: [String], units: [String]) {
        switch self {
        case .measure(let measure, let threshold): (measure.fields + (threshold.timesFact.map { [$0] } ?? []), [])
        case .eachUnit(let measure, let threshold, _, _): (threshold.timesFact.map { [$0] } ?? [], measure.fields)
        case .differenceCoefficient(let resource, let pupils, _, _, _): ([], [resource, pupils])
        case .groupCount(let by, _, _, _): ([], [by])
        case .check(let key): ([key], [])
        case .kOfN, .score, .checklistGate, .checklistItem: ([], [])
        }
    }

    /// The edition parameters the rule reads.
    var parameters: [String] {
        switch self {
        case .measure(_, let threshold): threshold.parameters
        case .eachUnit(_, let threshold, _, let share): threshold.parameters + (share.map { [$0] } ?? [])
        case .groupCount(_, _, let limit, _): [limit]
        case .differenceCoefficient(_, _, _, _, let limit): [limit]
        case .check, .checklistGate, .checklistItem: []
        case .kOfN(_, let atLeast, let floor): [atLeast] + (floor.map { [$0] } ?? [])
        case .score(let items, let pass, let bands): items.map(\.weight) + [pass] + bands.map(\.atLeast)
        }
    }

    /// The fields the rule reads as text (a yes/no-or-text checklist item, a grouping key).
    var textFields: Set<String> {
        switch self {
        case .eachUnit(.present(let key), _, _, _): [key]
        case .groupCount(let by, _, _, _): [by]
        default: []
        }
    }

    /// Indicators the rule combines.
    var references: [String] {
        switch self {
        case .kOfN(let codes, _, _): codes
        case .score(let items, _, _): items.map(\.code)
        default: []
        }
    }

    /// The comparator shown with the indicator.
    var comparator: Comparator {
        switch self {
        case .measure(_, let threshold): threshold.comparator
        case .eachUnit, .kOfN, .score, .checklistGate: .atLeast
        case .differenceCoefficient, .groupCount, .checklistItem: .atMost
        case .check: .isTrue
        }
    }

    static func == (lhs: PackRule, rhs: PackRule) -> Bool { lhs.summary == rhs.summary }
    func hash(into hasher: inout Hasher) { hasher.combine(self.summary) }

    /// A one-line description, for `dudao standard diff` and `describe`.
    var summary: String {
        switch self {
        case .measure(let measure, let threshold): "\(measure.summary) \(threshold.summary)"
        case .eachUnit(let measure, let threshold, let kinds, let share):
            "each \(kinds.map { $0.map(\.rawValue).joined(separator: "/") } ?? "unit"): \(measure.summary) \(threshold.summary), share ≥ \(share ?? "1")"
        case .differenceCoefficient(let resource, let pupils, let scale, _, let limit):
            "差异系数 of \(resource)/\(pupils)×\(Self.number(scale)) ≤ \(limit)"
        case .check(let key): "check \(key)"
        case .groupCount(let by, _, let limit, _): "most units per \(by) ≤ \(limit)"
        case .checklistGate: "every unit cleared by the checklist"
        case .checklistItem(let code): "units without checklist item \(code) = 0"
        case .kOfN(let codes, let atLeast, let floor):
            "\(atLeast) of [\(codes.joined(separator: ", "))]" + (floor.map { ", rest ≥ \($0) × threshold" } ?? "")
        case .score(let items, let pass, _):
            "score " + items.map { "\($0.code)×\($0.weight)" }.joined(separator: " + ") + " ≥ \(pass)"
        }
    }

    static func number(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(value)
    }
}

extension PackMeasure {
    var summary: String {
        switch self {
        case .field(let key): key
        case .ratio(let of, let per, let scale): scale == 1 ? "\(of)/\(per)" : "\(of)/\(per)×\(PackRule.number(scale))"
        case .sum(let keys): keys.joined(separator: "+")
        case .share(let part, let whole): "\(part)/\(whole)"
        case .present(let key): key
        }
    }
}

extension PackThreshold {
    var summary: String {
        if let upper = self.upper { return "in [\(self.parameter), \(upper)]" }
        if self.comparator == .isTrue { return "is yes" }
        return "\(self.comparator.symbol) \(self.parameter)\(self.timesFact.map { " × \($0)" } ?? "")"
    }
}

/// A one-vote veto (一票否决): fires when the boolean fact is true.
struct PackVeto: Sendable, Hashable {
    var code: String
    var nameZh: String
    var nameEn: String
    var field: String
    var citation: Citation
    var status: StatusTag
    /// Where it is declared, for messages.
    var place: PackDraft.Place
}
