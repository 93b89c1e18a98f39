#!/usr/bin/env bash
# Fails when the committed generated code differs from what generates it now: the protobuf code
# from Proto/dudao/v1/*.proto, and the Package.swift folder list, the bundled-assessment list and
# the README table and the bundled standard packs from Plugins/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

"$root/Tools/scripts/generate-protos.sh" "$scratch"

status=0
for dir in Proto/Generated Tools/c-client/generated; do
    if ! diff -ru "$root/$dir" "$scratch/$dir"; then
        status=1
    fi
done

if [ "$status" -ne 0 ]; then
    echo "error: generated code is stale; run Tools/scripts/generate-protos.sh and commit the result" >&2
    exit 1
fi

"$root/Tools/scripts/generate-assessments.sh" "$scratch" >/dev/null
for file in Package.swift Sources/DudaoAssessments/BundledAssessments.swift Sources/DudaoAssessments/BundledPacks.swift README.md; do
    if ! diff -u "$root/$file" "$scratch/$file"; then
        status=1
    fi
done
if [ "$status" -ne 0 ]; then
    echo "error: the bundled assessments are stale; run Tools/scripts/generate-assessments.sh and commit the result" >&2
    exit 1
fi
echo "generated code is up to date"
