/// A checklist with mandatory and optional items: no go unless every mandatory item is met.
///
/// Each item is met when all its yes/no checks are true (and, where evidence is required, its
/// evidence fields are given). A false check makes it not met; a missing one, not assessable. The
/// checklist is a go only when every mandatory item is met, a no-go as soon as one is not met
/// (whatever else is missing), and otherwise undecided. Every unmet item becomes a rectification
/// ``Finding`` with a deadline counted from the reference date.
public struct Checklist: Sendable, Hashable, Codable {
    public var items: [ChecklistItem]
    /// Whether a met item must name its evidence.
    public var requiresEvidence: Bool
    /// Days after the reference date by which an unmet item must be rectified, unless the item
    /// sets its own.
    public var rectificationDays: Int

    public init(items: [ChecklistItem], requiresEvidence: Bool, rectificationDays: Int) {
        self.items = items
        self.requiresEvidence = requiresEvidence
        self.rectificationDays = rectificationDays
    }

    /// Every input field the checklist reads.
    public var fields: [String] { self.items.flatMap { $0.checks + $0.evidence } }

    /// Checks one unit's (or the subject's) fields.
    ///
    /// - Parameters:
    ///   - fields: the input values, by key.
    ///   - referenceDate: the date deadlines count from (e.g. the inspection date).
    ///   - unitID: the unit the findings name; `nil` for the subject itself.
    public func check(_ fields: [String: FieldValue], referenceDate: CalendarDate, unitID: String? = nil, unitName: String? = nil) -> ChecklistOutcome {
        var results: [ChecklistItemResult] = []
        var findings: [Finding] = []
        for item in self.items {
            let result = self.check(item, fields)
            results.append(result)
            guard result.outcome == .notMet else { continue }
            let days = item.rectificationDays ?? self.rectificationDays
            let failed = result.failedChecks.joined(separator: ", ")
            findings.append(
                Finding(
                    unitID: unitID, unitName: unitName, indicatorCode: item.code, nameZh: item.nameZh, nameEn: item.nameEn,
                    deadline: referenceDate.adding(days: days),
                    zh: "\(item.mandatory ? "必备项" : "一般项")未落实：\(item.nameZh)（\(failed)），限 \(days) 日内整改",
                    en: "\(item.mandatory ? "mandatory" : "optional") item not in place: \(item.nameEn) (\(failed)); rectify within \(days) days"
                )
            )
        }
        return ChecklistOutcome(items: results, findings: findings)
    }

    private func check(_ item: ChecklistItem, _ fields: [String: FieldValue]) -> ChecklistItemResult {
        var failed: [String] = []
        var missing: [String] = []
        for key in item.checks {
            switch fields[key]?.value.booleanValue {
            case true?: break
            case false?: failed.append(key)
            case nil: missing.append(key)
            }
        }
        if failed.isEmpty && self.requiresEvidence {
            for key in item.evidence where (fields[key]?.value.textValue?.trimmingWhitespace() ?? "").isEmpty {
                missing.append(key)
            }
        }
        let outcome: Outcome = !failed.isEmpty ? .notMet : (missing.isEmpty ? .met : .notAssessable)
        return ChecklistItemResult(item: item, outcome: outcome, failedChecks: failed, missingFields: missing)
    }
}

/// The result of one item.
public struct ChecklistItemResult: Sendable, Hashable, Codable {
    public var item: ChecklistItem
    public var outcome: Outcome
    /// Checks answered "no".
    public var failedChecks: [String]
    /// Checks or evidence not given.
    public var missingFields: [String]
}

/// The result of a whole checklist for one unit.
public struct ChecklistOutcome: Sendable, Hashable, Codable {
    public var items: [ChecklistItemResult]
    /// One rectification finding per unmet item, mandatory or optional.
    public var findings: [Finding]

    /// Met when every mandatory item is met; not met as soon as one is not; else not assessable.
    public var gate: Outcome {
        Outcome.all(self.items.filter(\.item.mandatory).map(\.outcome))
    }

    /// Mandatory items not met: why the unit is a no-go.
    public var blocking: [ChecklistItemResult] {
        self.items.filter { $0.item.mandatory && $0.outcome == .notMet }
    }

    /// Mandatory items that cannot be judged, with the fields they lack.
    public var undecided: [ChecklistItemResult] {
        self.items.filter { $0.item.mandatory && $0.outcome == .notAssessable }
    }

    public func result(_ code: String) -> ChecklistItemResult? { self.items.first { $0.item.code == code } }
}
