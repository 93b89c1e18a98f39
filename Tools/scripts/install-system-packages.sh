#!/usr/bin/env bash
# Installs the Debian packages Dudao's build and tests need (protobuf compilers and runtimes, gcc,
# valgrind, sqlite3, openssl, python venv, zstd and zlib for stored records, headless Chromium,
# poppler-utils and CJK fonts to print reports to PDF in the publish tests, and PostgreSQL 15 for
# the shared record store's tests). Needs root; fails loudly otherwise.
set -euo pipefail

packages=(protobuf-compiler libprotobuf-dev protobuf-c-compiler libprotobuf-c-dev gcc make pkg-config valgrind sqlite3 openssl python3-venv
    zlib1g-dev libzstd-dev chromium poppler-utils fonts-noto-cjk postgresql-15)

if [ "$(id -u)" != 0 ]; then
    echo "install-system-packages: must run as root to apt-get install: ${packages[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${packages[@]}"
