#!/usr/bin/env python3
"""Generates the shipped 优质均衡 example county (synthetic data, fixed seed).

Writes Examples/compulsory-quality-balance/county.json, county.csv (the same data in the format
DudaoCore's CSVInput reads), county-failing.json (two schools short and one veto item) and
county-2025.json (the same county a year later, for a look-back: one school mended its shortfall,
another fell short).

The county, 示例县, its code 339901 and every school are made up. Resources are drawn as
threshold x a factor in [1.08, 1.45] per school so that the county passes the 2017 edition
with its default (weighted 1 : 1.1 : 1.32) split.

Usage: python3 Tools/examples/generate_quality_balance.py   (from the package root)
"""

import json
import math
import random
from pathlib import Path

SEED = 20240901
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "Examples" / "compulsory-quality-balance"

# 2017 edition thresholds (primary, junior), see QualityBalanceEditions.swift.
THRESHOLDS = {
    "qualified_teachers": (4.2, 5.3),
    "backbone_teachers": (1.0, 1.0),
    "pe_art_teachers": (0.9, 0.9),
    "teaching_aux_floor_area_m2": (4.5, 5.8),
    "sports_venue_area_m2": (7.5, 10.2),
    "equipment_value_yuan": (2000.0, 2500.0),
    "multimedia_classrooms": (2.3, 2.4),
}
PER_100 = {"qualified_teachers", "backbone_teachers", "pe_art_teachers", "multimedia_classrooms"}
TEACHERS = ["qualified_teachers", "backbone_teachers", "pe_art_teachers"]
SHARED = ["teaching_aux_floor_area_m2", "sports_venue_area_m2", "equipment_value_yuan", "multimedia_classrooms"]
WEIGHTS = {"primary": 1.0, "junior": 1.1, "senior": 1.32}
COMPLETE_WEIGHTS = {"junior": 1.0, "senior": 1.2}
# Senior stage: used only to size the whole school's shared resources.
SENIOR = {"teaching_aux_floor_area_m2": 6.5, "sports_venue_area_m2": 11.0, "equipment_value_yuan": 3000.0, "multimedia_classrooms": 2.5}

TOWNS = ["城关", "东湖", "西岭", "南塘", "北溪", "新桥", "石门", "青山", "白沙", "梅林", "枫林", "桃源", "龙潭", "凤鸣", "松岗", "柳营"]


def stage_index(stage):
    return 0 if stage == "primary" else 1


def factor(rng):
    return rng.uniform(1.08, 1.45)


def teachers(rng, pupils, key, stage):
    need = THRESHOLDS[key][stage_index(stage)] * pupils / 100
    return max(1, math.ceil(need * factor(rng)))


def shared_total(rng, key, pupils_by_stage, weights):
    """Smallest total giving every stage its threshold under the weighted split, times a factor."""
    total_weighted = sum(weights.get(s, 1.0) * p for s, p in pupils_by_stage.items())
    need = 0.0
    for stage, pupils in pupils_by_stage.items():
        threshold = SENIOR[key] if stage == "senior" else THRESHOLDS[key][stage_index(stage)]
        scale = 100 if key in PER_100 else 1
        need = max(need, threshold / scale * total_weighted / weights.get(stage, 1.0))
    value = need * factor(rng)
    if key == "multimedia_classrooms":
        return max(1, math.ceil(value))
    if key == "equipment_value_yuan":
        return float(math.ceil(value / 100) * 100)
    return float(round(value, 1))


def school(rng, sid, name, kind, pupils_by_stage):
    fields = {}
    for stage, pupils in pupils_by_stage.items():
        fields[f"{stage}_pupils"] = pupils
    compulsory = {s: p for s, p in pupils_by_stage.items() if s != "senior"}
    for stage, pupils in compulsory.items():
        for key in TEACHERS:
            fields[f"{stage}_{key}"] = teachers(rng, pupils, key, stage)
    weights = COMPLETE_WEIGHTS if kind == "complete_secondary" else WEIGHTS
    if len(pupils_by_stage) == 1:
        weights = {s: 1.0 for s in pupils_by_stage}
    for key in SHARED:
        fields[key] = shared_total(rng, key, pupils_by_stage, weights)
    classes = 0
    for stage, pupils in compulsory.items():
        per_class = 40 if stage == "primary" else 45
        if kind == "teaching_point":
            size = min(pupils, rng.randint(10, 25))
        else:
            size = min(pupils, rng.randint(36, 45) if stage == "primary" else rng.randint(40, 50))
        fields[f"{stage}_max_class_size"] = size
        classes += max(1, math.ceil(pupils / per_class))
    if kind != "teaching_point":
        rooms = max(1, math.ceil(classes / 12))
        fields["classes"] = classes
        fields["music_rooms"] = rooms + rng.choice([0, 0, 1])
        fields["art_rooms"] = rooms + rng.choice([0, 0, 1])
    return {"id": sid, "name": name, "kind": kind, "fields": fields}


