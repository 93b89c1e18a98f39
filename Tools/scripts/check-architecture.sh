#!/usr/bin/env bash
# Fails when the layer table in Sources/DudaoCore/Docs.docc/Architecture.md and the target graph of
# Package.swift (from `swift package dump-package`) disagree: a target missing from either, or a
# dependency on another target of the package that one side has and the other has not.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

swift package dump-package | python3 -c '
import json, re, sys

package = json.load(sys.stdin)
targets = {t["name"]: t for t in package["targets"] if t["type"] != "test"}
def internal(target):
    names = set()
    for dependency in target["dependencies"]:
        for kind in ("byName", "target"):
            if kind in dependency and dependency[kind][0] in targets:
                names.add(dependency[kind][0])
    return names
actual = {name: internal(target) for name, target in targets.items()}
plugins = {name for name, target in targets.items() if (target.get("path") or "").startswith("Plugins/")}

text = open("Sources/DudaoCore/Docs.docc/Architecture.md", encoding="utf-8").read()
section = text.split("<!-- layers:begin -->", 1)[1].split("<!-- layers:end -->", 1)[0]
documented = {}
for line in section.splitlines():
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    if len(cells) != 2 or not cells[0].startswith("`"):
        continue
    names = re.findall(r"`([^`]+)`", cells[0])[:1]
    dependencies = set(re.findall(r"`([^`]+)`", cells[1]))
    if names == ["<Topic>Assessment"]:
        for plugin in plugins:
            documented[plugin] = dependencies
    elif names == ["DudaoAssessments"] and "<Topic>Assessment" in dependencies:
        documented["DudaoAssessments"] = (dependencies - {"<Topic>Assessment"}) | plugins
    else:
        documented[names[0]] = dependencies

problems = []
for name in sorted(set(actual) | set(documented)):
    if name not in documented:
        problems.append(f"{name} is a target of Package.swift but not in the layer table")
    elif name not in actual:
        problems.append(f"{name} is in the layer table but not a target of Package.swift")
    else:
        for extra in sorted(actual[name] - documented[name]):
            problems.append(f"{name} depends on {extra} in Package.swift; the layer table does not say so")
        for missing in sorted(documented[name] - actual[name]):
            problems.append(f"the layer table says {name} depends on {missing}; Package.swift does not")
if problems:
    print("error: Architecture.md and Package.swift disagree:", *problems, sep="\n  ", file=sys.stderr)
    sys.exit(1)
print(f"Architecture.md matches Package.swift ({len(actual)} targets)")
'
