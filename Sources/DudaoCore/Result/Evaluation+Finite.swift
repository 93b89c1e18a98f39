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
        // Paths are written only for a figure that is not finite: this looks at every figure.
        for indicator in self.indicators {
            let path = { "indicators.\(indicator.code)" + (indicator.scope.map { "[\($0)]" } ?? "") }
            check(indicator.value, path())
            check(indicator.threshold, path() + ".threshold")
            for measure in indicator.breakdown {
                check(measure.value, path() + ".units.\(measure.unitID)")
                check(measure.threshold, path() + ".units.\(measure.unitID).threshold")
                check(measure.weight, path() + ".units.\(measure.unitID).weight")
            }
        }
        for (name, value) in self.measures.filter({ !$0.value.isFinite }).sorted(by: { $0.key < $1.key }) {
            check(value, "measures.\(name)")
        }
        return issues
    }
}
