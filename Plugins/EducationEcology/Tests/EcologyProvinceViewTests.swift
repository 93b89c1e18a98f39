import DudaoCore
import EducationEcologyAssessment
import Testing

struct EcologyProvinceViewTests {
    @Test("a batch of counties is ranked with the distribution and each county's weakest points")
    func batch() throws {
        let registry = try AssessmentRegistry([EducationEcologyAssessment()])
        let results = try EcologyExamples.all.enumerated().map { index, example in
            var input = example.input
            input.subject = Subject(kind: .county, code: "33082\(index)", name: "县\(index)")
            return try registry.evaluate(input)
        }
        let summary = try #require(EducationEcologyAssessment().summarize(results))
        #expect(summary.rows.map(\.rank) == [1, 1, 3, nil])
        #expect(summary.rows[2].labels["weakest"] == "ECO-E3.1,ECO-P5.3")
        #expect(summary.rows[3].labels["missing"] == "school_belonging_index")
        #expect(summary.statistics["scored"] == 3)
        #expect(summary.statistics["verdict.not_assessable"] == 1)
    }
}
