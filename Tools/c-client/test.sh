#!/usr/bin/env bash
# End-to-end tests of dudao-c against a real dudaod:
#   - builds dudao-c and dudao-c-asan (AddressSanitizer, UBSan, LeakSanitizer);
#   - starts dudaod on a free port with a temporary data directory;
#   - with both builds: ping, list, evaluate-demo (happy path), evaluate-demo --invalid
#     (INVALID_ARGUMENT with the violations, exit status 3), an unknown method (UNIMPLEMENTED,
#     exit status 12) and the conformance vectors of Tests/vectors;
#   - the happy path under valgrind --leak-check=full;
#   - SIGTERM to the daemon while a client waits on an open connection: the client sees GoAway
#     and exits 0;
#   - a daemon with a policy: an API token from --token or $DUDAO_TOKEN is accepted, no token
#     is UNAUTHENTICATED (exit status 16);
#   - idempotent retries: evaluate-demo with --idempotency-key, first at a port nobody listens
#     on, retries on the --fallback daemon; the same key again returns the same record; the same
#     key with another input is FAILED_PRECONDITION (exit status 9).
# Set DUDAOD to a built daemon to skip `swift build --product dudaod`.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
daemon_pid=""
failures=0

cleanup() {
    if [[ -n "$daemon_pid" ]] && kill -0 "$daemon_pid" 2>/dev/null; then
        kill -TERM "$daemon_pid" 2>/dev/null || true
        wait "$daemon_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

pass() { echo "ok   $1"; }
fail() { echo "FAIL $1" >&2; failures=$((failures + 1)); }

make -C "$here" --no-print-directory all asan >/dev/null

if [[ -z "${DUDAOD:-}" ]]; then
    (cd "$root" && swift build --product dudaod >&2)
    DUDAOD="$root/.build/debug/dudaod"
fi
[[ -x "$DUDAOD" ]] || { echo "error: no dudaod at $DUDAOD" >&2; exit 1; }

# Starts dudaod on port 0, with any extra flags given, and sets daemon_pid and port from its
# "listening on" line.
start_daemon() {
    mkdir -p "$work/data"
    "$DUDAOD" --port 0 --data-dir "$work/data" --grace-period 2 "$@" >"$work/dudaod.out" 2>"$work/dudaod.err" &
    daemon_pid=$!
    port=""
    for _ in $(seq 1 600); do
        if line="$(grep -m1 'dudaod listening on' "$work/dudaod.out" 2>/dev/null)"; then
            port="${line##*:}"
            break
        fi
        kill -0 "$daemon_pid" 2>/dev/null || break
        sleep 0.1
    done
    if [[ -z "$port" ]]; then
        echo "error: dudaod did not start:" >&2
        cat "$work/dudaod.err" >&2
        exit 1
    fi
}

# expect_run NAME WANTED_STATUS PATTERN COMMAND...: runs the command, checks its exit status and
# that PATTERN (grep -E) occurs in its standard output and error.
expect_run() {
    local name="$1" wanted="$2" pattern="$3"
    shift 3
    local status=0
    "$@" >"$work/out" 2>"$work/err" || status=$?
    if [[ "$status" != "$wanted" ]]; then
        fail "$name: exit status $status, wanted $wanted"
        sed 's/^/    /' "$work/out" "$work/err" >&2
        return
    fi
    if ! cat "$work/out" "$work/err" | grep -Eq -- "$pattern"; then
        fail "$name: output lacks /$pattern/"
        sed 's/^/    /' "$work/out" "$work/err" >&2
        return
    fi
    pass "$name"
}

start_daemon
echo "dudaod (pid $daemon_pid) on port $port"

# A request message in its binary form, for `dudao-c call METHOD FILE`: DescribeAssessmentRequest
# {assessment: "compulsory-quality-balance"} is field 1 (tag 0x0a), length 26, then the text.
printf '\x0a\x1acompulsory-quality-balance' >"$work/describe.bin"

export ASAN_OPTIONS="detect_leaks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
for binary in dudao-c dudao-c-asan; do
    client=("$here/$binary" --port "$port")
    expect_run "$binary ping" 0 '^pong from dudaod' "${client[@]}" ping
    expect_run "$binary list" 0 '^compulsory-quality-balance ' "${client[@]}" list
    expect_run "$binary evaluate-demo" 0 '^verdict: ' "${client[@]}" evaluate-demo
    expect_run "$binary evaluate-demo: indicator table" 0 '^code +scope +value' "${client[@]}" evaluate-demo
    expect_run "$binary evaluate-demo --invalid: INVALID_ARGUMENT" 3 '^INVALID_ARGUMENT: ' "${client[@]}" evaluate-demo --invalid
    expect_run "$binary evaluate-demo --invalid: negative area named" 3 'units\[0\]\.sports_venue_area_m2 \[negative\]' "${client[@]}" evaluate-demo --invalid
    expect_run "$binary evaluate-demo --invalid: text count named" 3 'units\[0\]\.classes \[type_mismatch\]' "${client[@]}" evaluate-demo --invalid
    expect_run "$binary call Describe with a request file" 0 '^OK: [0-9]+ byte\(s\) of dudao.v1.Assessments/Describe' "${client[@]}" call dudao.v1.Assessments/Describe "$work/describe.bin"
    expect_run "$binary call Health/Check with an empty request" 0 '^OK: ' "${client[@]}" call dudao.v1.Health/Check /dev/null
    expect_run "$binary unknown method: UNIMPLEMENTED" 12 '^UNIMPLEMENTED: ' "${client[@]}" call dudao.v1.Nothing/Here
    expect_run "$binary vectors" 0 ' 0 failed$' "${client[@]}" vectors "$root/Tests/vectors"
done

# Idempotent retries: the first endpoint refuses the connection, the fallback answers.
dead_port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
retrying=("$here/dudao-c-asan" --port "$dead_port" --fallback "127.0.0.1:$port" --idempotency-key "c-client-demo-1")
expect_run "retry: a refused connection is retried on the fallback" 0 '^attempts: 2$' "${retrying[@]}" evaluate-demo
first_record="$(grep -m1 '^record: ' "$work/out" || true)"
expect_run "retry: the same key again answers with the same record" 0 "^${first_record:-record: none}\$" \
    "$here/dudao-c" --port "$port" --idempotency-key "c-client-demo-1" evaluate-demo
expect_run "retry: the same key with another input is FAILED_PRECONDITION" 9 '^FAILED_PRECONDITION: .*c-client-demo-1' \
    "$here/dudao-c" --port "$port" --idempotency-key "c-client-demo-1" evaluate-demo --other-county
expect_run "retry: every endpoint down is UNAVAILABLE after the attempts" 14 '^UNAVAILABLE \(client\): cannot connect' \
    "$here/dudao-c" --port "$dead_port" --idempotency-key "c-client-demo-2" evaluate-demo

if command -v valgrind >/dev/null; then
    for command in list evaluate-demo "evaluate-demo --invalid"; do
        status=0
        # shellcheck disable=SC2086
        valgrind --quiet --leak-check=full --errors-for-leak-kinds=all --error-exitcode=99 \
            "$here/dudao-c" --port "$port" $command >"$work/out" 2>"$work/err" || status=$?
        if [[ "$status" == 99 ]]; then
            fail "valgrind $command: memory errors or leaks"
            sed 's/^/    /' "$work/err" >&2
        else
            pass "valgrind $command (exit status $status)"
        fi
    done
else
    fail "valgrind is not installed"
fi

# A client waiting on an open connection when the daemon gets SIGTERM: GoAway, then a clean exit.
"$here/dudao-c-asan" --port "$port" wait >"$work/wait.out" 2>"$work/wait.err" &
waiter=$!
for _ in $(seq 1 300); do
    grep -q '^connected' "$work/wait.out" 2>/dev/null && break
    sleep 0.1
done
kill -TERM "$daemon_pid"
status=0
wait "$waiter" || status=$?
if [[ "$status" == 0 ]] && grep -q '^GoAway: UNAVAILABLE: ' "$work/wait.out" && grep -q '^connection closed cleanly' "$work/wait.out"; then
    pass "SIGTERM while connected: the client sees GoAway and exits cleanly"
else
    fail "SIGTERM while connected: exit status $status"
    sed 's/^/    /' "$work/wait.out" "$work/wait.err" >&2
fi
daemon_status=0
wait "$daemon_pid" || daemon_status=$?
daemon_pid=""
if [[ "$daemon_status" == 0 ]]; then
    pass "dudaod exited 0 after SIGTERM"
else
    fail "dudaod exited $daemon_status after SIGTERM"
fi

# API tokens: a daemon with a policy that knows the token's name.
printf '%s\n' '{"callers": [{"identity": "c-client", "methods": ["dudao.v1.Assessments/*"], "assessments": ["*"], "regions": ["*"]}]}' >"$work/policy.json"
token="$("$DUDAOD" admin token create c-client --data-dir "$work/data" 2>/dev/null)"
start_daemon --policy "$work/policy.json"
expect_run "dudao-c-asan --token: list" 0 '^compulsory-quality-balance ' "$here/dudao-c-asan" --port "$port" --token "$token" list
expect_run "dudao-c with DUDAO_TOKEN: list" 0 '^compulsory-quality-balance ' env DUDAO_TOKEN="$token" "$here/dudao-c" --port "$port" list
expect_run "dudao-c without a token: UNAUTHENTICATED" 16 '^UNAUTHENTICATED: ' "$here/dudao-c" --port "$port" list
expect_run "dudao-c with a wrong token: UNAUTHENTICATED" 16 '^UNAUTHENTICATED: ' "$here/dudao-c" --port "$port" --token ddt_wrong list

if [[ "$failures" -gt 0 ]]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all C client checks passed"
