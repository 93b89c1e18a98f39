#!/usr/bin/env python3
"""Generates Examples/compulsory-basic-balance-monitoring/county.json: a synthetic certified county.

SYNTHETIC DATA. The region code 339902 is not a real county; every figure is drawn from a fixed
seed so the file is the same on every run. 14 primary schools and 8 junior schools (two of them
parts of 九年一贯制 schools, entered per 学段 as the 2012 practice does), plus the previous year's
coefficients. The county stays inside both composite limits; a few coefficients are set to have
grown since the previous year, so the monitoring warning shows.
Run from the repository root: python3 Tools/examples/generate_basic_balance.py
"""
import json
import math
import pathlib
import random

SEED = 20120120
OUT = pathlib.Path("Examples/compulsory-basic-balance-monitoring/county.json")
RESOURCES = [  # (key, field, primary per pupil, junior per pupil, integer?)
    ("teaching_area", "teaching_aux_floor_area_m2", 4.6, 5.9, False),
    ("sports_area", "sports_venue_area_m2", 8.5, 11.5, False),
    ("equipment_value", "equipment_value_yuan", 2300, 2900, False),
    ("computers", "computers", 0.13, 0.16, True),
    ("books", "books", 32, 42, True),
    ("teacher_ratio", "full_time_teachers", 0.056, 0.082, True),
    ("qualified_teachers", "qualified_teachers", 0, 0, True),  # a share of the teachers
    ("senior_title_teachers", "intermediate_title_teachers", 0, 0, True),  # a share of the teachers
]


def school(rng, ident, name, kind, pupils, parent=None):
    fields = {"pupils": pupils}
    for _key, field, primary, junior, integer in RESOURCES:
        per_pupil = (primary if kind == "primary" else junior) * rng.uniform(0.6, 1.6)
        amount = pupils * per_pupil
        fields[field] = int(round(amount)) if integer else round(amount, 1)
    # The teacher sub-counts are shares of the school's own teachers.
    teachers = fields["full_time_teachers"]
    fields["qualified_teachers"] = int(round(teachers * rng.uniform(0.6, 0.97)))
    fields["intermediate_title_teachers"] = int(round(teachers * rng.uniform(0.35, 0.7)))
    if parent:
        fields["parent_school"] = parent
    return {"id": ident, "name": name, "kind": kind, "fields": fields}


def weighted_cv(units, field, scale):
    pupils = [u["fields"]["pupils"] for u in units]
    amounts = [u["fields"][field] for u in units]
    total = sum(pupils)
    mean = sum(amounts) / total * scale
    var = sum(p / total * (a / p * scale - mean) ** 2 for p, a in zip(pupils, amounts))
    return math.sqrt(var) / mean


def main():
    rng = random.Random(SEED)
    units = [school(rng, f"P{i:02d}", f"合成第{i}小学", "primary", rng.randrange(120, 1800, 10)) for i in range(1, 13)]
    units += [school(rng, f"J{i:02d}", f"合成第{i}初中", "junior", rng.randrange(300, 1600, 10)) for i in range(1, 7)]
    for i, ident in enumerate(["N01", "N02"], start=1):
        parent = f"合成第{i}九年一贯制学校"
        units.append(school(rng, f"{ident}-P", f"{parent}小学部", "primary", rng.randrange(200, 700, 10), parent))
        units.append(school(rng, f"{ident}-J", f"{parent}初中部", "junior", rng.randrange(150, 500, 10), parent))
    facts = {"certification_year": 2015}
    for stage in ("primary", "junior"):
        members = [u for u in units if u["kind"] == stage]
        singles = []
        for index, (key, field, _p, _j, _i) in enumerate(RESOURCES):
            cv = weighted_cv(members, field, 1)
            singles.append(cv)
            # Most coefficients narrowed since last year; two per stage grew.
            change = -0.02 if index not in (1, 4) else 0.015
            facts[f"previous_cv_{key}_{stage}"] = round(max(cv - change, 0), 3)
        facts[f"previous_cv_composite_{stage}"] = round(sum(singles) / len(singles) + 0.01, 3)
    county = {
        "assessment": "compulsory-basic-balance-monitoring",
        "subject": {"kind": "county", "code": "339902", "name": "合成县（示例数据）"},
        "period": "2023-2024",
        "facts": facts,
        "units": units,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(county, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(units)} school records")


if __name__ == "__main__":
    main()
