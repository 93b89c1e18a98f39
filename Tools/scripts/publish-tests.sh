#!/usr/bin/env bash
# Checks the files `dudao` publishes with programs nobody here wrote:
#   - the evaluation and province reports open in headless Chromium and print to PDF, and
#     pdftotext finds the county names, the verdict and the chart titles in the PDF;
#   - a workbook written by dudao reads back in Python's openpyxl with the expected cells;
#   - a workbook written by openpyxl from the template's headers evaluates like the JSON example;
#   - a CSV from dudao starts with the byte order mark and round-trips through Python's csv module.
# Needs chromium and poppler-utils (Tools/scripts/install-system-packages.sh) and python3-venv;
# installs openpyxl from PyPI into .build/python-publish. Fails loudly when anything is missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

dudao="${DUDAO:-$(swift build --show-bin-path)/dudao}"
[ -x "$dudao" ] || { echo "publish-tests: no dudao binary at $dudao (swift build first)" >&2; exit 1; }
for tool in chromium pdftotext python3; do
    command -v "$tool" >/dev/null || { echo "publish-tests: $tool is missing; run Tools/scripts/install-system-packages.sh" >&2; exit 1; }
done

venv="$root/.build/python-publish"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import openpyxl' 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check openpyxl
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
county=Examples/compulsory-quality-balance/county-failing.json
province=Examples/zj-county-education-modernization/province.json

echo "-- reports print to PDF in headless Chromium"
"$dudao" evaluate "$county" --local --format json > "$work/result.json"
"$dudao" report evaluation "$county" --local -o "$work/evaluation.html"
"$dudao" report province "$province" --local -o "$work/province.html"
for name in evaluation province; do
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$work/$name.pdf" "file://$work/$name.html" 2>/dev/null
    pdftotext -layout "$work/$name.pdf" "$work/$name.txt"
done
"$venv/bin/python" Tests/publish/check_pdf_text.py "$work" "$county" "$province"

echo "-- a dudao workbook reads back in openpyxl; an openpyxl workbook evaluates like the JSON"
"$dudao" evaluate "$county" --local --format xlsx -o "$work/result.xlsx"
"$dudao" template compulsory-quality-balance --local -o "$work/template.xlsx"
"$dudao" describe compulsory-quality-balance --local --format json > "$work/describe.json"
"$venv/bin/python" Tests/publish/check_workbooks.py "$work" "$county"
"$dudao" evaluate "$work/filled.xlsx" --local --format json > "$work/filled-result.json"
"$venv/bin/python" Tests/publish/compare_results.py "$work/result.json" "$work/filled-result.json"

echo "-- CSV: byte order mark, CRLF, round trip through Python's csv"
"$dudao" evaluate "$county" --local --format csv -o "$work/result.csv"
"$dudao" batch Examples/teacher-pay-parity/province.json --local --quiet --format csv -o "$work/batch.csv"
"$dudao" batch Examples/teacher-pay-parity/province.json --local --quiet --format csv --no-bom --english -o "$work/batch-en.csv"
"$venv/bin/python" Tests/publish/check_csv.py "$work" "$work/result.json"

echo "== publish tests passed"
