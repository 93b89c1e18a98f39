#!/usr/bin/env bash
# Interoperability tests: the C client (Tools/c-client/test.sh: end to end against a real dudaod,
# AddressSanitizer, valgrind, the conformance vectors) and the Python conformance suite
# (Tests/python via Tools/scripts/python-tests.sh, pytest against a real dudaod), after checking that Tests/vectors/ matches a fresh
# generation. The Swift conformance suite runs with `swift test --filter ConformanceTests`.
# Needs gcc, make, pkg-config, libprotobuf-c-dev, protobuf-compiler, valgrind and python3-venv
# (Tools/scripts/install-system-packages.sh installs them).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

python3 Tools/vectors/generate_vectors.py --check

# test.sh passes the daemon its strict build made; building here with other flags would rebuild all.
if [ -z "${DUDAOD:-}" ]; then
    swift build --product dudaod
    export DUDAOD="$root/.build/debug/dudaod"
fi

Tools/c-client/test.sh

# The Python suites (the protocol tests and the conformance vectors), with the virtual
# environment and generated modules that python-tests.sh sets up.
Tools/scripts/python-tests.sh
