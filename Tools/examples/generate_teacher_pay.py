#!/usr/bin/env python3
"""Generates the synthetic teacher-pay data sets under Examples/teacher-pay-parity/.

SYNTHETIC DATA. Region codes 3398xx and 3399xx are not real; two made-up cities of ten counties
each. Figures are drawn from a fixed seed, so every run writes the same files:
  province.json  a JSON array of 20 AssessmentInput, one per county, some below the line;
  county.json    one county above the line.
Run from the repository root: python3 Tools/examples/generate_teacher_pay.py
"""
import json
import pathlib
import random

SEED = 20200318
YEAR = 2023
OUT = pathlib.Path("Examples/teacher-pay-parity")
# Counties whose teachers earn less than their civil servants (by index), and one without a
# linkage mechanism.
BELOW = {3, 7, 12, 16, 18}
NO_LINKAGE = {9}


def county(rng, city, number, index):
    teachers = rng.randrange(1200, 6000, 10)
    civil = rng.randrange(900, 3500, 10)
    cs_basic, cs_allow, cs_bonus, cs_local = (
        rng.uniform(36_000, 42_000),
        rng.uniform(40_000, 52_000),
        rng.uniform(7_000, 9_500),
        rng.uniform(15_000, 30_000),
    )
    cs_average = cs_basic + cs_allow + cs_bonus + cs_local
    ratio = rng.uniform(0.88, 0.98) if index in BELOW else rng.uniform(1.005, 1.10)
    t_basic = rng.uniform(38_000, 44_000)
    t_allow = rng.uniform(8_000, 12_000)
    t_perf = cs_average * ratio - t_basic - t_allow
    code = f"{city}{number:02d}"
    return {
        "assessment": "teacher-pay-parity",
        "subject": {"kind": "county", "code": code, "name": f"合成{city[2:]}市第{number}县"},
        "period": str(YEAR),
        "facts": {
            "teacher_basic_pay_yuan": round(t_basic * teachers, 2),
            "teacher_allowances_yuan": round(t_allow * teachers, 2),
            "teacher_performance_pay_yuan": {
                "value": round(t_perf * teachers, 2),
                "source": "县教育局、人社局工资发放数据（合成）",
                "year": YEAR,
            },
            "teacher_employer_contributions_yuan": round(rng.uniform(30_000, 38_000) * teachers, 2),
            "cs_basic_pay_yuan": round(cs_basic * civil, 2),
            "cs_allowances_yuan": round(cs_allow * civil, 2),
            "cs_year_end_bonus_yuan": round(cs_bonus * civil, 2),
            "cs_local_rewards_yuan": round(cs_local * civil, 2),
            "teacher_headcount": float(teachers),
            "civil_servant_headcount": float(civil),
            "pay_data_year": YEAR,
            "linkage_mechanism_established": index not in NO_LINKAGE,
            "funding_mechanism_established": rng.random() > 0.2,
        },
    }


def main():
    rng = random.Random(SEED)
    counties = [county(rng, city, number, index)
                for index, (city, number) in enumerate([("3398", n) for n in range(1, 11)] + [("3399", n) for n in range(1, 11)])]
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "province.json").write_text(json.dumps(counties, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    single = county(random.Random(SEED + 1), "3399", 1, 0)
    (OUT / "county.json").write_text(json.dumps(single, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT}/province.json ({len(counties)} counties, {len(BELOW)} below the line) and {OUT}/county.json")


if __name__ == "__main__":
    main()
