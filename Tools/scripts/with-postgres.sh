#!/usr/bin/env bash
# Runs a command beside a throw-away PostgreSQL cluster: initdb in a temporary directory, started
# on a free loopback port as an unprivileged user, stopped and removed when the command ends,
# whether it passes or fails. The command sees:
#   DUDAO_TEST_POSTGRES_URL  postgres://dudao@127.0.0.1:PORT/postgres (a user that creates databases)
#   DUDAO_STORE_PASSWORD     that user's password
#   DUDAO_TEST_POSTGRES_TLS  1: the cluster also accepts TLS (a self-signed certificate for 127.0.0.1)
# Usage: Tools/scripts/with-postgres.sh swift test --filter DudaoStoreTests
set -euo pipefail

bin="${POSTGRES_BIN:-/usr/lib/postgresql/15/bin}"
if [ ! -x "$bin/initdb" ]; then
    echo "with-postgres: $bin/initdb not found; install Debian's postgresql (Tools/scripts/install-system-packages.sh)" >&2
    exit 1
fi

# PostgreSQL refuses to run as root: as root, run it as an unprivileged system user.
as_owner=()
if [ "$(id -u)" = 0 ]; then
    owner="${POSTGRES_OWNER:-postgres}"
    if ! id "$owner" >/dev/null 2>&1; then
        echo "with-postgres: running as root and no user '$owner' to own the cluster; set POSTGRES_OWNER" >&2
        exit 1
    fi
    as_owner=(runuser -u "$owner" --)
fi

dir="$(mktemp -d /tmp/dudao-postgres.XXXXXX)"
chmod 755 "$dir"
[ "${#as_owner[@]}" -eq 0 ] || chown "$owner" "$dir"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
password="$(python3 -c 'import secrets; print(secrets.token_hex(16))')"

stop() {
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap stop EXIT

printf '%s\n' "$password" > "$dir/password"
[ "${#as_owner[@]}" -eq 0 ] || chown "$owner" "$dir/password"
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U dudao --pwfile="$dir/password" --auth=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
rm -f "$dir/password"
# TLS as well, with a throw-away self-signed certificate, so sslmode=require is tested for real.
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 \
    -keyout "$dir/server.key" -out "$dir/server.crt" >/dev/null 2>&1
chmod 600 "$dir/server.key"
[ "${#as_owner[@]}" -eq 0 ] || chown "$owner" "$dir/server.key" "$dir/server.crt"
# fsync stays on: the tests check durability claims, so the cluster keeps PostgreSQL's.
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir -c max_connections=300 -c ssl=on -c ssl_cert_file=$dir/server.crt -c ssl_key_file=$dir/server.key" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }

echo "== PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $dir)"
export DUDAO_TEST_POSTGRES_URL="postgres://dudao@127.0.0.1:$port/postgres"
export DUDAO_STORE_PASSWORD="$password"
export DUDAO_TEST_POSTGRES_TLS=1
set +e
"$@"
status=$?
set -e
exit "$status"
