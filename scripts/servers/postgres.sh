# PostgreSQL 15 for the tests: a throwaway cluster owned by a non-root user, listening only on
# 127.0.0.1 at a free port, password (scram-sha-256) authentication, with the fixtures the
# PostgreSQL tests read. Sourced by scripts/test.sh; by hand:
#   source scripts/servers/postgres.sh && server_start_postgres   # exports ASSAY_TEST_POSTGRES
#   server_stop_postgres

postgres_bin=/usr/lib/postgresql/15/bin
postgres_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

# Starts the cluster and exports ASSAY_TEST_POSTGRES (postgres://assay:PASSWORD@127.0.0.1:PORT/assaytest).
server_start_postgres() {
  [ -x "$postgres_bin/initdb" ] || { echo "PostgreSQL 15 is missing: run scripts/setup.sh" >&2; return 1; }
  server_stop_postgres
  server_account >/dev/null
  POSTGRES_TEST_DIR=$(mktemp -d /tmp/assay-postgres.XXXXXX)
  [ "$(id -u)" -ne 0 ] || chown assaytest "$POSTGRES_TEST_DIR"
  local password port
  password=$(server_new_password)
  port=$(server_free_port)
  (umask 077 && printf '%s\n' "$password" >"$POSTGRES_TEST_DIR/password")
  [ "$(id -u)" -ne 0 ] || chown assaytest "$POSTGRES_TEST_DIR/password"
  server_as_account "$postgres_bin/initdb" -D "$POSTGRES_TEST_DIR/data" -U postgres \
    --pwfile="$POSTGRES_TEST_DIR/password" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  server_as_account "$postgres_bin/pg_ctl" -D "$POSTGRES_TEST_DIR/data" -l "$POSTGRES_TEST_DIR/server.log" -w -s \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $POSTGRES_TEST_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start || { cat "$POSTGRES_TEST_DIR/server.log" >&2; return 1; }
  PGPASSWORD=$password psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres <<SQL
CREATE ROLE assay LOGIN PASSWORD '$password';
CREATE DATABASE assaytest OWNER assay;
SQL
  (cd "$postgres_root" && PGPASSWORD=$password psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U assay \
    -d assaytest -f scripts/servers/postgres-fixtures.sql)
  export ASSAY_TEST_POSTGRES="postgres://assay:$password@127.0.0.1:$port/assaytest"
}

# Stops the cluster started by server_start_postgres (fast shutdown: sessions are ended) and
# removes its files; nothing of it keeps running.
server_stop_postgres() {
  [ -n "${POSTGRES_TEST_DIR:-}" ] || return 0
  if [ -d "$POSTGRES_TEST_DIR/data" ]; then
    server_as_account "$postgres_bin/pg_ctl" -D "$POSTGRES_TEST_DIR/data" -m fast -w -s stop >/dev/null 2>&1 || true
  fi
  rm -rf "$POSTGRES_TEST_DIR"
  unset POSTGRES_TEST_DIR ASSAY_TEST_POSTGRES
}
