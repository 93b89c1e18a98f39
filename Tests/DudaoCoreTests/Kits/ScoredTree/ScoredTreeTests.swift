import DudaoCore
import Testing

struct ScoredTreeTests {
    static let citation = Citation(document: "测试细则", number: nil, article: nil)

    static let bands = GradeBands([
        Grade("excellent", zh: "优秀", en: "excellent", minimum: 90, passes: true),
        Grade("good", zh: "良好", en: "good", minimum: 80, passes: true),
        Grade("pass", zh: "合格", en: "pass", minimum: 65, passes: true),
        Grade("fail", zh: "不合格", en: "fail", minimum: 0, passes: false),
    ])

    /// A: 60 points, two leaves 30 + 30 (a: ≥ 10 proportional; b: yes/no).
    /// B: 40 points, one leaf scored out of 100 relative weight (c: ≤ 15 banded).
    static func tree(downgrades: [DowngradeRule] = [], vetoes: [VetoItem] = []) -> ScoredTree {
        ScoredTree(
            totalCode: "T-TOTAL", gradeCode: "T-GRADE", zh: "测试", en: "test",
            nodes: [
                TreeNode("A", zh: "甲", en: "A", level: .first, weight: 60, citation: citation, status: .confirmed, children: [
                    TreeNode("A1", zh: "甲一", en: "A1", level: .second, weight: 30, citation: citation, status: .confirmed,
                             leaf: TreeLeaf(field: "a", target: 10, credit: .proportional)),
                    TreeNode("A2", zh: "甲二", en: "A2", level: .second, weight: 30, citation: citation, status: .confirmed, leaf: .yes("b")),
                ]),
                TreeNode("B", zh: "乙", en: "B", level: .first, weight: 40, citation: citation, status: .unconfirmed, children: [
                    TreeNode("B1", zh: "乙一", en: "B1", level: .second, weight: 100, citation: citation, status: .unconfirmed,
                             leaf: TreeLeaf(field: "c", target: 15, comparator: .atMost, credit: .banded([.init(bound: 17, credit: 0.5), .init(bound: 16, credit: 0.8)]))),
                ]),
            ],
            bands: bands, downgrades: downgrades, vetoes: vetoes, citation: citation, bandStatus: .partial
        )
    }

    @Test("full marks when every target is met")
    func fullMarks() throws {
        let score = Self.tree().score(["a": 12, "b": 1, "c": 14])
        #expect(score.total == 100)
        #expect(score.grade?.code == "excellent")
        #expect(score.weakest.isEmpty)
    }

    @Test("proportional credit scales with the value, banded credit takes the best band reached")
    func partialCredit() throws {
        // a = 7 → 0.7 × 30 = 21; b yes → 30; c = 16.5 → band 17 → 0.5 × 40 = 20. Total 71.
        let score = Self.tree().score(["a": 7, "b": 1, "c": 16.5])
        #expect(abs(try #require(score.node("A1")?.score) - 21) < 1e-12)
        #expect(abs(try #require(score.node("B")?.score) - 20) < 1e-12)
        #expect(abs(try #require(score.total) - 71) < 1e-12)
        #expect(score.grade?.code == "pass")
        #expect(score.weakest.map(\.code) == ["B1", "A1"])
    }

    @Test("all-or-nothing gives no credit for a near miss", arguments: [(0.0, 70.0), (1.0, 100.0)])
    func allOrNothing(b: Double, total: Double) throws {
        let score = Self.tree().score(["a": 10, "b": b, "c": 15])
        #expect(score.total == total)
    }

    @Test("credit rules on their own", arguments: [
        (CreditRule.allOrNothing, 9.0, Comparator.atLeast, 0.0),
        (.proportional, 9.0, .atLeast, 0.9),
        (.proportional, 20.0, .atMost, 0.5),
        (.banded([.init(bound: 8, credit: 0.6)]), 8.5, .atLeast, 0.6),
        (.banded([.init(bound: 8, credit: 0.6)]), 7.9, .atLeast, 0.0),
    ])
    func creditRules(rule: CreditRule, value: Double, comparator: Comparator, expected: Double) {
        #expect(abs(rule.credit(value: value, target: comparator == .atLeast ? 10 : 10, comparator: comparator) - expected) < 1e-12)
    }

    @Test("grade bands take the best grade reached", arguments: [(95.0, "excellent"), (90.0, "excellent"), (89.99, "good"), (65.0, "pass"), (64.9, "fail"), (0.0, "fail")])
    func bands(total: Double, grade: String) {
        #expect(Self.bands.grade(for: total).code == grade)
    }

