extension Evaluation {
    /// A violation for each computed figure that is not a finite number.
    ///
    /// Inputs are bounded (see ``Value/largestMagnitude``), but a quotient can still overflow: a
    /// pay of 160 000 over a reference pay of 10⁻³⁰⁷ is infinite. Such a result cannot be stored
    /// or sent, so the input is refused naming the indicator, never answered INTERNAL.
    func nonFiniteIssues() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        func check(_ number: Double?, _ path: @autoclosure () -> String) {
            guard let number, !number.isFinite else { return }
            issues.append(
                ValidationIssue(
                    path: path(), rule: .notFinite,
                    zh: "由输入算得的值不是有限数（\(number)）：请检查该指标所用的字段，例如作除数的值是否接近于零",
                    en: "computed from the input as \(number), not a finite number: check the fields it is computed from (a divisor near zero?)"
                )
            )
        }
        // Paths are written only for a figure that is not finite, and the figures are read where
        // they lie (by index, not by copying each row with its strings): this looks at every figure.
        for index in self.indicators.indices {
            let path = { "indicators.\(self.indicators[index].code)" + (self.indicators[index].scope.map { "[\($0)]" } ?? "") }
            check(self.indicators[index].value, path())
            check(self.indicators[index].threshold, path() + ".threshold")
            let breakdown = self.indicators[index].breakdown
            for row in breakdown.indices {
                check(breakdown[row].value, path() + ".units.\(breakdown[row].unitID)")
                check(breakdown[row].threshold, path() + ".units.\(breakdown[row].unitID).threshold")
                check(breakdown[row].weight, path() + ".units.\(breakdown[row].unitID).weight")
            }
        }
        for (name, value) in self.measures.filter({ !$0.value.isFinite }).sorted(by: { $0.key < $1.key }) {
            check(value, "measures.\(name)")
        }
        return issues
    }
}