def build_county(rng):
    units = []
    for i in range(30):
        town = TOWNS[i % len(TOWNS)]
        name = f"示例县{town}中心小学" if i < len(TOWNS) else f"示例县{town}第二小学"
        pupils = rng.randint(380, 1900) if i < 20 else rng.randint(120, 420)
        units.append(school(rng, f"339901-P{i + 1:02d}", name, "primary", {"primary": pupils}))
    for i in range(13):
        town = TOWNS[i % len(TOWNS)]
        pupils = rng.randint(350, 1800) if i < 9 else rng.randint(150, 380)
        units.append(school(rng, f"339901-J{i + 1:02d}", f"示例县{town}初级中学", "junior", {"junior": pupils}))
    for i in range(5):
        town = TOWNS[(i + 5) % len(TOWNS)]
        primary = rng.randint(300, 1200)
        junior = rng.randint(200, min(900, 2450 - primary))
        units.append(school(rng, f"339901-N{i + 1:02d}", f"示例县{town}九年一贯制学校", "nine_year", {"primary": primary, "junior": junior}))
    units.append(
        school(rng, "339901-T01", "示例县实验学校（十二年一贯制）", "twelve_year", {"primary": 1100, "junior": 820, "senior": 960})
    )
    units.append(school(rng, "339901-C01", "示例县第二中学（完全中学）", "complete_secondary", {"junior": 760, "senior": 1100}))
    point_pupils = [23, 38, 46, 52, 64, 77, 88, 95, 118]
    for i, pupils in enumerate(point_pupils):
        town = TOWNS[(i + 3) % len(TOWNS)]
        units.append(school(rng, f"339901-D{i + 1:02d}", f"示例县{town}镇{['上', '下', '里', '外', '岙', '坑', '垟', '坪', '岗'][i]}村教学点", "teaching_point", {"primary": pupils}))
    units.append({"id": "339901-S01", "name": "示例县特殊教育学校", "kind": "special", "fields": {"primary_pupils": 96, "junior_pupils": 58}})
    near_misses(units)
    return units


def near_misses(units):
    """As in real counties, a few schools fall short on one indicator but stay above 85% of it.

    They keep the county passing (6 of 7 met, the seventh at 92-96%) and show up as findings.
    """
    for unit in units:
        fields = unit["fields"]
        if unit["id"] == "339901-P15":
            fields["sports_venue_area_m2"] = round(fields["primary_pupils"] * 7.5 * 0.92, 1)
        if unit["id"] == "339901-P26":
            fields["multimedia_classrooms"] = math.floor(fields["primary_pupils"] * 2.3 * 0.96 / 100)
        if unit["id"] == "339901-J09":
            fields["equipment_value_yuan"] = float(math.floor(fields["junior_pupils"] * 2500 * 0.94 / 100) * 100)


FACTS = {
    "basic_balance_certified_year": 2018,
    "basic_balance_monitoring_maintained": True,
    "gov_school_network_planned": True,
    "gov_four_unified_standards": True,
    "gov_small_school_funding_as_100": True,
    "special_school_public_funds_per_pupil_yuan": 7600.0,
    "teacher_average_pay_yuan": 151800.0,
    "civil_servant_average_pay_yuan": 149200.0,
    "teacher_training_completion_rate": 1.0,
    "gov_staffing_allocated_by_county": True,
    "teacher_rotation_rate": 0.126,
    "rotated_backbone_share": 0.231,
    "teacher_certificate_rate": 1.0,
    "primary_nearby_enrolment_rate": 1.0,
    "junior_nearby_enrolment_rate": 0.972,
    "senior_places_allocated_share": 0.56,
    "left_behind_care_system_in_place": True,
    "migrant_children_public_share": 0.934,
    "junior_retention_rate": 0.991,
    "disabled_children_enrolment_rate": 0.976,
    "schools_have_charter_and_ict_management": True,
    "lowest_school_training_budget_share": 0.062,
    "ict_used_in_teaching": True,
    "moral_education_rated_good": True,
    "full_curriculum_delivered": True,
    "homework_burden_within_limits": True,
    "monitoring_level_iii_attained": True,
    "monitoring_school_difference_rate": 0.118,
    "social_recognition_rate": 0.912,
    "veto_exam_admission_occurred": False,
    "veto_illegal_school_choice_occurred": False,
    "veto_key_schools_or_classes_occurred": False,
}

