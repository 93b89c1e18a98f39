public import DudaoCore

/// Worked examples of the coverage check; the tests run every one.
public enum InspectorCoverageExamples {
    /// `count` schools in `zone`, `perInspector` to an inspector, each visited `visits` times.
    public static func schools(_ count: Int, zone: String = "Z1", perInspector: Int = 5, visits: Int64 = 10, from start: Int = 1) -> [Unit] {
        (0..<count).map { index in
            let number = start + index
            return Unit(
                id: "S\(number)", name: "示例学校\(number)", kind: index % 4 == 0 ? .kindergarten : .primary,
                fields: [
                    "inspector_id": FieldValue(.text("\(zone)-D\(index / perInspector + 1)")),
                    "zone_id": FieldValue(.text(zone)),
                    "regular_visits": FieldValue(.integer(visits)),
                    "plaque_displayed": true,
                ]
            )
        }
    }

    static func input(_ units: [Unit], months: Int64? = 10) -> AssessmentInput {
        AssessmentInput(
            assessment: InspectorCoverageAssessment.id,
            subject: Subject(kind: .county, code: "331082", name: "示例县"),
            period: .schoolYear(2024),
            facts: months.map { ["period_months": FieldValue(.integer($0))] } ?? [:],
            units: units
        )
    }

    public static var all: [WorkedExample] {
        var gaps = self.schools(10)
        gaps[9].fields["inspector_id"] = ""  // S10: no inspector
        gaps[8].fields["inspector_id"] = "Z1-D1"  // D1 now has 6 schools
        gaps[3].fields["regular_visits"] = 8  // S4: 8 of 10 visits
        var unknown = self.schools(10)
        unknown[4].fields["inspector_id"] = nil
        return [
            WorkedExample(
                name: "ten schools, two inspectors, monthly visits",
                summary: "Every school covered, five each, one zone of ten, ten visits in ten months.",
                input: self.input(self.schools(10)),
                verdict: .pass,
                expectations: [.value("IC-1", 1), .value("IC-2", 5), .value("IC-3", 10), .value("IC-4", 1), .outcome("IC-5", .met)]
            ),
            WorkedExample(
                name: "a school without an inspector, an overloaded inspector and too few visits",
                summary: "S10 has no inspector, D1 has six schools, S4 had 8 of 10 visits: three gaps, each a finding.",
                input: self.input(gaps),
                verdict: .fail,
                expectations: [
                    .value("IC-1", 0.9), .value("IC-2", 6), .outcome("IC-2", .notMet), .value("IC-4", 0.9),
                    .finding("IC-1", unit: "S10"), .finding("IC-2", unit: "Z1-D1"), .finding("IC-4", unit: "S4"), .warning("zone_gaps"),
                ]
            ),
            WorkedExample(
                name: "a zone of 21 schools",
                summary: "Five inspectors share 21 schools (at most five each), but the zone exceeds twenty.",
                input: self.input(self.schools(21, perInspector: 5)),
                verdict: .fail,
                expectations: [.value("IC-3", 21), .outcome("IC-3", .notMet), .outcome("IC-2", .met), .finding("IC-3", unit: "Z1")]
            ),
            WorkedExample(
                name: "a school that does not name its inspector",
                summary: "S5's inspector is not given: coverage is not assessable rather than counted as covered or not.",
                input: self.input(unknown),
                verdict: .notAssessable,
                expectations: [.value("IC-1", nil), .outcome("IC-1", .notAssessable), .outcome("IC-2", .notAssessable)]
            ),
            WorkedExample(
                name: "the period's months are not given",
                summary: "Without the number of months the visit requirement is unknown.",
                input: self.input(self.schools(5), months: nil),
                verdict: .notAssessable,
                expectations: [.outcome("IC-4", .notAssessable), .outcome("IC-1", .met)]
            ),
        ]
    }
}
