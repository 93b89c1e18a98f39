import DudaoCore

/// The checklist items: yes/no checks and the evidence each must name.
///
/// Items 1–10 are the conditions, measures and drills without which a school may not open (台州
/// list and the 2020 guidance [P]); 11–13 are reported only. Whether each item is mandatory is a
/// parameter (`mandatory.<code>`), since no official province-wide list fixes it.
enum ReopeningItems {
    struct Row {
        var code: String
        var zh: String
        var en: String
        var checks: [(key: String, zh: String, en: String)]
        var evidence: [(key: String, zh: String, en: String)]
        var mandatory: Bool
        var source: SourceDocument
    }

    static let rows: [Row] = [
        Row(code: "RO-01", zh: "师生健康排查，“一人一档”", en: "Health screening of staff and pupils, one file each",
            checks: [("health_screening_done", "已完成师生健康排查", "staff and pupil screening done"), ("health_files_complete", "“一人一档”健康档案齐全", "a health file for every person")],
            evidence: [("health_screening_record", "健康排查台账", "screening register")], mandatory: true, source: ReopeningDocuments.zhejiangGuidance),
        Row(code: "RO-02", zh: "教职工返岗情况掌握", en: "Staff return tracked",
            checks: [("staff_return_tracked", "已掌握教职工返岗情况", "staff return tracked")], evidence: [], mandatory: true, source: ReopeningDocuments.taizhouChecklist),
        Row(code: "RO-03", zh: "学生返校安排", en: "Pupil return arranged",
            checks: [("pupil_return_plan", "已制定学生分批返校方案", "pupil return plan in place")], evidence: [], mandatory: true, source: ReopeningDocuments.taizhouChecklist),
        Row(code: "RO-04", zh: "教职工防控培训", en: "Staff trained",
            checks: [("staff_training_done", "已开展全员防控培训", "all staff trained")], evidence: [("staff_training_record", "培训记录", "training record")], mandatory: true, source: ReopeningDocuments.taizhouChecklist),
        Row(code: "RO-05", zh: "防控物资储备", en: "Supplies stocked",
            checks: [("supplies_stocked", "口罩、消毒用品、测温设备储备到位", "masks, disinfectant and thermometers stocked")], evidence: [], mandatory: true, source: ReopeningDocuments.taizhouChecklist),
        Row(code: "RO-06", zh: "清洁消毒并经验收", en: "Cleaned, disinfected and approved",
            checks: [("disinfection_done", "已完成全面清洁消毒", "cleaning and disinfection done"), ("disinfection_accepted", "消毒经卫生部门验收", "approved by the health department")],
            evidence: [("disinfection_record", "消毒与验收记录", "disinfection and approval record")], mandatory: true, source: ReopeningDocuments.zhejiangGuidance),
        Row(code: "RO-07", zh: "入校健康码查验与体温检测", en: "Health code and temperature check at entry",
            checks: [("entry_screening_ready", "入口查验健康码并测温", "health code and temperature checked at the gate")], evidence: [], mandatory: true, source: ReopeningDocuments.zhejiangGuidance),
        Row(code: "RO-08", zh: "应急预案与演练", en: "Contingency plan and drill",
            checks: [("contingency_plan", "已制定应急预案", "contingency plan in place"), ("drill_held", "已开展应急演练", "drill held")],
            evidence: [("drill_record", "演练记录", "drill record")], mandatory: true, source: ReopeningDocuments.taizhouChecklist),
        Row(code: "RO-09", zh: "卫生健康部门派驻防疫指导员", en: "Health adviser from the health department",
            checks: [("health_adviser_assigned", "防疫指导员已到位", "health adviser assigned")], evidence: [], mandatory: true, source: ReopeningDocuments.zhejiangGuidance),
        Row(code: "RO-10", zh: "缺勤追踪登记", en: "Absence tracking",
            checks: [("absence_tracking", "已建立缺勤追踪登记制度", "absence tracking in place")], evidence: [], mandatory: true, source: ReopeningDocuments.zhejiangGuidance),
        Row(code: "RO-11", zh: "校园管理制度", en: "Campus rules",
            checks: [("campus_rules", "校园封闭管理等制度完善", "campus rules in place")], evidence: [], mandatory: false, source: ReopeningDocuments.taizhouChecklist),
        Row(code: "RO-12", zh: "开学后防控措施", en: "Controls after opening",
            checks: [("post_opening_controls", "开学后防控措施明确", "post-opening controls set")], evidence: [], mandatory: false, source: ReopeningDocuments.taizhouChecklist),
        Row(code: "RO-13", zh: "教学安排", en: "Teaching arrangements",
            checks: [("teaching_arrangements", "教学衔接安排到位", "teaching arrangements made")], evidence: [], mandatory: false, source: ReopeningDocuments.taizhouChecklist),
    ]
}
