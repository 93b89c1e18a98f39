public import DudaoCore

/// Worked examples of the 2017 edition, small enough to recompute by hand.
///
/// The base county has six schools. Included in the resource indicators (hand-computed values):
///
/// | school | pupils | R1 | R2 | R3 | R4 ㎡ | R5 ㎡ | R6 元 | R7 |
/// |---|---:|---:|---:|---:|---:|---:|---:|---:|
/// | P1 城关小学 | 1000 | 5.00 | 1.50 | 1.20 | 5.00 | 8.00 | 2500 | 3.00 |
/// | P2 江南小学 | 500 | 4.80 | 1.20 | 1.00 | 4.80 | 8.00 | 2200 | 2.60 |
/// | N1 城南九年一贯制 小学部 | 600 | 5.00 | 1.17 | 1.00 | 5.77 | 10.00 | 2500 | 2.50 |
/// | J1 城关初中 | 800 | 6.00 | 1.25 | 1.00 | 7.00 | 12.00 | 3000 | 2.75 |
/// | N1 城南九年一贯制 初中部 | 400 | 6.00 | 1.25 | 1.00 | 6.35 | 11.00 | 2750 | 2.75 |
///
/// N1 shares 6000 ㎡ of teaching floor area. Weighted split (1 : 1.1): weighted pupils
/// 600 + 1.1 × 400 = 1040, so the primary part gets 6000 × 600 / 1040 = 3461.54 ㎡ (5.7692 ㎡ per
/// pupil) and the junior part 6000 × 440 / 1040 = 2538.46 ㎡ (6.3462 ㎡). Proportional split:
/// 3600 ㎡ and 2400 ㎡, 6.0 ㎡ per pupil in both.
///
/// Left out: T1 石门教学点 (30 pupils, under 50) and S1 特殊教育学校.
public enum QualityBalanceExamples {
    public static let all: [WorkedExample] = [
        Self.passing, Self.proportionalSplit, Self.schoolShortTwo, Self.floorBoundaryMet, Self.floorBoundaryMissed, Self.coefficientOver,
        Self.veto, Self.optionalVetoes, Self.lowRecognition, Self.notYetEligible, Self.missingSurvey,
    ]

    // MARK: - Base county

    static func school(_ id: String, _ name: String, _ kind: UnitKind, _ fields: [String: FieldValue]) -> Unit {
        Unit(id: id, name: name, kind: kind, fields: fields)
    }

    public static let baseUnits: [Unit] = [
        Self.school(
            "P1", "城关小学", .primary,
            [
                "primary_pupils": 1000, "primary_qualified_teachers": 50, "primary_backbone_teachers": 15, "primary_pe_art_teachers": 12,
                "teaching_aux_floor_area_m2": 5000, "sports_venue_area_m2": 8000, "equipment_value_yuan": 2_500_000, "multimedia_classrooms": 30,
                "classes": 22, "music_rooms": 2, "art_rooms": 2, "primary_max_class_size": 45,
            ]
        ),
        Self.school(
            "P2", "江南小学", .primary,
            [
                "primary_pupils": 500, "primary_qualified_teachers": 24, "primary_backbone_teachers": 6, "primary_pe_art_teachers": 5,
                "teaching_aux_floor_area_m2": 2400, "sports_venue_area_m2": 4000, "equipment_value_yuan": 1_100_000, "multimedia_classrooms": 13,
                "classes": 12, "music_rooms": 1, "art_rooms": 1, "primary_max_class_size": 42,
            ]
        ),
        Self.school(
            "J1", "城关初中", .junior,
            [
                "junior_pupils": 800, "junior_qualified_teachers": 48, "junior_backbone_teachers": 10, "junior_pe_art_teachers": 8,
                "teaching_aux_floor_area_m2": 5600, "sports_venue_area_m2": 9600, "equipment_value_yuan": 2_400_000, "multimedia_classrooms": 22,
                "classes": 16, "music_rooms": 2, "art_rooms": 2, "junior_max_class_size": 48,
            ]
        ),
        Self.school(
            "N1", "城南九年一贯制学校", .nineYear,
            [
                "primary_pupils": 600, "junior_pupils": 400,
                "primary_qualified_teachers": 30, "junior_qualified_teachers": 24,
                "primary_backbone_teachers": 7, "junior_backbone_teachers": 5,
                "primary_pe_art_teachers": 6, "junior_pe_art_teachers": 4,
                "teaching_aux_floor_area_m2": 6000, "sports_venue_area_m2": 10400, "equipment_value_yuan": 2_600_000, "multimedia_classrooms": 26,
                "classes": 24, "music_rooms": 2, "art_rooms": 2, "primary_max_class_size": 44, "junior_max_class_size": 48,
            ]
        ),
        Self.school(
            "T1", "石门教学点", .teachingPoint,
            [
                "primary_pupils": 30, "primary_qualified_teachers": 2, "primary_backbone_teachers": 0, "primary_pe_art_teachers": 0,
                "teaching_aux_floor_area_m2": 200, "sports_venue_area_m2": 300, "equipment_value_yuan": 50_000, "multimedia_classrooms": 2,
                "primary_max_class_size": 12,
            ]
        ),
        Self.school("S1", "县特殊教育学校", .special, ["primary_pupils": 40, "junior_pupils": 20]),
    ]

