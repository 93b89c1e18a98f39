#!/usr/bin/env bash
# Follows AddingAnAssessment.md with a throw-away assessment (Tools/scripts/throwaway-assessment):
# adds its folder under Plugins/ and its input under Examples/, runs the generator, builds, and
# runs the conformance suite, which must pick the new assessment up with no other edit. It works in
# this checkout to reuse its build; on exit, however it ends, it removes the folder, regenerates,
# and (if it built) builds again so the binaries no longer carry the throw-away assessment.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

id=throwaway-computer-check
folder=Plugins/ThrowawayComputerCheck
fixture=Tools/scripts/throwaway-assessment
if [ -e "$folder" ] || [ -e "Examples/$id" ]; then
    echo "error: $folder or Examples/$id already exists; remove it first" >&2
    exit 1
fi
output="$(mktemp)"
built=0
strict=(--build-tests -Xswiftc -warnings-as-errors --explicit-target-dependency-import-check error)
cleanup() {
    rm -rf "$folder" "Examples/$id" "$output"
    Tools/scripts/generate-assessments.sh >/dev/null
    if [ "$built" -ne 0 ]; then
        swift build "${strict[@]}" >/dev/null
    fi
}
trap cleanup EXIT

echo "== one folder: $folder and Examples/$id"
mkdir -p "$folder" "Examples/$id"
cp -R "$fixture/Sources" "$fixture/Tests" "$fixture/README.md" "$folder/"
cp "$fixture/Examples/"*.json "Examples/$id/"

echo "== one command: Tools/scripts/generate-assessments.sh"
Tools/scripts/generate-assessments.sh
grep -q "ThrowawayComputerCheck()" Sources/DudaoAssessments/BundledAssessments.swift
grep -q "\`$id\`" README.md

echo "== build (the same flags as test.sh, so its build is reused)"
built=1
swift build "${strict[@]}"

# The suite must see the new assessment: a broken input under its Examples/ folder fails the suite
# naming it, and the suite passes once the input is gone.
echo "== the conformance suite fails on a broken input of the new assessment"
sed 's/"pupils": 420/"pupils": -420/' "$fixture/Examples/county.json" >"Examples/$id/broken.json"
if swift test --skip-build --filter BundledAssessmentTests >"$output" 2>&1; then
    cat "$output"
    echo "error: the conformance suite did not check the new assessment's inputs" >&2
    exit 1
fi
if ! grep -q "$id: broken.json" "$output"; then
    cat "$output"
    echo "error: the conformance suite failed, but not on the new assessment's broken input" >&2
    exit 1
fi
rm "Examples/$id/broken.json"

echo "== the conformance suite and the new module's own tests pass"
swift test --skip-build --filter "BundledAssessmentTests|ThrowawayComputerCheckTests" 2>&1 | tee "$output" | tail -3
grep -q "ThrowawayComputerCheckTests" "$output" || { echo "error: the new module's tests did not run" >&2; exit 1; }
echo "== adding an assessment takes one folder and one command"
