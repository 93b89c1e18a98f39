import DudaoCore
import Testing

struct ChecklistTests {
    static let citation = Citation(document: "测试清单", number: nil, article: nil)

    static let checklist = Checklist(
        items: [
            ChecklistItem("K1", zh: "消毒", en: "disinfection", mandatory: true, checks: ["disinfected"], evidence: ["disinfection_record"], citation: citation, status: .partial),
            ChecklistItem("K2", zh: "演练", en: "drill", mandatory: true, checks: ["plan", "drill"], rectificationDays: 3, citation: citation, status: .partial),
            ChecklistItem("K3", zh: "培训", en: "training", mandatory: false, checks: ["training"], citation: citation, status: .partial),
        ],
        requiresEvidence: true,
        rectificationDays: 7
    )

    static let date = CalendarDate(year: 2025, month: 2, day: 24)!

    @Test("every mandatory item met is a go, even with an optional item unmet")
    func go() {
        let outcome = Self.checklist.check(
            ["disinfected": true, "disinfection_record": "消毒记录 2025-02-20", "plan": true, "drill": true, "training": false],
            referenceDate: Self.date
        )
        #expect(outcome.gate == .met)
        #expect(outcome.findings.map(\.indicatorCode) == ["K3"])
        #expect(outcome.findings.first?.deadline == CalendarDate(year: 2025, month: 3, day: 3))
    }

    @Test("one mandatory item not met is a no-go, whatever else is missing")
    func noGo() throws {
        let outcome = Self.checklist.check(["disinfected": true, "plan": true, "drill": false], referenceDate: Self.date, unitID: "S1")
        #expect(outcome.gate == .notMet)
        #expect(outcome.blocking.map(\.item.code) == ["K2"])
        #expect(outcome.result("K2")?.failedChecks == ["drill"])
        let finding = try #require(outcome.findings.first { $0.indicatorCode == "K2" })
        #expect(finding.unitID == "S1")
        #expect(finding.deadline == CalendarDate(year: 2025, month: 2, day: 27))
    }

    @Test("a mandatory item without its check or its evidence leaves the gate undecided")
    func undecided() {
        let noEvidence = Self.checklist.check(["disinfected": true, "plan": true, "drill": true], referenceDate: Self.date)
        #expect(noEvidence.gate == .notAssessable)
        #expect(noEvidence.undecided.first?.missingFields == ["disinfection_record"])
        let noCheck = Self.checklist.check(["disinfection_record": "记录", "plan": true, "drill": true], referenceDate: Self.date)
        #expect(noCheck.gate == .notAssessable)
        #expect(noCheck.findings.isEmpty)
    }

    @Test("deadlines count calendar days across month ends and leap days", arguments: [
        ("2024-02-25", 7, "2024-03-03"), ("2025-02-25", 7, "2025-03-04"), ("2024-12-30", 3, "2025-01-02"), ("2025-03-01", -1, "2025-02-28"),
    ])
    func days(start: String, days: Int, end: String) throws {
        #expect(try #require(CalendarDate(start)).adding(days: days) == CalendarDate(end))
    }
}
