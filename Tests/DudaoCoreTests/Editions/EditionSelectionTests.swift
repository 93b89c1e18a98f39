import DudaoCore
import Testing

struct EditionSelectionTests {
    let descriptor = TestAssessment().descriptor

    @Test(
        "uses the edition in force on the first day of the period",
        arguments: [
            ("2019-2020", "2017"), ("2020", "2017"), ("2020-08-31", "2017"),
            ("2020-09-01", "2020"), ("2020-2021", "2020"), ("2030", "2020"),
        ]
    )
    func inForce(period: String, edition: String) throws {
        let input = AssessmentInput.test(period: period)
        #expect(try AssessmentRegistry.edition(for: input, in: self.descriptor).id == edition)
    }

    @Test("a named edition wins over the date")
    func named() throws {
        var input = AssessmentInput.test(period: "2024-2025")
        input.edition = "2017"
        #expect(try AssessmentRegistry.edition(for: input, in: self.descriptor).id == "2017")
        input.edition = "1999"
        let error = try #require(throws: DudaoError.self) { try AssessmentRegistry.edition(for: input, in: self.descriptor) }
        #expect(error.code == .notFound)
    }

    @Test("a period before every edition is FAILED_PRECONDITION")
    func beforeAll() throws {
        let error = try #require(throws: DudaoError.self) {
            try AssessmentRegistry.edition(for: .test(period: "2015-2016"), in: self.descriptor)
        }
        #expect(error.code == .failedPrecondition)
    }

    @Test("the threshold of the edition used decides the outcome")
    func thresholdsFollowEdition() throws {
        // Area per pupil 2000 / 460 = 4.35: above the 2017 minimum 4.0, below the 2020 minimum 4.5.
        let units = [Unit(id: "s1", name: "一小", kind: .primary, fields: ["pupils": 460, "area_m2": 2000])]
        let registry = try AssessmentRegistry([TestAssessment()])
        #expect(try registry.evaluate(.test(period: "2019-2020", units: units)).indicator("T-1")?.outcome == .met)
        #expect(try registry.evaluate(.test(period: "2021-2022", units: units)).indicator("T-1")?.outcome == .notMet)
    }

    @Test("periods parse in their three written forms and reject others", arguments: ["2024-2025", "2024", "2024-09-01"])
    func periods(text: String) throws {
        #expect(try #require(Period(text)).description == text)
    }

    @Test("malformed periods and dates are rejected", arguments: ["2024-2026", "24-25", "2024-13-01", "2023-02-29", "", "abcd"])
    func badPeriods(text: String) {
        #expect(Period(text) == nil)
    }
}
