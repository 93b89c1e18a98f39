import DudaoCore
import DudaoProto

/// The units a result's breakdowns refer to, each listed once (protocol 1.1).
///
/// A 60-school result names every school in fifteen breakdowns; naming it once and referring to
/// it by index is what keeps the result small and quick to encode.
struct UnitTable {
    /// Keyed by id and scope, which are short ASCII and hash quickly; a name is compared only when
    /// its id and scope are already listed.
    private struct Key: Hashable {
        var id: String
        var scope: String?
    }

    private struct Entry {
        var id: String
        var name: String
        var scope: String?

        func names(_ measure: UnitMeasure) -> Bool {
            guard self.id.hasSameUTF8Bytes(as: measure.unitID), self.name.hasSameUTF8Bytes(as: measure.unitName) else { return false }
            switch (self.scope, measure.scope) {
            case (nil, nil): return true
            case (let listed?, let named?): return listed.hasSameUTF8Bytes(as: named)
            default: return false
            }
        }
    }

    private var indices: [Key: [UInt32]] = [:]
    private var entries: [Entry] = []
    /// The unit entered after the one found last: a breakdown mostly lists its units in the order
    /// an earlier one did, and comparing their bytes costs less than hashing them.
    private var next = 0

    var labels: [Dudao_V1_UnitLabel] {
        self.entries.map { entry in
            var label = Dudao_V1_UnitLabel()
            label.id = entry.id
            label.name = entry.name
            if let scope = entry.scope { label.scope = scope }
            return label
        }
    }

    mutating func index(of measure: UnitMeasure) -> UInt32 {
        if self.next < self.entries.count, self.entries[self.next].names(measure) {
            self.next += 1
            return UInt32(self.next - 1)
        }
        let key = Key(id: measure.unitID, scope: measure.scope)
        let index: Int
        if let listed = self.indices[key]?.first(where: { self.entries[Int($0)].name.hasSameUTF8Bytes(as: measure.unitName) }) {
            index = Int(listed)
        } else {
            index = self.entries.count
            self.entries.append(Entry(id: measure.unitID, name: measure.unitName, scope: measure.scope))
            self.indices[key, default: []].append(UInt32(index))
        }
        self.next = index + 1
        return UInt32(index)
    }
}

extension Array where Element == UnitMeasure {
    /// The breakdown as columns, with each unit's label entered in `units`.
    func columns(threshold: Double?, units: inout UnitTable) -> Dudao_V1_BreakdownColumns {
        var columns = Dudao_V1_BreakdownColumns()
        columns.unit.reserveCapacity(self.count)
        columns.value.reserveCapacity(self.count)
        columns.outcome.reserveCapacity(self.count)
        let ownThresholds = self.contains { $0.threshold != threshold }
        let weights = self.contains { $0.weight != nil }
        for (row, measure) in self.enumerated() {
            columns.unit.append(units.index(of: measure))
            columns.value.append(measure.value ?? .nan)
            columns.outcome.append(Int32(measure.outcome.proto.rawValue))
            if ownThresholds { columns.threshold.append(measure.threshold ?? .nan) }
            if weights { columns.weight.append(measure.weight ?? .nan) }
            if let note = measure.note { columns.notes[UInt32(row)] = note }
        }
        return columns
    }

    /// Reads columns back into measures; `nil` (with issues noted) when they do not line up.
    init?(
        columns: Dudao_V1_BreakdownColumns,
        threshold: Double?,
        units: [Dudao_V1_UnitLabel],
        path: String,
        issues: inout ConversionIssues
    ) {
        let rows = columns.unit.count
        func matches(_ count: Int, _ name: String, optional: Bool = false) -> Bool {
            if count == rows || (optional && count == 0) { return true }
            issues.invalid(join(path, name), zh: "列长度 \(count) 与行数 \(rows) 不符", en: "has \(count) entries for \(rows) rows")
            return false
        }
        guard matches(columns.value.count, "value"), matches(columns.outcome.count, "outcome"),
            matches(columns.threshold.count, "threshold", optional: true), matches(columns.weight.count, "weight", optional: true)
        else { return nil }
        var measures: [UnitMeasure] = []
        measures.reserveCapacity(rows)
        for row in 0..<rows {
            let index = Int(columns.unit[row])
            guard index < units.count else {
                issues.invalid(join(path, "unit[\(row)]"), zh: "单位序号 \(index) 超出范围", en: "unit index \(index) is out of range")
                return nil
            }
            let code = Int(columns.outcome[row])
            let wireOutcome = Dudao_V1_Outcome(rawValue: code) ?? .UNRECOGNIZED(code)
            guard let outcome = Outcome(proto: wireOutcome, path: join(path, "outcome[\(row)]"), issues: &issues) else { return nil }
            let label = units[index]
            var scope: String?
            if case .scope(let text)? = label.scopePresent { scope = text }
            func number(_ value: Double) -> Double? { value.isNaN ? nil : value }
            measures.append(
                UnitMeasure(
                    unitID: label.id,
                    unitName: label.name,
                    scope: scope,
                    value: number(columns.value[row]),
                    threshold: columns.threshold.isEmpty ? threshold : number(columns.threshold[row]),
                    outcome: outcome,
                    weight: columns.weight.isEmpty ? nil : number(columns.weight[row]),
                    note: columns.notes[UInt32(row)]
                )
            )
        }
        self = measures
    }
}
