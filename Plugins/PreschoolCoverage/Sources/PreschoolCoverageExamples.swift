public import DudaoCore

/// Worked examples of the 学前教育普及普惠 assessment; the tests run every one.
///
/// All figures are synthetic; the county code 339901 is not a real region.
public enum PreschoolCoverageExamples {
    /// One kindergarten with areas and staff scaled from its enrolment.
    public static func kindergarten(
        _ id: String,
        _ name: String,
        ownership: String,
        children: Int64,
        plannedYear: Int64,
        areaPerChild: (outdoor: Double, activity: Double, building: Double) = (5, 9, 11),
        principalCertified: Bool = true
    ) -> Unit {
        let teachers = (children + 12) / 13
        let classes = (children + 29) / 30
        let size = Double(children)
        return Unit(
            id: id, name: name, kind: .kindergarten,
            fields: [
                "ownership": FieldValue(.text(ownership)),
                "enrolled_children": FieldValue(.integer(children)),
                "full_time_teachers": FieldValue(.integer(teachers)),
                "certified_teachers": FieldValue(.integer(teachers)),
                "principal_certified": FieldValue(.boolean(principalCertified)),
                "classes": FieldValue(.integer(classes)),
                "classes_within_size_limit": FieldValue(.integer(classes)),
                "outdoor_play_area_m2": FieldValue(.number(size * areaPerChild.outdoor)),
                "activity_room_area_m2": FieldValue(.number(size * areaPerChild.activity)),
                "building_area_m2": FieldValue(.number(size * areaPerChild.building)),
                "planned_year": FieldValue(.integer(plannedYear)),
            ]
        )
    }

    /// A county that meets every indicator: 3,650 of 4,000 children enrolled (91.25%), 86.30%
    /// in 公办 or 普惠 kindergartens, 50.68% in 公办 ones.
    public static func passingCounty() -> AssessmentInput {
        AssessmentInput(
            assessment: PreschoolCoverageAssessment.descriptor.id,
            subject: Subject(kind: .county, code: "339901", name: "示例县（合成）"),
            period: .schoolYear(2023),
            facts: [
                "resident_children_3_5": 4000,
                "public_funding_per_child_yuan": 650.0,
                "inclusive_subsidy_per_child_yuan": 520.0,
                "public_staff_teacher_pay_total_yuan": 12_000_000.0,
                "public_staff_teachers": 100,
                "public_non_staff_teacher_pay_total_yuan": 4_600_000.0,
                "public_non_staff_teachers": 50,
                "social_recognition_rate": 0.91,
                "data_falsified": false,
                "serious_public_complaints": false,
                "sampled_for_national_check": true,
            ],
            units: [
                kindergarten("K01", "城关第一幼儿园", ownership: "public", children: 600, plannedYear: 2018),
                kindergarten("K02", "城关第二幼儿园", ownership: "public", children: 500, plannedYear: 2010),
                kindergarten("K03", "中心镇幼儿园", ownership: "public", children: 750, plannedYear: 2019),
                kindergarten("K04", "阳光幼儿园", ownership: "inclusive_private", children: 800, plannedYear: 2012),
                kindergarten("K05", "小树苗幼儿园", ownership: "inclusive_private", children: 500, plannedYear: 2015, areaPerChild: (3.5, 9, 11)),
                kindergarten("K06", "双语艺术幼儿园", ownership: "other_private", children: 500, plannedYear: 2016),
            ]
        )
    }

    /// Applies a change to the passing county.
    public static func county(_ change: (inout AssessmentInput) -> Void) -> AssessmentInput { self.passingCounty().with(change) }

    public static let all: [WorkedExample] = [
        WorkedExample(
            name: "passes-every-indicator",
            summary: "Every headline and secondary indicator met; one older kindergarten short of outdoor space is allowed (older compliance 3/4 ≥ 50%).",
            input: passingCounty(),
            verdict: .pass,
            expectations: [.value("PC-A1", 3650.0 / 4000), .value("PC-A2", 3150.0 / 3650), .value("PC-A3", 1850.0 / 3650), .value("PC-C2", 0.75)]
        ),
        WorkedExample(
            name: "gross-enrolment-below-85",
            summary: "5,000 resident children: 3,650 ÷ 5,000 = 73% < 85%.",
            input: county { $0.facts["resident_children_3_5"] = 5000 },
            verdict: .fail,
            expectations: [.outcome("PC-A1", .notMet), .value("PC-A1", 0.73), .finding("PC-A1", unit: nil)]
        ),
        WorkedExample(
            name: "inclusive-coverage-below-80",
            summary: "阳光幼儿园 not recognised as 普惠: (1,850 + 500) ÷ 3,650 = 64.38% < 80%.",
            input: county { $0.units[3].fields["ownership"] = "other_private" },
            verdict: .fail,
            expectations: [.outcome("PC-A2", .notMet), .value("PC-A2", 2350.0 / 3650)]
        ),
        WorkedExample(
            name: "public-share-below-50",
            summary: "中心镇幼儿园 run as 普惠性民办: 1,100 ÷ 3,650 = 30.14% < 50%; coverage unchanged.",
            input: county { $0.units[2].fields["ownership"] = "inclusive_private" },
            verdict: .fail,
            expectations: [.outcome("PC-A3", .notMet), .value("PC-A3", 1100.0 / 3650), .value("PC-A2", 3150.0 / 3650)]
        ),
        WorkedExample(
            name: "new-kindergarten-below-conditions",
            summary: "A kindergarten planned in 2019 with 3 ㎡ of outdoor space per child: new-kindergarten compliance 1/2 < 100%.",
            input: county { $0.units[2].fields["outdoor_play_area_m2"] = .init(.number(750 * 3)) },
            verdict: .fail,
            expectations: [.outcome("PC-C1", .notMet), .value("PC-C1", 0.5), .finding("PC-C1", unit: "K03")]
        ),
        WorkedExample(
            name: "sampled-county-falsified-data",
            summary: "Every indicator met, but data were falsified: the veto fires.",
            input: county { $0.facts["data_falsified"] = true },
            verdict: .fail,
            expectations: [.vetoFired("PC-V1")]
        ),
        WorkedExample(
            name: "resident-children-missing",
            summary: "Without the number of children aged 3–5 the gross enrolment rate cannot be computed.",
            input: county { $0.facts["resident_children_3_5"] = nil },
            verdict: .notAssessable,
            expectations: [.outcome("PC-A1", .notAssessable), .value("PC-A1", nil)]
        ),
    ].map { $0.withExactReasons() }
}
