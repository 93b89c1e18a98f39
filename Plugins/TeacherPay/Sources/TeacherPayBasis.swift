import DudaoCore

/// The comparison 口径 an edition (with any overrides) sets: the items counted on each side, the
/// populations and the data year. It sums the counted items and states itself in every result.
struct TeacherPayBasis {
    var counted: [TeacherPayItem]
    var excluded: [TeacherPayItem]
    var teacherPopulation: String
    var civilServantPopulation: String
    var yearOffset: Int

    init(_ parameters: ParameterSet) throws {
        var counted: [TeacherPayItem] = []
        var excluded: [TeacherPayItem] = []
        for item in TeacherPayItem.all {
            if try parameters.boolean(item.parameter) { counted.append(item) } else { excluded.append(item) }
        }
        self.counted = counted
        self.excluded = excluded
        self.teacherPopulation = try parameters.text("population.teachers")
        self.civilServantPopulation = try parameters.text("population.civil_servants")
        self.yearOffset = try parameters.integer("comparison.data_year_offset")
    }

    /// The sum of the counted items of one side, and a note for each counted item the input lacks.
    func total(_ side: TeacherPayItem.Side, in input: AssessmentInput) -> (sum: Double, missing: [MissingNote]) {
        var sum = 0.0
        var missing: [MissingNote] = []
        for item in self.counted where item.side == side {
            if let value = input.number(item.fact) {
                sum += value
            } else {
                missing.append(.fact(item.fact))
            }
        }
        return (sum, missing)
    }

    /// The 口径 used, in words, with the items given but not counted; attached to every result.
    func warning(for input: AssessmentInput) -> Warning {
        func names(_ side: TeacherPayItem.Side, _ items: [TeacherPayItem], zh: Bool) -> String {
            let chosen = items.filter { $0.side == side }
            if chosen.isEmpty { return zh ? "无" : "none" }
            return chosen.map { zh ? $0.nameZh : $0.nameEn }.joined(separator: zh ? "、" : ", ")
        }
        let ignored = self.excluded.filter { input.facts[$0.fact] != nil }
        let year = input.period.startYear + self.yearOffset
        var zh =
            "比较口径（未核实 [U]，版本参数）：教师一方计入 \(names(.teachers, self.counted, zh: true))，不计 \(names(.teachers, self.excluded, zh: true))；"
            + "公务员一方计入 \(names(.civilServants, self.counted, zh: true))，不计 \(names(.civilServants, self.excluded, zh: true))；"
            + "人群：教师为\(self.teacherPopulation)，公务员为\(self.civilServantPopulation)；数据年度 \(year)。"
        var en =
            "Comparison 口径 (unconfirmed [U], edition parameters): teachers' side counts \(names(.teachers, self.counted, zh: false)), leaves out \(names(.teachers, self.excluded, zh: false)); "
            + "civil servants' side counts \(names(.civilServants, self.counted, zh: false)), leaves out \(names(.civilServants, self.excluded, zh: false)); "
            + "populations: \(self.teacherPopulation) / \(self.civilServantPopulation); data year \(year)."
        if !ignored.isEmpty {
            zh += "输入中未计入的项目：\(ignored.map(\.nameZh).joined(separator: "、"))。"
            en += " Given but not counted: \(ignored.map(\.fact).joined(separator: ", "))."
        }
        return Warning(code: "TP-W-KOUJING", zh: zh, en: en)
    }
}
