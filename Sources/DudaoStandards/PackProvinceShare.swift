import DudaoCore
import Foundation

/// The share of a batch's subjects for which a yes/no fact holds, against a target share
/// (`province.share`): e.g. the 创建率, counties holding a title against 95%.
///
/// The fact travels in each result as a measure (`measure: true` in the schema). A subject that
/// does not give it is counted as unknown, never as "no": with unknowns the share is a range, and
/// the view decides only when both ends agree. The share decides the batch's verdict.
struct PackProvinceShare: Sendable, Hashable {
    /// The yes/no fact carried as a measure.
    var fact: String
    /// The number parameter holding the target share.
    var target: String
    /// The statistic's name: `NAME`, or `NAME_low` and `NAME_high` with unknowns, and `NAME_target`.
    var statistic: String
    /// The row label saying `yes`, `no` or `unknown`.
    var label: String
    /// The statistics counting the subjects for which the fact holds and those that do not say.
    var count: String
    var unknownCount: String
    /// A note added when some subjects do not say; `{unknown}` stands for their number.
    var unknownNoteZh: String
    var unknownNoteEn: String

    /// Adds the share's statistics, row labels and verdict to `summary`, and puts the target as the
    /// first result used it in place of `{target}` in the view's notes.
    func apply(to summary: inout BatchSummary, results: [AssessmentResult]) {
        guard let target = results.first?.parameters.first(where: { $0.key == self.target })?.value.numberValue else { return }
        let flags = Dictionary(results.map { ($0.subject.code, $0.measures[self.fact].map { $0 != 0 }) }, uniquingKeysWith: { first, _ in first })
        let holding = Double(results.filter { $0.measures[self.fact].map { $0 != 0 } == true }.count)
        let unknown = Double(results.filter { $0.measures[self.fact] == nil }.count)
        let count = Double(results.count)
        summary.statistics[self.count] = holding
        summary.statistics[self.unknownCount] = unknown
        summary.statistics["\(self.statistic)_target"] = target
        if unknown == 0 {
            summary.statistics[self.statistic] = holding / count
            summary.verdict = holding / count >= target ? .pass : .fail
        } else {
            let (low, high) = (holding / count, (holding + unknown) / count)
            summary.statistics["\(self.statistic)_low"] = low
            summary.statistics["\(self.statistic)_high"] = high
            summary.verdict = low >= target ? .pass : (high < target ? .fail : .notAssessable)
        }
        for index in summary.rows.indices {
            let flag = flags[summary.rows[index].subjectCode] ?? nil
            summary.rows[index].labels[self.label] = flag.map { $0 ? "yes" : "no" } ?? "unknown"
        }
        let notes = (zh: summary.notesZh, en: summary.notesEn)
        let percent = Rounding.percent(target, decimals: 0)
        summary.notesZh = notes.zh.map { $0.replacingOccurrences(of: "{target}", with: percent) }
        summary.notesEn = notes.en.map { $0.replacingOccurrences(of: "{target}", with: percent) }
        if unknown > 0 {
            let number = String(Int(unknown))
            summary.notesZh.append(self.unknownNoteZh.replacingOccurrences(of: "{unknown}", with: number))
            summary.notesEn.append(self.unknownNoteEn.replacingOccurrences(of: "{unknown}", with: number))
        }
    }
}