    public static let baseFacts: [String: FieldValue] = [
        "basic_balance_certified_year": 2019, "basic_balance_monitoring_maintained": true,
        "gov_school_network_planned": true, "gov_four_unified_standards": true, "gov_small_school_funding_as_100": true,
        "special_school_public_funds_per_pupil_yuan": 7200, "teacher_average_pay_yuan": 142_000, "civil_servant_average_pay_yuan": 138_000,
        "teacher_training_completion_rate": 1.0, "gov_staffing_allocated_by_county": true,
        "teacher_rotation_rate": 0.12, "rotated_backbone_share": 0.24, "teacher_certificate_rate": 1.0,
        "primary_nearby_enrolment_rate": 1.0, "junior_nearby_enrolment_rate": 0.97, "senior_places_allocated_share": 0.55,
        "left_behind_care_system_in_place": true, "migrant_children_public_share": 0.91,
        "junior_retention_rate": 0.985, "disabled_children_enrolment_rate": 0.97, "schools_have_charter_and_ict_management": true,
        "lowest_school_training_budget_share": 0.06, "ict_used_in_teaching": true, "moral_education_rated_good": true,
        "full_curriculum_delivered": true, "homework_burden_within_limits": true,
        "monitoring_level_iii_attained": true, "monitoring_school_difference_rate": 0.11,
        "social_recognition_rate": 0.91,
        "veto_exam_admission_occurred": false, "veto_illegal_school_choice_occurred": false, "veto_key_schools_or_classes_occurred": false,
    ]

    public static func baseInput(
        facts: [String: FieldValue] = QualityBalanceExamples.baseFacts,
        units: [Unit] = QualityBalanceExamples.baseUnits,
        overrides: [String: Value] = [:]
    ) -> AssessmentInput {
        AssessmentInput(
            assessment: QualityBalance.id,
            subject: Subject(kind: .county, code: "339902", name: "例县 (synthetic)"),
            period: .schoolYear(2024),
            facts: facts,
            units: units,
            parameterOverrides: overrides
        )
    }

    static func with(_ unitID: String, _ changes: [String: FieldValue]) -> [Unit] {
        Self.baseUnits.map { unit in
            guard unit.id == unitID else { return unit }
            var changed = unit
            changed.fields.merge(changes) { _, new in new }
            return changed
        }
    }

    static func facts(_ changes: [String: FieldValue], removing removed: [String] = []) -> [String: FieldValue] {
        var facts = Self.baseFacts.merging(changes) { _, new in new }
        for key in removed { facts[key] = nil }
        return facts
    }

    // MARK: - Examples

