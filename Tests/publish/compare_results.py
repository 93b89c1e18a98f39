"""Two results of `dudao evaluate --format json` are the same evaluation of the same input."""
import json
import sys

first, second = (json.load(open(path, encoding="utf-8")) for path in sys.argv[1:3])
for key in ["verdict", "inputDigest", "indicators", "findings", "reasons"]:
    assert first[key] == second[key], f"{key} differs"
print(f"   same verdict ({first['verdict']}), same input digest, same {len(first['indicators'])} indicators")
