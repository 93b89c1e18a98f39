import DudaoCore
import Foundation
import Testing

struct InputJSONTests {
    @Test("reads scalars and fields with provenance, and writes them back")
    func roundTrip() throws {
        let json = """
            {"assessment":"test","subject":{"kind":"county","code":"339901","name":"示例县"},"period":"2024-2025",
             "facts":{"recognition_rate":{"value":0.91,"source":"满意度调查","year":2024},"exam_admission":false},
             "units":[{"id":"s1","name":"一小","kind":"primary","fields":{"pupils":100,"area_m2":500.5}}]}
            """
        let input = try CanonicalJSON.decode(AssessmentInput.self, from: Data(json.utf8))
        #expect(input.period == .schoolYear(2024))
        #expect(input.facts["recognition_rate"]?.provenance == Provenance(source: "满意度调查", year: 2024))
        #expect(input.units[0].fields["pupils"]?.value == .integer(100))
        #expect(input.units[0].fields["area_m2"]?.value == .number(500.5))
        let again = try CanonicalJSON.decode(AssessmentInput.self, from: CanonicalJSON.encode(input))
        #expect(again == input)
    }

    @Test("the digest does not depend on key order")
    func keyOrder() throws {
        let a = #"{"assessment":"test","period":"2024","subject":{"code":"339901","kind":"county","name":"甲"},"facts":{"a":1,"b":2}}"#
        let b = #"{"facts":{"b":2,"a":1},"subject":{"name":"甲","kind":"county","code":"339901"},"period":"2024","assessment":"test"}"#
        let inputA = try CanonicalJSON.decode(AssessmentInput.self, from: Data(a.utf8))
        let inputB = try CanonicalJSON.decode(AssessmentInput.self, from: Data(b.utf8))
        #expect(InputDigest.of(inputA) == InputDigest.of(inputB))
    }

    @Test("a malformed file is INVALID_ARGUMENT naming the path")
    func malformed() throws {
        let json = #"{"assessment":"test","subject":{"kind":"county","code":"339901","name":"甲"},"period":"2024-2026"}"#
        let error = try #require(throws: DudaoError.self) { try CanonicalJSON.decode(AssessmentInput.self, from: Data(json.utf8)) }
        #expect(error.code == .invalidArgument)
        #expect(error.violations.first?.path == "period")
    }
}