    public static let passing = WorkedExample(
        name: "passing county",
        summary: "Every school meets all seven indicators; coefficients are small; every county item is met.",
        input: Self.baseInput(),
        verdict: .pass,
        expectations: [
            .outcome("QB-RS", scope: "primary", .met), .outcome("QB-RS", scope: "junior", .met),
            // D1 小学: X̄ = (50 + 24 + 30) / 2100 × 100 = 4.952381; S² = 16/21 × 0.047619² + 5/21 × 0.152381²
            // = 0.0072562; CV = 0.085183 / 4.952381 = 0.017201.
            .value("QB-D1", scope: "primary", 0.017200522903844, tolerance: 1e-12),
            // N1 小学部 area under the weighted split: 6000 × 600 / 1040 / 600 = 5.769231 ㎡.
            .unitValue("QB-R4", scope: "primary", unit: "N1", 6000.0 / 1040.0, tolerance: 1e-12),
            .unitValue("QB-R4", scope: "junior", unit: "N1", 6000.0 * 1.1 / 1040.0, tolerance: 1e-12),
            // 2024 − 2019 = 5 years ≥ 3.
            .value("QB-E1", 5),
            // 142000 / 138000 = 1.028986.
            .value("QB-G08", 142_000.0 / 138_000.0),
            .warning("excluded_school", unit: "T1"), .warning("excluded_school", unit: "S1"),
            .warning("split_rule_unconfirmed", unit: "N1"),
        ]
    )

    public static let proportionalSplit = WorkedExample(
        name: "proportional split",
        summary: "The same county with split.rule = proportional: N1's shared area goes 3600 / 2400 ㎡, 6.0 ㎡ per pupil in both parts.",
        input: Self.baseInput(overrides: ["split.rule": .text("proportional")]),
        verdict: .pass,
        expectations: [
            .unitValue("QB-R4", scope: "primary", unit: "N1", 6.0, tolerance: 1e-12),
            .unitValue("QB-R4", scope: "junior", unit: "N1", 6.0, tolerance: 1e-12),
            // Sports 10400 × 0.6 / 600 = 10.4 in both parts (weighted: 10.0 and 11.0).
            .unitValue("QB-R5", scope: "primary", unit: "N1", 10.4, tolerance: 1e-12),
            .unitValue("QB-R5", scope: "junior", unit: "N1", 10.4, tolerance: 1e-12),
        ]
    )

    public static let schoolShortTwo = WorkedExample(
        name: "one school short on two indicators",
        summary: "P2 has 2000 ㎡ (4.00 < 4.5 ㎡) and 10 multimedia rooms (2.00 < 2.3 per 100): only 5 of 7 met.",
        input: Self.baseInput(units: Self.with("P2", ["teaching_aux_floor_area_m2": 2000, "multimedia_classrooms": 10])),
        verdict: .fail,
        expectations: [
            .outcome("QB-RS", scope: "primary", .notMet), .value("QB-RS", scope: "primary", 1),
            .outcome("QB-RS", scope: "junior", .met),
            .finding("QB-R4", scope: "primary", unit: "P2"), .finding("QB-R7", scope: "primary", unit: "P2"),
            .finding("QB-RS", scope: "primary", unit: "P2"),
            .unitValue("QB-RS", scope: "primary", unit: "P2", 5),
            .reason("QB-RS", .notMet),
        ]
    )

    public static let floorBoundaryMet = WorkedExample(
        name: "85% boundary reached",
        summary: "P2 has 1912.5 ㎡ for 500 pupils: 3.825 ㎡ = 85% of 4.5 exactly, its only shortfall; the school passes.",
        input: Self.baseInput(units: Self.with("P2", ["teaching_aux_floor_area_m2": 1912.5])),
        verdict: .pass,
        expectations: [
            .outcome("QB-RS", scope: "primary", .met),
            .unitValue("QB-R4", scope: "primary", unit: "P2", 3.825, tolerance: 1e-12),
            .finding("QB-R4", scope: "primary", unit: "P2"),
            .noFinding("QB-RS", unit: "P2"),
        ]
    )

    public static let floorBoundaryMissed = WorkedExample(
        name: "85% boundary missed",
        summary: "P2 has 1912 ㎡ for 500 pupils: 3.824 ㎡ < 3.825 = 85% of 4.5; one shortfall, but below the floor.",
        input: Self.baseInput(units: Self.with("P2", ["teaching_aux_floor_area_m2": 1912])),
        verdict: .fail,
        expectations: [
            .outcome("QB-RS", scope: "primary", .notMet),
            .unitValue("QB-RS", scope: "primary", unit: "P2", 6),
            .finding("QB-RS", scope: "primary", unit: "P2"),
        ]
    )

