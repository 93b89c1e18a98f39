#!/usr/bin/env python3
"""Generates Examples/zj-government-education-duty/province.json: SYNTHETIC data.

One AssessmentInput per synthetic city (11) and county (90) for the 2024 evaluation year: each
item's degree of completion (0 … 1) and the downgrade conditions. The item fields are read from the
module's item table. Values come from a latent level per government and a fixed seed; nothing here
is real data. Run from the package root:  python3 Tools/examples/generate_duty_province.py
"""
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from synthetic_counties import CITIES, counties  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
TABLE = os.path.join(ROOT, "Plugins", "DutyEvaluation", "Sources", "DutyItems.swift")
OUT = os.path.join(ROOT, "Examples", "zj-government-education-duty", "province.json")
SEED = 20240101


def fields():
    with open(TABLE, encoding="utf-8") as handle:
        text = handle.read()
    items = re.findall(r'field: "(\w+)"\)', text)
    downgrades = re.findall(r'\("DUTY-[DC]\d", "[^"]+", "[^"]+", "(\w+)", (?:true|false)\)', text)
    return items, downgrades


def main():
    rng = random.Random(SEED)
    items, downgrades = fields()
    assert len(items) == 15 and len(downgrades) == 7, (len(items), len(downgrades))
    subjects = [(f"{prefix}00", f"合成{city}市", "city") for prefix, city, _ in CITIES]
    subjects += [(code, name, "county") for code, name, _ in counties()]
    inputs = []
    for code, name, kind in sorted(subjects):
        level = rng.gauss(0.86, 0.06)
        facts = {key: round(min(1.0, max(0.3, rng.gauss(level, 0.08))), 3) for key in items}
        facts.update({key: rng.random() < 0.04 for key in downgrades})
        inputs.append({
            "assessment": "zj-government-education-duty",
            "subject": {"kind": kind, "code": code, "name": name},
            "period": "2024",
            "facts": facts,
            "units": [],
        })
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as handle:
        json.dump(inputs, handle, ensure_ascii=False, indent=1, sort_keys=True)
        handle.write("\n")
    print(f"wrote {len(inputs)} synthetic inputs to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
