#!/usr/bin/env bash
# Runs every test of Dudao: a strict build, the Swift test suite, the generated-code and
# architecture checks, the conformance vectors, the C and Python peers against a real dudaod, the
# published files (reports printed by Chromium, workbooks read by openpyxl, CSV read by Python's
# csv), adding a throw-away assessment, and each fuzz target for 20 s (DUDAO_FUZZ_SECONDS changes it). The Swift tests run beside a throw-away PostgreSQL
# cluster (Tools/scripts/with-postgres.sh), so every store test runs on SQLite and on PostgreSQL.
# Installs the Debian packages it needs first when any is missing (as root).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
# Each section's heading says how long the run has taken so far, so a slow part shows in CI's log.
section() { echo "== $* (at ${SECONDS} s)"; }

missing=0
for tool in protoc protoc-c gcc make valgrind pkg-config openssl sqlite3 chromium pdftotext; do
    command -v "$tool" >/dev/null || missing=1
done
[ -f /usr/include/protobuf-c/protobuf-c.h ] || missing=1
[ -f /usr/include/zlib.h ] || missing=1
[ -f /usr/include/zstd.h ] || missing=1
[ -x /usr/lib/postgresql/15/bin/initdb ] || missing=1
if [ "$missing" -ne 0 ]; then
    section "installing system packages"
    bash Tools/scripts/install-system-packages.sh
fi

section "strict build (warnings are errors; every import declared)"
swift build --build-tests -Xswiftc -warnings-as-errors --explicit-target-dependency-import-check error

section "Swift tests (SQLite and PostgreSQL)"
# The checks that evaluate whole provinces (the moved modules' frozen results, the CLI's golden
# output of every example) are a few minutes of CPU; run beside the rest, they starve the tests
# that measure deadlines and shutdown times, so they run on their own afterwards.
heavy='/frozen|EvaluateSnapshotTests'
DUDAO_REQUIRE_POSTGRES=1 bash Tools/scripts/with-postgres.sh swift test --skip-build --skip "$heavy"
section "Swift tests: whole provinces"
swift test --skip-build --filter "$heavy"

section "generated code is current; Architecture.md matches Package.swift"
bash Tools/scripts/check-generated-code.sh
bash Tools/scripts/check-architecture.sh

section "interoperability: vectors, C client, Python peer"
DUDAOD="$(swift build --show-bin-path)/dudaod" bash Tools/scripts/interop-tests.sh

section "published files: HTML reports to PDF, XLSX and CSV read by other programs"
DUDAO="$(swift build --show-bin-path)/dudao" bash Tools/scripts/publish-tests.sh

section "adding an assessment: one folder and one command"
bash Tools/scripts/test-adding-an-assessment.sh

section "fuzzing: every target for a bounded time (Tools/fuzz/README.md)"
bash Tools/scripts/fuzz.sh all "${DUDAO_FUZZ_SECONDS:-20}"

section "all tests passed"
