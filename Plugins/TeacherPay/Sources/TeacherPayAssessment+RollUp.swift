public import DudaoCore

extension TeacherPayAssessment {
    /// The roll-up over all counties of a city or a province: one row per county (teachers' and
    /// civil servants' averages, difference, ratio, per-capita and total gap), the counties below
    /// the line first, largest total gap first, then those that cannot be assessed, then the rest by
    /// code; totals over the assessable counties.
    ///
    /// The scope is named from the codes: a common four-digit prefix is a city, a common two-digit
    /// prefix a province. The verdict is the worst county verdict, so a county that fails only for
    /// its linkage mechanism also fails the roll-up; the notes say which is which.
    public func summarize(_ results: [AssessmentResult]) -> BatchSummary? {
        let own = results.filter { $0.assessment == Self.descriptor.id }
        guard !own.isEmpty else { return nil }
        let below = own.filter { $0.indicator("TP-1")?.outcome == .notMet }
            .sorted { ($0.measures["total_gap"] ?? 0, $1.subject.code) > ($1.measures["total_gap"] ?? 0, $0.subject.code) }
        let unknown = own.filter { $0.indicator("TP-1")?.outcome != .met && $0.indicator("TP-1")?.outcome != .notMet }
            .sorted { $0.subject.code < $1.subject.code }
        let above = own.filter { $0.indicator("TP-1")?.outcome == .met }.sorted { $0.subject.code < $1.subject.code }

        var rows: [SummaryRow] = []
        for (index, result) in (below + unknown + above).enumerated() {
            let parity = result.indicator("TP-1")?.outcome
            var values: [String: Double] = [:]
            for key in ["teacher_average", "civil_servant_average", "difference", "ratio", "per_capita_gap", "total_gap", "teacher_headcount"] {
                values[key] = result.measures[key]
            }
            let linkage = result.measures["linkage_mechanism"].map { $0 == 1 ? "yes" : "no" } ?? "unknown"
            rows.append(
                SummaryRow(
                    subjectCode: result.subject.code, subjectName: result.subject.name,
                    rank: index < below.count ? index + 1 : nil,
                    values: values,
                    labels: [
                        "below_line": parity == .notMet ? "yes" : (parity == .met ? "no" : "unknown"),
                        "linkage_mechanism": linkage,
                        "verdict": result.verdict.rawValue,
                    ]
                )
            )
        }

        let assessable = below + above
        let teachers = assessable.reduce(0.0) { $0 + ($1.measures["teacher_headcount"] ?? 0) }
        let civilServants = assessable.reduce(0.0) { $0 + ($1.measures["civil_servant_headcount"] ?? 0) }
        let teacherPay = assessable.reduce(0.0) { $0 + ($1.measures["teacher_average"] ?? 0) * ($1.measures["teacher_headcount"] ?? 0) }
        let civilPay = assessable.reduce(0.0) { $0 + ($1.measures["civil_servant_average"] ?? 0) * ($1.measures["civil_servant_headcount"] ?? 0) }
        var statistics: [String: Double] = [
            "counties": Double(own.count),
            "counties_below_line": Double(below.count),
            "counties_not_assessable": Double(unknown.count),
            "counties_without_linkage": Double(own.filter { $0.measures["linkage_mechanism"] == 0 }.count),
            "total_gap": below.reduce(0) { $0 + ($1.measures["total_gap"] ?? 0) },
            "teachers_below_line": below.reduce(0) { $0 + ($1.measures["teacher_headcount"] ?? 0) },
        ]
        if let comparison = AverageComparison(total: teacherPay, headcount: teachers, referenceTotal: civilPay, referenceHeadcount: civilServants) {
            statistics["teacher_average"] = comparison.average
            statistics["civil_servant_average"] = comparison.referenceAverage
            statistics["ratio"] = comparison.ratio
        }

        var notesZh = below.map { result in
            "\(result.subject.name)（\(result.subject.code)）低于公务员：比值 \(Rounding.percent(result.measures["ratio"] ?? 0, decimals: 2))，人均缺口 \(Self.yuan(result.measures["per_capita_gap"] ?? 0)) 元，总缺口 \(Self.yuan(result.measures["total_gap"] ?? 0)) 元"
        }
        var notesEn = below.map { result in
            "\(result.subject.name) (\(result.subject.code)) below the line: ratio \(Rounding.percent(result.measures["ratio"] ?? 0, decimals: 2)), gap \(Self.yuan(result.measures["per_capita_gap"] ?? 0)) per teacher, \(Self.yuan(result.measures["total_gap"] ?? 0)) in total"
        }
        if !unknown.isEmpty {
            notesZh.append("数据不全、不可评估：\(unknown.map(\.subject.name).joined(separator: "、"))")
            notesEn.append("not assessable for missing data: \(unknown.map(\.subject.name).joined(separator: ", "))")
        }
        if let koujing = own.first?.warnings.first(where: { $0.code == "TP-W-KOUJING" }) {
            notesZh.append(koujing.messageZh)
            notesEn.append(koujing.messageEn)
        }

        let verdicts = own.map(\.verdict)
        let verdict: Verdict = verdicts.contains(.fail) ? .fail : (verdicts.contains(.notAssessable) ? .notAssessable : .pass)
        let scope = Self.scope(of: own.map(\.subject.code))
        return BatchSummary(
            assessment: Self.descriptor.id,
            verdict: verdict,
            titleZh: "义务教育教师工资待遇汇总（\(scope.zh)）",
            titleEn: "Teacher pay roll-up (\(scope.en))",
            rows: rows,
            statistics: statistics,
            notesZh: notesZh,
            notesEn: notesEn
        )
    }

    /// The region the codes share: a city (4-digit prefix) or a province (2-digit prefix).
    static func scope(of codes: [String]) -> (zh: String, en: String) {
        for (length, zh, en) in [(4, "设区市", "city"), (2, "省", "province")] {
            let prefixes = Set(codes.map { $0.prefix(length) })
            if prefixes.count == 1, let prefix = prefixes.first {
                let code = prefix + String(repeating: "0", count: 6 - length)
                return ("\(zh) \(code)", "\(en) \(code)")
            }
        }
        return ("跨省", "several provinces")
    }
}
