#!/usr/bin/env bash
# Runs the Python protocol tests (Tests/python) against a real dudaod.
#   - creates a venv under .build/python with protobuf and pytest,
#   - generates the Python protobuf modules from Proto/dudao/v1 into a temporary directory,
#   - runs pytest; the daemon is $DUDAOD (default .build/debug/dudaod, built here when missing).
# Extra arguments go to pytest, e.g. Tools/scripts/python-tests.sh -k handshake -x
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

venv="$root/.build/python"
if [ ! -x "$venv/bin/pytest" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check protobuf pytest
fi

generated="$(mktemp -d)"
trap 'rm -rf "$generated"' EXIT
protoc -I Proto --python_out="$generated" Proto/dudao/v1/*.proto

export DUDAOD="${DUDAOD:-$root/.build/debug/dudaod}"
if [ ! -x "$DUDAOD" ]; then
    swift build --product dudaod >&2
fi

export DUDAO_PROTO_PYTHON="$generated"
export PYTHONPATH="$generated:$root/Tools/python${PYTHONPATH:+:$PYTHONPATH}"
exec "$venv/bin/pytest" -q -p no:cacheprovider "$root/Tests/python" "$@"
