#!/usr/bin/env bash
# Interoperability tests: the C client (Tools/c-client/test.sh: end to end against a real dudaod,
# AddressSanitizer, valgrind, the conformance vectors) and the Python conformance suite
# (Tests/python, pytest against a real dudaod), after checking that Tests/vectors/ matches a fresh
# generation. The Swift conformance suite runs with `swift test --filter ConformanceTests`.
# Needs gcc, make, pkg-config, libprotobuf-c-dev, protobuf-compiler, valgrind and python3-venv
# (Tools/scripts/install-system-packages.sh installs them).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

python3 Tools/vectors/generate_vectors.py --check

swift build --product dudaod
export DUDAOD="$root/.build/debug/dudaod"

Tools/c-client/test.sh

# The Python suite needs the protobuf runtime and pytest; a private virtual environment keeps
# them out of the system Python.
venv="$root/.build/python-venv"
if [[ ! -x "$venv/bin/python" ]]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet protobuf pytest
fi
"$venv/bin/python" -m pytest -q Tests/python
