#!/usr/bin/env python3
"""Generates Examples/zj-county-education-modernization/province.json: SYNTHETIC data.

One AssessmentInput per synthetic county (90) and development zone (2) for the 2017 data year.
The leaf fields, their kinds and targets are read from the standard pack (tree.yaml and
editions.yaml), so the data follow the standard. Values come from a latent "development level" per county and a fixed seed, tuned
so that composite scores spread like the published 2017 results (mean about 67). Nothing here is
real data. Run from the package root:  python3 Tools/examples/generate_modernization_province.py
"""
import json
import math
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from synthetic_counties import counties, zones  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PACK = os.path.join(ROOT, "Plugins", "Modernization")
OUT = os.path.join(ROOT, "Examples", "zj-county-education-modernization", "province.json")
SEED = 20170101

def leaves():
    """(field, kind, target, comparator) of every leaf of the tree, in the tree's order."""
    with open(os.path.join(PACK, "editions.yaml"), encoding="utf-8") as handle:
        targets = dict(re.findall(r"^      - key: (target\.[\w.-]+)\n        value: ([-\d.]+)$", handle.read(), re.M))
    with open(os.path.join(PACK, "tree.yaml"), encoding="utf-8") as handle:
        nodes = handle.read().split("\n  bands:\n")[0]
    table = []
    for block in nodes.split("\n    - code: ")[1:]:
        field = re.search(r"^      field: (\w+)$", block, re.M)
        if not field:
            continue
        target = re.search(r"^      target: (\S+)$", block, re.M).group(1)
        comparator = re.search(r"^      comparator: (\w+)$", block, re.M)
        comparator = comparator.group(1) if comparator else "at_least"
        unit = re.search(r'^      unit: "?([^"\n]+)"?$', block, re.M)
        unit = unit.group(1) if unit else ""
        # The kind of figure follows from how the tree compares it and its unit.
        if comparator == "is_true":
            kind = "yesNo"
        elif comparator == "above":
            kind = "growth"
        elif unit == ":1":
            kind = "ratio"
        elif unit == "%":
            kind = "fraction"
        else:
            kind = "coefficient"
        table.append((field.group(1), kind, float(targets[target]), comparator))
    return table


def value(rng, kind, target, comparator, level):
    """A value that meets the target with a probability rising with the county's level."""
    meets = rng.random() < 1 / (1 + math.exp(-(0.1 + 0.45 * level)))
    if kind == "yesNo":
        return meets
    if kind == "growth":
        return round(rng.uniform(0.01, 0.12), 4) if meets else round(rng.uniform(-0.08, 0.0), 4)
    if kind == "fraction":
        if meets:
            return round(rng.uniform(target, 1.0) if target < 1 else 1.0, 4)
        return round(target * rng.uniform(0.3, 0.9), 4)
    if kind == "ratio":
        return round(target * (rng.uniform(0.75, 1.0) if meets else rng.uniform(1.3, 2.4)), 2)
    if kind == "coefficient":
        return round(target * (rng.uniform(0.5, 1.0) if meets else rng.uniform(1.4, 2.5)), 3)
    raise ValueError(kind)


def main():
    rng = random.Random(SEED)
    table = leaves()
    assert len(table) == 55, len(table)
    subjects = [(code, name, "county") for code, name, _ in counties()] + [(code, name, "zone") for code, name, _ in zones()]
    levels = {code: rng.gauss(0, 1) for code, _, _ in subjects}
    lowest = sorted(levels, key=levels.get)[:4]
    inputs = []
    for code, name, kind in subjects:
        facts = {field: value(rng, k, target, cmp, levels[code]) for field, k, target, cmp in table}
        facts["recognized_modernized"] = code not in lowest
        inputs.append({
            "assessment": "zj-county-education-modernization",
            "subject": {"kind": kind, "code": code, "name": name},
            "period": "2017",
            "facts": facts,
            "units": [],
        })
    # One county reports no satisfaction survey: it stays unscored and unranked, never zero.
    del inputs[-3]["facts"]["public_satisfaction_rate"]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as handle:
        json.dump(inputs, handle, ensure_ascii=False, indent=1, sort_keys=True)
        handle.write("\n")
    print(f"wrote {len(inputs)} synthetic inputs to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
