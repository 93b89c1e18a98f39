public import DudaoCore

extension PreschoolCoverageAssessment {
    /// The national 认定 of each province's batch (REFERENCE §2.3): if every sampled county passes,
    /// all counties the province applied for pass that year; if any sampled county fails (an
    /// indicator below standard, falsified data, strong public complaint) the province's 认定 for
    /// that year is terminated.
    ///
    /// A county is sampled when its input sets `sampled_for_national_check`. Counties are grouped
    /// by province, the first two digits of their region code. The summary's verdict is the worst
    /// over the provinces: a fail names the sampled counties that stopped the batch; a batch with no
    /// sampled county, or a sampled county that cannot be assessed, is not assessable.
    public func summarize(_ results: [AssessmentResult]) -> BatchSummary? {
        let own = results.filter { $0.assessment == Self.descriptor.id }
        guard !own.isEmpty else { return nil }
        let provinces = Dictionary(grouping: own) { String($0.subject.code.prefix(2)) + "0000" }
        var verdicts: [Verdict] = []
        var notesZh: [String] = []
        var notesEn: [String] = []
        var rows: [SummaryRow] = []
        var statistics: [String: Double] = ["counties": Double(own.count), "provinces": Double(provinces.count)]
        var stopped = 0
        for province in provinces.keys.sorted() {
            let counties = provinces[province]!.sorted { $0.subject.code < $1.subject.code }
            let sampled = counties.filter { $0.measures["sampled_for_national_check"] == 1 }
            let failed = sampled.filter { $0.verdict == .fail }
            let unknown = sampled.filter { $0.verdict == .notAssessable }
            let verdict: Verdict
            if !failed.isEmpty {
                verdict = .fail
                stopped += 1
                let names = failed.map { "\($0.subject.name)（\($0.subject.code)）" }.joined(separator: "、")
                let reasons = failed.map { "\($0.subject.name): \($0.reasons.map(\.code).joined(separator: ", "))" }.joined(separator: "; ")
                notesZh.append("\(province)：抽查县 \(names) 未达标，终止该省本年度认定")
                notesEn.append("\(province): sampled county \(reasons) failed; the province's batch is stopped for the year")
            } else if sampled.isEmpty {
                verdict = .notAssessable
                notesZh.append("\(province)：未标注抽查县（sampled_for_national_check），无法判定批次")
                notesEn.append("\(province): no county is marked sampled_for_national_check; the batch cannot be judged")
            } else if !unknown.isEmpty {
                verdict = .notAssessable
                let names = unknown.map { "\($0.subject.name)（\($0.subject.code)）" }.joined(separator: "、")
                notesZh.append("\(province)：抽查县 \(names) 数据不全，不可评估")
                notesEn.append("\(province): sampled counties \(names) cannot be assessed for missing data")
            } else {
                verdict = .pass
                let notPassing = counties.filter { $0.verdict != .pass }
                notesZh.append("\(province)：抽查县 \(sampled.count) 个均达标，本批次通过" + (notPassing.isEmpty ? "" : "；未抽查但自身未达标的县：\(notPassing.map(\.subject.name).joined(separator: "、"))"))
                notesEn.append("\(province): all \(sampled.count) sampled counties pass; the batch passes" + (notPassing.isEmpty ? "" : "; counties not sampled that do not pass on their own data: \(notPassing.map(\.subject.name).joined(separator: ", "))"))
            }
            verdicts.append(verdict)
            for county in counties {
                var values: [String: Double] = [:]
                for code in ["PC-A1", "PC-A2", "PC-A3"] {
                    values[code] = county.measures[code]
                }
                rows.append(
                    SummaryRow(
                        subjectCode: county.subject.code,
                        subjectName: county.subject.name,
                        values: values,
                        labels: [
                            "province": province,
                            "sampled": county.measures["sampled_for_national_check"] == 1 ? "yes" : "no",
                            "verdict": county.verdict.rawValue,
                            "province_batch": verdict.rawValue,
                            "reasons": county.reasons.map(\.code).joined(separator: ","),
                        ]
                    )
                )
            }
        }
        statistics["provinces_stopped"] = Double(stopped)
        statistics["sampled"] = Double(own.filter { $0.measures["sampled_for_national_check"] == 1 }.count)
        let overall: Verdict = verdicts.contains(.fail) ? .fail : (verdicts.contains(.notAssessable) ? .notAssessable : .pass)
        return BatchSummary(
            assessment: Self.descriptor.id,
            verdict: overall,
            titleZh: "学前教育普及普惠省级批次认定",
            titleEn: "Province batches of preschool universal and inclusive provision",
            rows: rows,
            statistics: statistics,
            notesZh: notesZh,
            notesEn: notesEn
        )
    }
}
