#!/usr/bin/env bash
# Runs a command with a private PostgreSQL (Debian's package) on 127.0.0.1 and a free port, its
# URL in PROTOPKG_TEST_POSTGRES_URL; stops that server (and only it) when the command ends.
#   scripts/with-postgres.sh COMMAND [ARGS...]
set -euo pipefail
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$bin/initdb" ] || { echo "with-postgres: PostgreSQL is not installed (scripts/setup.sh installs it)" >&2; exit 1; }
data="$(mktemp -d /tmp/protopkg-pg.XXXXXX)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
as_pg=()
if [ "$(id -u)" -eq 0 ]; then chown postgres "$data"; as_pg=(runuser -u postgres --); fi
stop() { "${as_pg[@]}" "$bin/pg_ctl" -D "$data/db" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$data"; }
trap stop EXIT
"${as_pg[@]}" "$bin/initdb" -D "$data/db" --auth=trust --username=postgres >"$data/initdb.log" 2>&1 \
  || { cat "$data/initdb.log" >&2; exit 1; }
"${as_pg[@]}" "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$data -c fsync=off" start >/dev/null \
  || { cat "$data/server.log" >&2; exit 1; }
export PROTOPKG_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
"$@"
