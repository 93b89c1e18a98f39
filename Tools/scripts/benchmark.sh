#!/usr/bin/env bash
# Builds dudaod and the benchmark in release mode, then measures the daemon over loopback against
# a bare SwiftNIO server doing the same work (see Tools/Benchmark/Benchmark.swift).
# Usage: Tools/scripts/benchmark.sh [--seconds N] [--loads 1x1,4x4,16x4,64x1] [--input FILE] [--batch-counties 90] [--distinct-inputs]
#        Tools/scripts/benchmark.sh pipeline [--count N] [--distinct-inputs]     CPU per evaluation, stage by stage, in process
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
swift build -c release --product dudaod
swift build -c release --product DudaoBenchmark
bin="$(swift build -c release --show-bin-path)"
if [ "${1:-}" = pipeline ]; then
    exec "$bin/DudaoBenchmark" "$@"
fi
exec "$bin/DudaoBenchmark" measure --daemon "$bin/dudaod" "$@"
