#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: `start` makes one in a temporary folder,
# owned by an unprivileged user (initdb refuses root), listening on a free loopback port
# with a password of its own, and prints the lines that export its URL; `stop FOLDER` stops
# it and removes the folder. Debian's `postgresql` package gives initdb and pg_ctl.
set -euo pipefail

bin_dir() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$found" ] && command -v pg_ctl >/dev/null; then found=$(dirname "$(command -v pg_ctl)"); fi
  [ -n "$found" ] || { echo "postgres.sh: no PostgreSQL found (apt-get install postgresql)" >&2; exit 1; }
  echo "$found"
}

# Root runs the server as `nobody`; anyone else runs it as themselves.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}

start() {
  local bin folder port password
  bin=$(bin_dir)
  folder=$(mktemp -d "${TMPDIR:-/tmp}/kontakt-pg.XXXXXX")
  chmod 700 "$folder"
  [ "$(id -u)" = 0 ] && chown nobody "$folder"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  password=$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')
  printf '%s\n' "$password" > "$folder/pwfile"
  [ "$(id -u)" = 0 ] && chown nobody "$folder/pwfile"
  as_owner "$bin/initdb" -D "$folder/data" -U kontakt --pwfile="$folder/pwfile" \
    --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 \
    || { cat "$folder/initdb.log" >&2; exit 1; }
  rm -f "$folder/pwfile"
  as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $folder -c fsync=off -c max_connections=200" \
    start >/dev/null || { cat "$folder/server.log" >&2; exit 1; }
  echo "export KONTAKT_PG_FOLDER=$folder"
  echo "export KONTAKT_TEST_PG_URL=postgresql+psycopg://kontakt:$password@127.0.0.1:$port/postgres"
}

stop() {
  local folder=${1:-${KONTAKT_PG_FOLDER:-}}
  [ -n "$folder" ] && [ -d "$folder" ] || return 0
  if [ -d "$folder/data" ]; then
    as_owner "$(bin_dir)/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$folder"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop [FOLDER]" >&2; exit 2 ;;
esac
