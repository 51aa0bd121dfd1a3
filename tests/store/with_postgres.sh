#!/usr/bin/env bash
# Runs a command with a real PostgreSQL server of its own: a new cluster in a temporary directory,
# listening on a free loopback port, with $SITREP_TEST_POSTGRES set to its URL. The server and its
# files are gone when the command ends.
#   tests/store/with_postgres.sh COMMAND [ARGS...]
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "with_postgres: no PostgreSQL server installed (scripts/setup.sh installs it)" >&2
  exit 1
fi

dir=$(mktemp -d /tmp/sitrep-pg.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# The server refuses to run as root: it runs as the postgres account the package created.
as_server=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$dir"
  as_server=(runuser -u postgres --)
fi
cleanup() {
  "${as_server[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

"${as_server[@]}" "$bindir/initdb" -D "$dir/data" -A trust -U sitrep -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 1; }
"${as_server[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=50" start >/dev/null ||
  { cat "$dir/server.log" >&2; exit 1; }
"${as_server[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U sitrep sitrep_test

export SITREP_TEST_POSTGRES="postgresql://sitrep@127.0.0.1:$port/sitrep_test"
"$@"