    public static let coefficientOver = WorkedExample(
        name: "one coefficient over its limit",
        summary: "P1 has 80 backbone teachers (8.0 per 100) while the others have about 1.2: every school meets the threshold, but the primary CV is 0.769 > 0.50.",
        input: Self.baseInput(units: Self.with("P1", ["primary_backbone_teachers": 80])),
        verdict: .fail,
        expectations: [
            .outcome("QB-RS", scope: "primary", .met),
            // X̄ = 93 / 2100 × 100 = 4.428571; S² = 10/21 × 3.571429² + 5/21 × 3.228571² + 6/21 × 3.261905²
            // = 11.595692; CV = 3.405245 / 4.428571 = 0.768926.
            .value("QB-D2", scope: "primary", 0.7689262273251986, tolerance: 1e-12),
            .outcome("QB-D2", scope: "primary", .notMet),
            .outcome("QB-D2", scope: "junior", .met),
            .finding("QB-D2", scope: "primary", unit: nil),
            .reason("QB-D2", .notMet),
        ]
    )

    public static let veto = WorkedExample(
        name: "veto item",
        summary: "Everything else passes, but the county ran key classes: one-vote veto.",
        input: Self.baseInput(facts: Self.facts(["veto_key_schools_or_classes_occurred": true])),
        verdict: .fail,
        expectations: [.vetoFired("QB-V3"), .reason("QB-V3", .vetoFired)]
    )

    public static let optionalVetoes = WorkedExample(
        name: "optional veto items",
        summary: "Unfilled posts and falsified data are reported. Both items are unconfirmed [U] and off by default; with the falsified-data item switched on it vetoes, while the unfilled-posts report only warns.",
        input: Self.baseInput(
            facts: Self.facts([
                "veto_unfilled_teacher_posts_occurred": true, "veto_major_safety_incident_occurred": false, "veto_falsified_data_occurred": true,
            ]),
            overrides: ["veto.falsified_data.enabled": .boolean(true)]
        ),
        verdict: .fail,
        expectations: [.vetoFired("QB-V6"), .reason("QB-V6", .vetoFired), .warning("veto_not_applied")]
    )

    public static let lowRecognition = WorkedExample(
        name: "low social recognition",
        summary: "Social recognition 84% < 85%.",
        input: Self.baseInput(facts: Self.facts(["social_recognition_rate": 0.84])),
        verdict: .fail,
        expectations: [.outcome("QB-S1", .notMet), .value("QB-S1", 0.84), .finding("QB-S1", unit: nil), .reason("QB-S1", .notMet)]
    )

    public static let notYetEligible = WorkedExample(
        name: "not yet eligible",
        summary: "Recognised as basically balanced in 2022: 2 years before 2024, fewer than 3.",
        input: Self.baseInput(facts: Self.facts(["basic_balance_certified_year": 2022])),
        verdict: .fail,
        expectations: [.outcome("QB-E1", .notMet), .value("QB-E1", 2), .reason("QB-E1", .notMet)]
    )

    public static let missingSurvey = WorkedExample(
        name: "missing survey result",
        summary: "No social-recognition figure and no teaching-area figure for P2: not assessable, never read as zero.",
        input: Self.baseInput(facts: Self.facts([:], removing: ["social_recognition_rate"]), units: Self.baseUnits.map { unit in
            var unit = unit
            if unit.id == "P2" { unit.fields["teaching_aux_floor_area_m2"] = nil }
            return unit
        }),
        verdict: .notAssessable,
        expectations: [
            .outcome("QB-S1", .notAssessable), .reason("QB-S1", .notAssessable),
            .outcome("QB-RS", scope: "primary", .notAssessable), .outcome("QB-D4", scope: "primary", .notAssessable),
            .outcome("QB-RS", scope: "junior", .met),
        ]
    )
}
