#!/usr/bin/env bash
# Builds dudaod and the benchmark in release mode, then measures the daemon over loopback.
# Usage: Tools/scripts/benchmark.sh [--seconds N] [--concurrency 1,16,64] [--input FILE]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
swift build -c release --product dudaod
swift build -c release --product DudaoBenchmark
exec "$(swift build -c release --show-bin-path)/DudaoBenchmark" --daemon "$(swift build -c release --show-bin-path)/dudaod" "$@"
