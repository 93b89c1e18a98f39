#!/usr/bin/env bash
# Fuzzes one Dudao parser with libFuzzer for a bounded time.
#   Tools/scripts/fuzz.sh TARGET SECONDS       TARGET: frame, dispatch, json-input, csv-input,
#                                              proto-input, policy, or all; SECONDS 0: no limit
#   DUDAO_FUZZ_RUNS=1000000 Tools/scripts/fuzz.sh all 0     stops each target after that many executions
# Builds Tools/fuzz/.build/dudao-fuzz (Tools/fuzz/build.py: DudaoCore, DudaoWire and DudaoServer
# compiled again with -sanitize=fuzzer,address and linked with the rest of the debug build),
# starts from the committed seeds in Tools/fuzz/corpus/TARGET, keeps new inputs the fuzzer finds
# in a scratch copy (the committed corpus stays as it is), and fails on any crash, hang or leak
# (DUDAO_FUZZ_LEAKS=0 turns LeakSanitizer off);
# a crashing input is left in Tools/fuzz/crashes/ to become a regression test. Prints the number
# of executions.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
target="${1:?usage: fuzz.sh TARGET SECONDS}"
seconds="${2:?usage: fuzz.sh TARGET SECONDS}"
targets=(frame dispatch json-input csv-input proto-input policy)

cd "$root"
[ -f .build/debug.yaml ] || swift build >&2
binary="$(python3 Tools/fuzz/build.py)"
cd "$root/Tools/fuzz"

# The largest input of each target. The seeds are far smaller; larger inputs only slow the
# fuzzer down (the text parsers cost time per character) without reaching new code.
max_len() {
    case "$1" in
        frame | dispatch | proto-input) echo 16384 ;;
        json-input) echo 8192 ;;
        *) echo 4096 ;;
    esac
}

run() {
    local name="$1"
    local scratch
    scratch="$(mktemp -d)"
    cp -R "corpus/$name/." "$scratch/"
    mkdir -p crashes
    local log="$scratch.log"
    echo "== fuzzing $name for ${seconds}s" >&2
    # LeakSanitizer is on, with one narrow suppression (Tools/fuzz/lsan.supp says why).
    if ! LSAN_OPTIONS="suppressions=$root/Tools/fuzz/lsan.supp" DUDAO_FUZZ_TARGET="$name" "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -detect_leaks="${DUDAO_FUZZ_LEAKS:-1}" \
        -runs="${DUDAO_FUZZ_RUNS:--1}" -max_len="$(max_len "$name")" -artifact_prefix="crashes/$name-" -print_final_stats=1 "$scratch" >"$log" 2>&1; then
        tail -n 60 "$log" >&2
        echo "fuzz target $name failed; the input is in Tools/fuzz/crashes/" >&2
        exit 1
    fi
    local runs
    runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')"
    local elapsed
    elapsed="$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | grep -o '[0-9]* second' | grep -o '[0-9]*' || echo "$seconds")"
    echo "$name: $runs executions in ${elapsed}s, no crash"
    rm -rf "$scratch" "$log"
}

if [ "$target" = all ]; then
    for name in "${targets[@]}"; do run "$name"; done
else
    run "$target"
fi
