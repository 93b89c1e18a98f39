#!/usr/bin/env bash
# Installs the Debian packages Dudao's build and tests need (protobuf compilers and runtimes, gcc,
# valgrind, sqlite3, zlib, openssl, python venv). Needs root; fails loudly otherwise.
set -euo pipefail

packages=(protobuf-compiler libprotobuf-dev protobuf-c-compiler libprotobuf-c-dev gcc make pkg-config valgrind sqlite3 zlib1g-dev openssl python3-venv)

if [ "$(id -u)" != 0 ]; then
    echo "install-system-packages: must run as root to apt-get install: ${packages[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${packages[@]}"
