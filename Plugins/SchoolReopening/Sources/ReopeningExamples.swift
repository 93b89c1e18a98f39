public import DudaoCore

/// Worked examples of the reopening check; the tests run every one.
public enum ReopeningExamples {
    /// A school with every check answered yes and every evidence named.
    public static func readySchool(_ id: String, kind: UnitKind = .primary) -> Unit {
        var fields: [String: FieldValue] = [:]
        for row in ReopeningItems.rows {
            for check in row.checks { fields[check.key] = true }
            for evidence in row.evidence { fields[evidence.key] = FieldValue(.text("\(id) \(evidence.zh)")) }
        }
        return Unit(id: id, name: "示例学校\(id)", kind: kind, fields: fields)
    }

    static func input(_ units: [Unit]) -> AssessmentInput {
        AssessmentInput(
            assessment: SchoolReopeningAssessment.id,
            subject: Subject(kind: .county, code: "331002", name: "示例县"),
            period: .date(CalendarDate(year: 2020, month: 4, day: 20)!),
            units: units
        )
    }

    public static var all: [WorkedExample] {
        var notDisinfected = self.readySchool("S2")
        notDisinfected.fields["disinfection_accepted"] = false
        var noDrillRecord = self.readySchool("S3", kind: .kindergarten)
        noDrillRecord.fields["drill_record"] = nil
        var optionalMissed = self.readySchool("S4", kind: .junior)
        optionalMissed.fields["teaching_arrangements"] = false
        return [
            WorkedExample(
                name: "every school ready",
                summary: "Two schools with every item in place: the county passes.",
                input: self.input([self.readySchool("S1"), self.readySchool("S5", kind: .senior)]),
                verdict: .pass,
                expectations: [.value("RO-CLEARED", 1), .outcome("RO-06", .met), .measure("blocked", 0)]
            ),
            WorkedExample(
                name: "an optional item missed does not stop opening",
                summary: "Teaching arrangements are not ready: a finding with a 3-day deadline, but the school may open.",
                input: self.input([self.readySchool("S1"), optionalMissed]),
                verdict: .pass,
                expectations: [.value("RO-13", 1), .outcome("RO-13", .notMet), .finding("RO-13", unit: "S4"), .measure("cleared", 2)]
            ),
            WorkedExample(
                name: "disinfection not approved blocks a school",
                summary: "S2's disinfection was not approved: it may not open, so the county fails; S3 lacks its drill record, so it is undecided.",
                input: self.input([self.readySchool("S1"), notDisinfected, noDrillRecord]),
                verdict: .fail,
                expectations: [.value("RO-CLEARED", 1.0 / 3.0), .value("RO-06", 1), .finding("RO-06", unit: "S2"), .measure("blocked", 1), .measure("undecided", 1), .warning("undecided_schools")]
            ),
            WorkedExample(
                name: "a missing drill record leaves the county undecided",
                summary: "The drill is claimed but no record is named: not assessable rather than cleared.",
                input: self.input([self.readySchool("S1"), noDrillRecord]),
                verdict: .notAssessable,
                expectations: [.value("RO-CLEARED", nil), .outcome("RO-08", .notAssessable)]
            ),
        ]
    }
}
