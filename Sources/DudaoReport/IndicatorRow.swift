public import DudaoCore

/// One indicator as a row of the result table: what its figure is and the verdict that figure earns.
///
/// A row's outcome word must agree with the figure beside it. The stored outcome of a per-school
/// row is "not met" when any school is below even if the county's figure meets the standard, and
/// a scored item is "not met" below full marks; printed as they are, both read as a false 未达标.
/// So a row shows the comparison of its own figure, says how many schools are below the line, and
/// a scored item shows its score against full marks.
public struct IndicatorRow: Sendable {
    public enum Kind: Sendable, Equatable {
        /// A figure compared with a threshold.
        case measured
        /// A yes/no item (是/否).
        case yesNo
        /// A scored item: points out of full marks; no verdict of its own.
        case scored
        /// The total of a scored tree, compared with its pass line.
        case total
        /// The grade (等级) of a scored tree: its explanation is the outcome.
        case grade
    }

    public let indicator: IndicatorResult
    public let kind: Kind
    /// Units (schools) of the breakdown whose own value is below the line.
    public let unitsBelow: Int
    /// The unit furthest from the line, where some are below it.
    public let weakestUnit: UnitMeasure?

    public init(_ indicator: IndicatorResult, in result: AssessmentResult) {
        self.indicator = indicator
        // A scored tree puts its total and its (gating, yes/no) grade in one group.
        let gradeGroups = Set(result.indicators.filter { $0.gating && $0.comparator.isYesNo }.map(\.group))
        let totalGroups = Set(result.indicators.filter { $0.unit == "分" && $0.code == $0.group && gradeGroups.contains($0.group) }.map(\.group))
        switch indicator.comparator {
        case .isTrue, .isFalse:
            self.kind = totalGroups.contains(indicator.group) && indicator.gating ? .grade : .yesNo
        default:
            if indicator.unit == "分", !indicator.gating, Self.isScored(indicator, in: result, totalGroups: totalGroups) {
                self.kind = totalGroups.contains(indicator.group) && indicator.code == indicator.group ? .total : .scored
            } else {
                self.kind = .measured
            }
        }
        // A row that counts schools (所) already says how many are short.
        let below = indicator.unit == "所" ? [] : indicator.breakdown.filter { $0.outcome == .notMet }
        self.unitsBelow = below.count
        let ascending = indicator.comparator == .atLeast || indicator.comparator == .greaterThan
        self.weakestUnit = below.filter { $0.value != nil }.min { lhs, rhs in
            ascending ? lhs.value! < rhs.value! : lhs.value! > rhs.value!
        }
    }

    /// Whether a non-gating row in points is a score against full marks rather than a figure
    /// against a pass line: it belongs to a scored tree (a group with a total and a grade), or no
    /// row of its group scores above its threshold, which full marks never allow.
    private static func isScored(_ indicator: IndicatorResult, in result: AssessmentResult, totalGroups: Set<String>) -> Bool {
        if totalGroups.contains(indicator.group) { return true }
        return !result.indicators.contains { row in
            guard row.group == indicator.group, let value = row.value, let threshold = row.threshold else { return false }
            return value > threshold
        }
    }

    /// The outcome of the row's own figure: its comparison with the threshold where it has both.
    public var figureOutcome: Outcome {
        guard self.kind == .measured || self.kind == .total, let value = self.indicator.value, let threshold = self.indicator.threshold else {
            return self.indicator.outcome
        }
        // Compared as displayed, so 0.500 ≤ 0.500 never reads as failing on an unshown digit.
        let shown = Rounding.round(value, decimals: self.indicator.decimals + (self.indicator.unit == "%" ? 2 : 0))
        return self.indicator.comparator.holds(shown, threshold) ? .met : .notMet
    }

    public func value(_ l: Language) -> String {
        guard let value = self.indicator.value else { return "—" }
        switch self.kind {
        case .yesNo: return Self.yesNo(value != 0, l)
        case .grade: return Self.gradeText(self.indicator, l)
        case .measured, .scored, .total: return ResultReport.display(value, of: self.indicator)
        }
    }

    public func threshold(_ l: Language) -> String {
        if self.kind == .yesNo { return l.pick("应为", "must be ") + Self.yesNo(self.indicator.comparator == .isTrue, l) }
        guard let threshold = self.indicator.threshold else { return "" }
        switch self.kind {
        case .yesNo: return ""
        case .grade: return ""
        case .scored: return l.pick("满分 ", "of ") + ResultReport.display(threshold, of: self.indicator)
        case .measured, .total: return "\(self.indicator.comparator.symbol) \(ResultReport.display(threshold, of: self.indicator))"
        }
    }

    public func outcome(_ l: Language) -> String {
        let indicator = self.indicator
        if self.kind == .scored {
            guard let value = indicator.value, let full = indicator.threshold else { return Self.name(indicator.outcome, l) }
            let lost = full - value
            guard Rounding.round(lost, decimals: indicator.decimals) > 0 else { return l.pick("满分", "full marks") }
            return l.pick("失 \(Rounding.format(lost, decimals: indicator.decimals)) 分", "−\(Rounding.format(lost, decimals: indicator.decimals)) pts")
        }
        var text = Self.name(self.figureOutcome, l) + (indicator.gating ? "" : "*")
        if self.unitsBelow > 0 {
            text += l.pick("（\(self.unitsBelow) 校低于标准†）", " (\(self.unitsBelow) below†)")
        }
        return text
    }

    static func name(_ outcome: Outcome, _ l: Language) -> String {
        switch outcome {
        case .met: l.pick("达标", "met")
        case .notMet: l.pick("未达标", "not met")
        case .notAssessable: l.pick("不可评估", "not assessable")
        }
    }

    /// A unit in the language: the Chinese measure words (人, 间, 元) spelled out in English.
    public static func unitName(_ unit: String?, _ l: Language) -> String {
        guard let unit, l == .en else { return unit ?? "" }
        let names = ["人": "persons", "间": "rooms", "元": "yuan", "年": "years", "所": "schools", "分": "points", "比例": "share", "次": "times", "个": "count", "天": "days", "台": "units", "册": "volumes", "万元": "10k yuan"]
        return names[unit] ?? unit
    }

    static func yesNo(_ value: Bool, _ l: Language) -> String {
        value ? l.pick("是", "yes") : l.pick("否", "no")
    }

    /// The grade as its explanation words it (`等级：良好` → `良好`, with any downgrade reason).
    static func gradeText(_ indicator: IndicatorResult, _ l: Language) -> String {
        let text = l.pick(indicator.explanationZh, indicator.explanationEn)
        for prefix in ["等级：", "grade: "] where text.hasPrefix(prefix) {
            return String(text.dropFirst(prefix.count))
        }
        return text
    }
}

extension Comparator {
    var isYesNo: Bool { self == .isTrue || self == .isFalse }
}
