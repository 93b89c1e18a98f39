#!/usr/bin/env bash
# Fails when the committed generated code differs from what Proto/dudao/v1/*.proto generates now.
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
echo "generated code is up to date"
