#!/usr/bin/env bash
# Makes the report screenshots shown in the README (docs/report-*.png) from the shipped examples:
# the HTML reports written by `dudao report`, photographed by headless Chromium.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
dudao="${DUDAO:-$(swift build --show-bin-path)/dudao}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p docs

"$dudao" report evaluation Examples/compulsory-quality-balance/county-failing.json --local -o "$work/evaluation.html"
"$dudao" report province Examples/zj-county-education-modernization/province.json --local -o "$work/province.html"
"$dudao" report coefficient Examples/compulsory-quality-balance/county-failing.json --local -o "$work/coefficient.html"
for name in evaluation province coefficient; do
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,1500 \
        --screenshot="$root/docs/report-$name.png" "file://$work/$name.html" 2>/dev/null
    echo "docs/report-$name.png"
done
