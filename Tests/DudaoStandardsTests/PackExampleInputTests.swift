import DudaoCore
import DudaoStandards
import Foundation
import Testing

/// A worked example's input is read straight from its YAML with the rules of the JSON it stands
/// for: these compare it with what `JSONDecoder` makes of that JSON.
struct PackExampleInputTests {
    /// The first example of the compulsory-quality pack with the spellings the rules tell apart:
    /// an integral number written with a decimal point, a provenance with a year, a null note,
    /// a quoted number that stays text, a boolean.
    static func edited() throws -> PackSource {
        try PackLoaderTests.broken("examples.yaml") { text in
            text.replacingOccurrences(of: "        staff_quota_set: 5200\n", with: "        staff_quota_set: {value: 5200.0, source: 编办, year: 2024, note: null}\n")
                .replacingOccurrences(of: "{id: S1, name: 示例小学, kind: primary, fields: {school_evaluated: true}}\n        - {id: S2, name: 示例初中, kind: junior, fields: {school_evaluated: true}}\n    verdict: pass", with: "{id: S1, name: \"2024\", kind: primary, fields: {school_evaluated: true}}\n        - {id: S2, name: 示例初中, kind: junior, fields: {school_evaluated: true}}\n    verdict: pass")
        }
    }

    @Test("an example's input is what JSONDecoder makes of the JSON it stands for")
    func sameAsJSON() throws {
        let pack = try PackLoader().load(try Self.edited())
        let json = """
            {"assessment": "compulsory-quality-county",
             "subject": {"kind": "county", "code": "331082", "name": "示例县"}, "period": "2024-2025",
             "facts": {"no_enrolment_targets": true, "not_judged_by_rates": true, "no_key_schools": true,
                       "school_places_guaranteed": true, "fewer_school_inspections": true,
                       "staff_quota_set": {"value": 5200, "source": "编办", "year": 2024, "note": null},
                       "staff_quota_standard": 5200, "years_since_last_evaluation": 3},
             "units": [{"id": "S1", "name": "2024", "kind": "primary", "fields": {"school_evaluated": true}},
                       {"id": "S2", "name": "示例初中", "kind": "junior", "fields": {"school_evaluated": true}}]}
            """
        let expected = try JSONDecoder().decode(AssessmentInput.self, from: Data(json.utf8))
        let input = pack.examples[0].input
        #expect(input == expected)
        // 5200.0 is the integer 5200, as in JSON; the quoted "2024" stays a name.
        #expect(input.facts["staff_quota_set"]?.value == .integer(5200))
        #expect(input.facts["staff_quota_set"]?.provenance == Provenance(source: "编办", year: 2024, note: nil))
        #expect(input.units[0].name == "2024")
    }

    @Test("an input that does not decode is refused at the example, naming the field and what it found")
    func refused() throws {
        let errors = PackLoaderTests.errors(
            try PackLoaderTests.broken("examples.yaml") { $0.replacingOccurrences(of: "subject: {kind: county, code: \"331082\", name: 示例县}", with: "subject: {kind: county, code: 331082, name: 示例县}") }
        )
        let error = try #require(errors.first { $0.rule == "bad-example-input" })
        #expect(error.file == "examples.yaml")
        #expect(error.message.contains("subject.code"))
        #expect(error.message.contains("expected a text, found the number 331082"))
    }

    @Test("a text where a number belongs is refused, not read as a number")
    func textIsNotNumber() throws {
        let errors = PackLoaderTests.errors(
            try PackLoaderTests.broken("examples.yaml") { $0.replacingOccurrences(of: "        years_since_last_evaluation: 3\n", with: "        years_since_last_evaluation: {value: 3, source: 督导室, year: \"2024\"}\n") }
        )
        let error = try #require(errors.first { $0.rule == "bad-example-input" })
        #expect(error.message.contains("years_since_last_evaluation.year"))
        #expect(error.message.contains("expected an integer, found the text \"2024\""))
    }
}
