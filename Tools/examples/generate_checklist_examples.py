#!/usr/bin/env python3
"""Generates the synthetic inputs of the five assessments scored by checklists and score rates:

  Examples/zj-school-reopening-check/county.json        one county, 16 schools checked before reopening;
  Examples/responsible-inspector-coverage/county.json   one county, 42 schools in 3 inspector zones;
  Examples/zj-kindergarten-grading/kindergartens.json   8 kindergartens' area score rates;
  Examples/zj-modern-school/schools.json                8 schools of the six types, focus-area score rates;
  Examples/zj-basic-education-ecology/counties.json     6 counties' monitoring-point figures.

SYNTHETIC DATA. Region codes 3399xx are not real and every name begins 合成. The inputs are what
a county or an assessment team reports (answers, counts, rates); no threshold of any standard is
written here: those are parameters of the assessments' editions. The field names are read from
the assessments' sources and packs, so the files follow their schemas. A fixed seed makes every run write
the same files. Run from the repository root: python3 Tools/examples/generate_checklist_examples.py
"""
import json
import pathlib
import random
import re

SEED = 20240901
PLUGINS = pathlib.Path("Plugins")


def write(path, value):
    path = pathlib.Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    count = len(value) if isinstance(value, list) else len(value["units"])
    print(f"wrote {path}: {count} records")


def reopening(rng):
    # The checklist's fields, in the pack's order: yes/no checks and the evidence each names.
    schema = (PLUGINS / "SchoolReopening/pack.yaml").read_text(encoding="utf-8")
    fields_of_pack = re.findall(r'- \{key: ([a-z_]+), type: (boolean|text),.*?label: \{zh: "([^"]+)"', schema)
    kinds = ["kindergarten", "primary", "primary", "junior", "senior"]
    units = []
    for number in range(1, 17):
        fields = {}
        for key, kind, zh in fields_of_pack:
            fields[key] = True if kind == "boolean" else f"合成第{number}校{zh}（2020-04）"
        units.append({"id": f"339903{number:04d}", "name": f"合成第{number}校", "kind": kinds[number % len(kinds)], "fields": fields})
    # Three schools not ready on the day: one whose disinfection is not yet approved, one without a
    # drill record, one whose teaching arrangements (reported only) are late.
    units[4]["fields"]["disinfection_accepted"] = False
    del units[9]["fields"]["drill_record"]
    units[12]["fields"]["teaching_arrangements"] = False
    write(
        "Examples/zj-school-reopening-check/county.json",
        {"assessment": "zj-school-reopening-check", "subject": {"kind": "county", "code": "339903", "name": "合成县（示例数据）"}, "period": "2020-04-20", "units": units},
    )


def inspectors(rng):
    units = []
    kinds = ["kindergarten", "primary", "primary", "junior", "nine_year", "senior"]
    number = 0
    for zone, count in (("Z1", 16), ("Z2", 14), ("Z3", 12)):
        for index in range(count):
            number += 1
            inspector = f"{zone}-D{index // 5 + 1}"
            units.append(
                {
                    "id": f"339904{number:04d}",
                    "name": f"合成第{number}校",
                    "kind": kinds[number % len(kinds)],
                    "fields": {"inspector_id": inspector, "zone_id": zone, "regular_visits": rng.randint(10, 12), "plaque_displayed": True},
                }
            )
    # Gaps a real roll-up finds: a new school without an inspector yet, one visited too rarely,
    # one whose plaque is not up.
    units[7]["fields"]["inspector_id"] = ""
    units[20]["fields"]["regular_visits"] = 6
    units[33]["fields"]["plaque_displayed"] = False
    write(
        "Examples/responsible-inspector-coverage/county.json",
        {
            "assessment": "responsible-inspector-coverage",
            "subject": {"kind": "county", "code": "339904", "name": "合成县（示例数据）"},
            "period": "2024-2025",
            "facts": {"period_months": 10},
            "units": units,
        },
    )


def rates(rng, count, low, high):
    return {f"score_rate_{area}": round(rng.uniform(low, high), 3) for area in range(1, count + 1)}


def kindergartens(rng):
    inputs = []
    for number in range(1, 9):
        low, high = ((0.55, 0.75), (0.7, 0.85), (0.8, 0.97))[number % 3]
        facts = rates(rng, 7, low, high)
        facts["major_safety_accident"] = number == 5
        facts["years_since_last_grading"] = rng.choice([1, 2, 3, 4, 5])
        inputs.append(
            {
                "assessment": "zj-kindergarten-grading",
                "subject": {"kind": "kindergarten", "code": f"339905{number:04d}", "name": f"合成第{number}幼儿园"},
                "period": "2024-2025",
                "facts": facts,
            }
        )
    write("Examples/zj-kindergarten-grading/kindergartens.json", inputs)


def modern_schools(rng):
    schema = (PLUGINS / "ModernSchool/schema.yaml").read_text(encoding="utf-8")
    types = re.search(r"key: school_type\n(?:      .*\n)*?      allowed: \[(.*?)\]", schema).group(1)
    types = [name.strip() for name in types.split(",")]
    inputs = []
    for number in range(1, 9):
        facts = rates(rng, 5, 0.74, 0.97)
        facts["school_type"] = types[number % len(types)]
        inputs.append(
            {
                "assessment": "zj-modern-school",
                "subject": {"kind": "school", "code": f"339906{number:04d}", "name": f"合成第{number}校"},
                "period": "2020-2021",
                "facts": facts,
            }
        )
    write("Examples/zj-modern-school/schools.json", inputs)


def ecology(rng):
    tree = (PLUGINS / "EducationEcology/tree.yaml").read_text(encoding="utf-8")
    nodes, downgrades = tree.split("\n  bands:\n")[0], tree.split("\n  downgrades:\n")[1]
    points = []
    for block in nodes.split("\n    - code: ")[1:]:
        field = re.search(r"^      field: (\w+)$", block, re.M)
        if field:
            comparator = re.search(r"^      comparator: (\w+)$", block, re.M)
            unit = re.search(r'^      unit: "?([^"\n]+)"?$', block, re.M)
            points.append((field.group(1), comparator.group(1) if comparator else "at_least", unit.group(1) if unit else ""))
    anomalies = re.findall(r"^      field: (\w+)$", downgrades.split("\nprovince:")[0], re.M)
    inputs = []
    for number in range(1, 7):
        facts = {}
        for field, comparator, unit in points:
            if comparator == "is_true":
                facts[field] = rng.random() > 0.15
            elif unit == "件":
                facts[field] = rng.choice([0, 0, 0, 1, 2])
            elif field.endswith("_cv"):
                facts[field] = round(rng.uniform(0.25, 0.55), 3)
            elif field in ("myopia_rate", "private_tutoring_share"):
                facts[field] = round(rng.uniform(0.1, 0.6), 3)
            else:
                facts[field] = round(rng.uniform(0.6, 0.99), 3)
        for field in anomalies:
            facts[field] = number == 4 and field == anomalies[0]
        inputs.append(
            {
                "assessment": "zj-basic-education-ecology",
                "subject": {"kind": "county", "code": f"3399{number + 10:02d}", "name": f"合成第{number}县"},
                "period": "2021",
                "facts": facts,
            }
        )
    write("Examples/zj-basic-education-ecology/counties.json", inputs)


def main():
    rng = random.Random(SEED)
    reopening(rng)
    inspectors(rng)
    kindergartens(rng)
    modern_schools(rng)
    ecology(rng)


if __name__ == "__main__":
    main()
