public import DudaoCore

/// The editions of the duty evaluation. Zhejiang's measures were not retrieved: every weight, the
/// cut-offs, the downgrade rules and the sampling fraction are parameters tagged [U].
public enum DutyEditions {
    public enum Key {
        public static let excellent = "grade.excellent"
        public static let good = "grade.good"
        public static let pass = "grade.pass"
        /// Share of counties checked on site.
        public static let fraction = "sampling.fraction"
        /// The seed of the on-site sample; record it to re-draw the same sample.
        public static let seed = "sampling.seed"
        /// County codes that must be checked, comma separated.
        public static let forced = "sampling.forced"
        /// County codes that must not be checked, comma separated.
        public static let excluded = "sampling.excluded"
        /// Days after the period's reference date by which findings must be rectified.
        public static let rectificationDays = "rectification_days"

        /// `downgrade.<code>`: grades dropped (0 turns the rule off); `cap.<code>`: whether the cap applies.
        public static func rule(_ code: String, drop: Bool) -> String { drop ? "downgrade.\(code)" : "cap.\(code)" }
    }

    public static let provisional = Edition(
        id: "zj-provisional",
        titleZh: "浙江省对市县级人民政府履行教育职责评价（参数化暂行版）",
        titleEn: "Zhejiang evaluation of city and county governments' education duties (provisional, parametrised)",
        effectiveFrom: CalendarDate(year: 2018, month: 1, day: 1)!,
        documents: DutyDocuments.all,
        parameters: parameters(),
        notes: [
            "Confirmed [C]: the six areas (国办发〔2017〕49号), an annual cycle, self-evaluation, monitoring and on-site checks.",
            "UNCONFIRMED [U] for Zhejiang: every item and weight, the cut-offs (Ningxia's 90 / 80 / 65 are used), the downgrade rules (Ningxia's), and on-site checks of one third of the counties. All are parameters; results carry the warning unconfirmed_weights.",
            "The on-site sample is drawn by the batch view with SamplingPlan: stratified by city, largest-remainder allocation, seed, forced and excluded counties recorded with the result.",
        ]
    )

    public static let all: [Edition] = [provisional]

    static func parameters() -> [Parameter] {
        let zj = DutyDocuments.zhejiang
        let nx = DutyDocuments.ningxia
        var parameters: [Parameter] = DutyItems.rows.map { row in
            Parameter(
                "weight.\(row.code)", .number(row.weight), nameZh: "\(row.zh) 权重", nameEn: "\(row.en): weight", unit: "分",
                citation: row.parent == nil ? DutyDocuments.national.cite("第二条 评价内容", note: "area confirmed; weight reconstructed") : zj.cite(row.code, note: "item reconstructed"),
                status: .unconfirmed
            )
        }
        parameters += [
            Parameter(Key.excellent, .number(90), nameZh: "优秀分数线", nameEn: "Excellent from", unit: "分", citation: nx.cite("等次", note: "Ningxia's cut-off, used as the example"), status: .unconfirmed),
            Parameter(Key.good, .number(80), nameZh: "良好分数线", nameEn: "Good from", unit: "分", citation: nx.cite("等次", note: "Ningxia's cut-off, used as the example"), status: .unconfirmed),
            Parameter(Key.pass, .number(65), nameZh: "合格分数线", nameEn: "Pass from", unit: "分", citation: nx.cite("等次", note: "Ningxia's cut-off, used as the example"), status: .unconfirmed),
        ]
        for rule in DutyItems.downgrades {
            let key = Key.rule(rule.code, drop: rule.drop)
            let value: Value = rule.drop ? .integer(1) : .boolean(true)
            parameters.append(
                Parameter(
                    key, value, nameZh: rule.drop ? "\(rule.zh)：降等数" : "\(rule.zh)：不得评为优秀", nameEn: rule.drop ? "\(rule.en): grades dropped" : "\(rule.en): cannot be excellent",
                    citation: nx.cite("降等与限制条款", note: "Ningxia's rule; Zhejiang's not retrieved"), status: .unconfirmed
                )
            )
        }
        parameters += [
            Parameter(Key.fraction, .number(1.0 / 3.0), nameZh: "实地核查县比例", nameEn: "Share of counties checked on site", unit: "%", citation: zj.cite("实地核查", note: "one third per the brief; not retrieved"), status: .unconfirmed),
            Parameter(Key.seed, .integer(20_180_101), nameZh: "抽样随机种子", nameEn: "Sampling seed", citation: zj.cite("实地核查", note: "a recorded seed makes the draw reproducible"), status: .unconfirmed),
            Parameter(Key.forced, .text(""), nameZh: "必查县（逗号分隔代码）", nameEn: "Counties always checked (comma-separated codes)", citation: zj.cite("实地核查"), status: .unconfirmed),
            Parameter(Key.excluded, .text(""), nameZh: "不抽查县（逗号分隔代码）", nameEn: "Counties never checked (comma-separated codes)", citation: zj.cite("实地核查"), status: .unconfirmed),
            Parameter(Key.rectificationDays, .integer(90), nameZh: "整改期限（日）", nameEn: "Rectification period (days)", unit: "日", citation: DutyDocuments.national.cite("整改复查", note: "a period is required; its length is not stated"), status: .unconfirmed),
        ]
        return parameters
    }
}
