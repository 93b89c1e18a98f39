#!/usr/bin/env python3
"""Generates the synthetic data sets under Examples/preschool-universal-inclusive/.

SYNTHETIC DATA. Region codes 3399xx are not real counties; every figure is drawn from a fixed
seed so the files are the same on every run.
  county.json    one county built to pass every indicator of the 2020 edition, with a few
                 kindergartens short of space to show the per-kindergarten breakdown;
  province.json  a province's batch of six counties, three of them sampled for the national
                 check; one sampled county's gross enrolment rate is below 85%, which stops
                 the whole batch.
Run from the repository root: python3 Tools/examples/generate_preschool_coverage.py
"""
import json
import pathlib
import random

SEED = 20200301
OUT = pathlib.Path("Examples/preschool-universal-inclusive/county.json")


def kindergarten(rng, index, ownership, planned_year, short_of_space=False):
    children = rng.randrange(120, 420, 10)
    teachers = -(-children // rng.choice([11, 12, 13]))
    classes = -(-children // 28)
    outdoor = rng.uniform(4.3, 6.5)
    if short_of_space:
        outdoor = rng.uniform(2.8, 3.8)
    return {
        "id": f"KG{index:03d}",
        "name": f"合成第{index}幼儿园",
        "kind": "kindergarten",
        "fields": {
            "ownership": ownership,
            "enrolled_children": {"value": children, "source": "教育事业统计 基础基411（合成）", "year": 2023},
            "full_time_teachers": teachers,
            "certified_teachers": teachers,
            "principal_certified": True,
            "classes": classes,
            "classes_within_size_limit": classes if rng.random() > 0.08 else classes - 1,
            "outdoor_play_area_m2": round(children * outdoor, 1),
            "activity_room_area_m2": round(children * rng.uniform(8.4, 10.0), 1),
            "building_area_m2": round(children * rng.uniform(10.8, 13.5), 1),
            "planned_year": planned_year,
        },
    }


def county(seed, code, name, sampled, enrolment_rate=0.93):
    rng = random.Random(seed)
    plan = (
        [("public", rng.choice([2018, 2019, 2020, 2021]), False) for _ in range(8)]
        + [("public", rng.randrange(1995, 2016), index in (2, 5)) for index in range(6)]
        + [("inclusive_private", rng.randrange(2005, 2016), index == 3) for index in range(8)]
        + [("other_private", rng.randrange(2008, 2016), False) for _ in range(2)]
    )
    units = [kindergarten(rng, index + 1, *entry) for index, entry in enumerate(plan)]
    enrolled = sum(unit["fields"]["enrolled_children"]["value"] for unit in units)
    return {
        "assessment": "preschool-universal-inclusive",
        "subject": {"kind": "county", "code": code, "name": name},
        "period": "2023-2024",
        "facts": {
            "resident_children_3_5": {
                "value": int(enrolled / enrolment_rate),
                "source": "统计部门常住人口 3–5 周岁（合成）",
                "year": 2023,
            },
            "public_funding_per_child_yuan": 800.0,
            "inclusive_subsidy_per_child_yuan": 600.0,
            "public_staff_teacher_pay_total_yuan": 41_760_000.0,
            "public_staff_teachers": 348,
            "public_non_staff_teacher_pay_total_yuan": 10_600_000.0,
            "public_non_staff_teachers": 116,
            "social_recognition_rate": 0.917,
            "data_falsified": False,
            "serious_public_complaints": False,
            "sampled_for_national_check": sampled,
        },
        "units": units,
    }


def main():
    single = county(SEED, "339901", "合成县（示例数据）", True)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(single, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    batch = [
        county(SEED + number, f"3399{number:02d}", f"合成第{number}县", number in (1, 3, 5), 0.80 if number == 3 else 0.93)
        for number in range(1, 7)
    ]
    (OUT.parent / "province.json").write_text(json.dumps(batch, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(single['units'])} kindergartens) and {OUT.parent / 'province.json'} ({len(batch)} counties)")


if __name__ == "__main__":
    main()