NOTE = "合成数据（synthetic）：示例县、代码 339901 及全部学校均为虚构，仅用于演示与测试。Synthetic data: the county, its code and every school are made up."


def county_input(code, name, units, facts, period="2024-2025"):
    return {
        "_comment": NOTE,
        "assessment": "compulsory-quality-balance",
        "subject": {"kind": "county", "code": code, "name": name},
        "period": period,
        "facts": facts,
        "units": units,
    }


def scalar(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def quote(cell):
    if any(c in cell for c in ',"\r\n') or cell != cell.strip() or cell.startswith("#"):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def render_csv(data):
    """Mirrors CSVInput.render: preamble, then id,name,kind and the sorted field keys."""
    subject = data["subject"]
    lines = [
        f"# assessment: {data['assessment']}",
        f"# subject: {subject['kind']} {subject['code']} {subject['name']}",
        f"# period: {data['period']}",
    ]
    for key in sorted(data["facts"]):
        lines.append(f"# fact {key}: {scalar(data['facts'][key])}")
    keys = sorted({key for unit in data["units"] for key in unit["fields"]})
    lines.append(",".join(quote(c) for c in ["id", "name", "kind"] + keys))
    for unit in data["units"]:
        cells = [quote(unit["id"]), quote(unit["name"]), quote(unit["kind"])]
        cells += [scalar(unit["fields"][k]) if k in unit["fields"] else "" for k in keys]
        lines.append(",".join(cells))
    return "\n".join(lines) + "\n"


def failing_variant(units):
    """Two schools short and one veto item, on a copy of the passing county."""
    units = json.loads(json.dumps(units))
    for unit in units:
        fields = unit["fields"]
        if unit["id"] == "339901-P07":
            # Two indicators below threshold: teaching area 4.2 of 4.5 ㎡ and multimedia 2.0 of 2.3.
            pupils = fields["primary_pupils"]
            fields["teaching_aux_floor_area_m2"] = round(pupils * 4.2, 1)
            fields["multimedia_classrooms"] = math.floor(pupils * 2.0 / 100)
        if unit["id"] == "339901-J04":
            # One indicator below 85% of its threshold: sports venue 8.0 of 10.2 ㎡ (78%).
            fields["sports_venue_area_m2"] = round(fields["junior_pupils"] * 8.0, 1)
    facts = dict(FACTS)
    facts["veto_illegal_school_choice_occurred"] = True
    return county_input("339903", "示例县丙 (synthetic)", units, facts)


def next_year_variant(units):
    """The same county in 2025-2026, for a look-back (回头看) against the 2024-2025 record.

    Enrolment drifts a little (pupils are left as they were, so per-pupil figures move only where
    a school changed). 339901-P15 built a new sports ground (7.5 -> 8.1 m2 a pupil: now met);
    339901-J09 bought equipment (now met); 339901-P07 lost teaching space to a new canteen
    (4.5+ -> 4.3 m2 a pupil: now short). Rotation, recognition and the monitoring difference rate
    improve a little, as a year of work would make them.
    """
    units = json.loads(json.dumps(units))
    for unit in units:
        fields = unit["fields"]
        if unit["id"] == "339901-P15":
            fields["sports_venue_area_m2"] = round(fields["primary_pupils"] * 8.1, 1)
        if unit["id"] == "339901-J09":
            fields["equipment_value_yuan"] = float(math.ceil(fields["junior_pupils"] * 2500 * 1.06 / 100) * 100)
        if unit["id"] == "339901-P07":
            fields["teaching_aux_floor_area_m2"] = round(fields["primary_pupils"] * 4.3, 1)
    facts = dict(FACTS)
    facts["teacher_rotation_rate"] = 0.141
    facts["rotated_backbone_share"] = 0.246
    facts["social_recognition_rate"] = 0.927
    facts["monitoring_school_difference_rate"] = 0.109
    facts["teacher_average_pay_yuan"] = 156300.0
    facts["civil_servant_average_pay_yuan"] = 153100.0
    return county_input("339901", "示例县 (synthetic)", units, facts, period="2025-2026")


def main():
    rng = random.Random(SEED)
    units = build_county(rng)
    county = county_input("339901", "示例县 (synthetic)", units, FACTS)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "county.json").write_text(json.dumps(county, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    csv = "## " + NOTE + "\n" + render_csv(county)
    (OUT / "county.csv").write_text(csv, encoding="utf-8")
    (OUT / "county-failing.json").write_text(
        json.dumps(failing_variant(units), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    (OUT / "county-2025.json").write_text(
        json.dumps(next_year_variant(units), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print(f"wrote {len(units)} schools to {OUT}")


if __name__ == "__main__":
    main()