    @Test("a missing leaf leaves its branches and the total not assessable, never zero")
    func missingLeaf() throws {
        let tree = Self.tree()
        let score = tree.score(["a": 10, "b": 1])
        #expect(score.total == nil)
        #expect(score.grade == nil)
        #expect(score.node("B")?.score == nil)
        #expect(score.node("A")?.score == 60)
        #expect(score.missingFields == ["c"])
        let evaluation = tree.evaluation(of: score)
        #expect(evaluation.verdict == .notAssessable)
        let total = try #require(evaluation.indicators.first { $0.code == "T-TOTAL" })
        #expect(total.outcome == .notAssessable)
        #expect(total.explanationEn.contains("field c missing"))
    }

    @Test("downgrades drop grades or cap them, and fail the verdict when they reach the floor")
    func downgrades() throws {
        let drop = DowngradeRule("D1", zh: "安全事故", en: "safety accident", field: "accident", effect: .drop(1), citation: Self.citation, status: .partial)
        let cap = DowngradeRule("D2", zh: "D级危房", en: "dangerous buildings", field: "danger", effect: .capAt("good"), citation: Self.citation, status: .partial)
        let tree = Self.tree(downgrades: [drop, cap])
        let values: [String: Double] = ["a": 10, "b": 1, "c": 15]
        #expect(tree.score(values.merging(["accident": 0, "danger": 1]) { $1 }).grade?.code == "good")
        #expect(tree.score(values.merging(["accident": 1, "danger": 0]) { $1 }).grade?.code == "good")
        // Rules apply in order: one grade down to 良好, and the cap at 良好 then changes nothing.
        #expect(tree.score(values.merging(["accident": 1, "danger": 1]) { $1 }).grade?.code == "good")
        // Unknown downgrade: the grade is open.
        let open = tree.score(values.merging(["accident": 0]) { $1 })
        #expect(open.grade == nil)
        #expect(open.undecided == ["danger"])
        // 70 points, one grade down → 不合格 → fail.
        let low = tree.score(["a": 0, "b": 1, "c": 15, "accident": 1, "danger": 0])
        #expect(low.baseGrade?.code == "pass")
        #expect(low.grade?.code == "fail")
        #expect(tree.evaluation(of: low).verdict == .fail)
    }

    @Test("a fired veto puts the grade at the floor and fails the verdict")
    func veto() throws {
        let veto = VetoItem("V1", zh: "弄虚作假", en: "falsification", field: "fraud", citation: Self.citation, status: .partial)
        let tree = Self.tree(vetoes: [veto])
        let score = tree.score(["a": 10, "b": 1, "c": 15, "fraud": 1])
        #expect(score.total == 100)
        #expect(score.grade?.code == "fail")
        let evaluation = tree.evaluation(of: score)
        #expect(evaluation.verdict == .fail)
        #expect(evaluation.vetoes.first?.fired == true)
        #expect(tree.evaluation(of: tree.score(["a": 10, "b": 1, "c": 15])).verdict == .notAssessable)
    }

    @Test("the evaluation reports each node's points against its weight and warns of unconfirmed weights")
    func evaluation() throws {
        let tree = Self.tree()
        let evaluation = tree.evaluation(of: tree.score(["a": 7, "b": 1, "c": 16.5]), deadline: CalendarDate("2025-03-31"))
        let a1 = try #require(evaluation.indicators.first { $0.code == "A1" })
        #expect(a1.value == 21)
        #expect(a1.threshold == 30)
        #expect(a1.outcome == .notMet)
        #expect(evaluation.indicators.first { $0.code == "A2" }?.outcome == .met)
        // B1 is printed as 100 of 100 under B, which is worth 40: it is reported as 20 of 40 points.
        let b1 = try #require(evaluation.indicators.first { $0.code == "B1" })
        #expect(b1.threshold == 40)
        #expect(b1.value == 20)
        #expect(evaluation.findings.map(\.indicatorCode).sorted() == ["A1", "B1"])
        #expect(evaluation.findings.allSatisfy { $0.deadline == CalendarDate("2025-03-31") })
        #expect(evaluation.measures["total"] == 71)
        #expect(evaluation.measures["score.A"] == 51)
        #expect(evaluation.warnings.map(\.code) == ["unconfirmed_weights"])
        #expect(evaluation.verdict == .pass)
        #expect(tree.definitions.count == 7)
    }
}
