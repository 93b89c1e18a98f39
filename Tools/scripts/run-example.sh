#!/usr/bin/env bash
# The main job: build, start dudaod on its embedded defaults (127.0.0.1:7411, data in ./data),
# evaluate the shipped example county through the dudao client, then stop the daemon.
# Extra arguments go to `dudao evaluate` (e.g. --english, --format json).
set -euo pipefail
cd "$(dirname "$0")/../.."

swift build --product dudaod >&2
swift build --product dudao >&2
bin=$(swift build --show-bin-path)

"$bin/dudaod" >&2 &
daemon=$!
trap 'kill -TERM "$daemon" 2>/dev/null; wait "$daemon" 2>/dev/null || true' EXIT

for _ in $(seq 1 100); do
    if "$bin/dudao" health >/dev/null 2>&1; then break; fi
    if ! kill -0 "$daemon" 2>/dev/null; then echo "run-example: dudaod exited early" >&2; exit 1; fi
    sleep 0.1
done

"$bin/dudao" evaluate Examples/compulsory-quality-balance/county.json "$@"
