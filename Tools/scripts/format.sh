#!/usr/bin/env bash
# Formats Swift files with swift-format and the repository's .swift-format (4 spaces, 150 columns,
# NIO-derived rules), or with --lint only reports where they differ (exit 1 if any does).
# Usage: format.sh [--lint] [file or folder ...]   (default: the files changed against main)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

mode=format
if [ "${1:-}" = "--lint" ]; then
    mode=lint
    shift
fi

paths=("$@")
if [ "${#paths[@]}" -eq 0 ]; then
    # Only what this branch changed, so formatting never rewrites the whole tree in one go.
    base="$(git merge-base HEAD main 2>/dev/null || echo HEAD)"
    mapfile -t paths < <(git diff --name-only --diff-filter=ACMR "$base" -- '*.swift'; git ls-files --others --exclude-standard -- '*.swift')
    # Generated protobuf code is never formatted by hand.
    mapfile -t paths < <(printf '%s\n' "${paths[@]}" | grep -v '^Proto/Generated/' | grep -v '^$' || true)
fi
if [ "${#paths[@]}" -eq 0 ]; then
    echo "no Swift files to $mode"
    exit 0
fi

if [ "$mode" = lint ]; then
    swift format lint --strict --configuration .swift-format --recursive "${paths[@]}"
else
    swift format format --in-place --configuration .swift-format --recursive "${paths[@]}"
fi
