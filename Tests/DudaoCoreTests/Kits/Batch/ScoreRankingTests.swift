import DudaoCore
import Testing

struct ScoreRankingTests {
    static func result(_ code: String, _ total: Double?) -> AssessmentResult {
        let descriptor = AssessmentDescriptor(
            id: "t", version: "1", titleZh: "测试", titleEn: "test", summaryZh: "", summaryEn: "", documents: [],
            editions: [], groups: [], indicators: [], schema: InputSchema(subjectKinds: [.county], facts: [])
        )
        let edition = Edition(id: "e", titleZh: "版", titleEn: "edition", effectiveFrom: CalendarDate(year: 2020, month: 1, day: 1)!, documents: [], parameters: [])
        return AssessmentResult(
            descriptor: descriptor, edition: edition, parameters: edition.parameters,
            input: AssessmentInput(assessment: "t", subject: Subject(kind: .county, code: code, name: code), period: .calendarYear(2020)),
            evaluation: Evaluation(measures: total.map { ["total": $0] } ?? [:]), missing: [], inputDigest: "sha256:0"
        )
    }

    @Test("equal totals share a rank, the next rank skips, and unscored subjects come last")
    func ranks() {
        let ranking = ScoreRanking([Self.result("c", 70), Self.result("a", 80), Self.result("x", nil), Self.result("b", 80), Self.result("d", 60)])
        #expect(ranking.entries.map(\.result.subject.code) == ["a", "b", "c", "d", "x"])
        #expect(ranking.entries.map(\.rank) == [1, 1, 3, 4, nil])
    }

    @Test("the distribution uses the scored subjects only, with type-7 quartiles")
    func distribution() {
        let ranking = ScoreRanking([Self.result("a", 60), Self.result("b", 70), Self.result("c", 80), Self.result("d", 90), Self.result("e", nil)])
        let statistics = ranking.distribution
        #expect(statistics["count"] == 4)
        #expect(statistics["mean"] == 75)
        #expect(statistics["q1"] == 67.5)
        #expect(statistics["median"] == 75)
        #expect(statistics["q3"] == 82.5)
        #expect(statistics["max"] == 90)
        #expect(statistics["min"] == 60)
    }
}
