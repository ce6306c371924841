#!/usr/bin/env bash
# A two-shard ClickHouse cluster for the tests, sourced by scripts/test.sh (or by hand: source this
# file, then server_start_clickhouse ... server_stop_clickhouse). Two servers run as a non-root user,
# each from a folder of its own, on 127.0.0.1 only at free ports; the cluster `assay` names both,
# one shard each. Exported:
#   ASSAY_TEST_CLICKHOUSE         the locator of database `assaytest` on the first server (user
#                                 `assay`, a password made for this run; `reader` has the same
#                                 password and a read-only profile, which refuses any setting)
#   ASSAY_TEST_CLICKHOUSE_SHARD2  the second server's HTTP address, to read its query log
# Each shard's database `assaytest` holds, in MergeTree tables named `*_local`, its part of:
#   iris       sampledata/iris.csv (the odd rows on the first shard, the even ones on the second)
#   numbers    1,000,000 generated rows: id, a measure, a category of 20 values, a time
#   every_type a column of each type Assay reads, one row of values, one of limits and NULLs
# and over them, on the first server, `Distributed` tables `iris`, `numbers` and `every_type`; the
# first server alone also holds MergeTree tables `penguins` (sampledata/penguins.csv, NA as NULL)
# and `weather` (sampledata/seattle-weather.csv).

ASSAY_CLICKHOUSE_ROOT=""
ASSAY_CLICKHOUSE_REPOSITORY=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

# Writes server NUMBER's configuration into its folder: its ports, its paths, the cluster and users.
clickhouse_write_config() {
  local folder=$1 http=$2 tcp=$3 interserver=$4 password_hash=$5
  mkdir -p "$folder/data" "$folder/tmp" "$folder/user_files" "$folder/format_schemas"
  cat >"$folder/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>$folder/server.log</log><errorlog>$folder/error.log</errorlog></logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>$http</http_port>
  <tcp_port>$tcp</tcp_port>
  <interserver_http_port>$interserver</interserver_http_port>
  <interserver_http_host>127.0.0.1</interserver_http_host>
  <path>$folder/data/</path>
  <tmp_path>$folder/tmp/</tmp_path>
  <user_files_path>$folder/user_files/</user_files_path>
  <format_schema_path>$folder/format_schemas/</format_schema_path>
  <users_config>$folder/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <mark_cache_size>268435456</mark_cache_size>
  <uncompressed_cache_size>268435456</uncompressed_cache_size>
  <max_concurrent_queries>100</max_concurrent_queries>
  <keep_alive_timeout>3</keep_alive_timeout>
  <query_log>
    <database>system</database>
    <table>query_log</table>
    <flush_interval_milliseconds>500</flush_interval_milliseconds>
  </query_log>
  <remote_servers>
    <assay>
      <shard><replica><host>127.0.0.1</host><port>$ASSAY_CLICKHOUSE_TCP1</port></replica></shard>
      <shard><replica><host>127.0.0.1</host><port>$ASSAY_CLICKHOUSE_TCP2</port></replica></shard>
    </assay>
  </remote_servers>
</yandex>
XML
  cat >"$folder/users.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <profiles>
    <default><log_queries>1</log_queries><allow_experimental_low_cardinality_type>1</allow_experimental_low_cardinality_type><max_memory_usage>4000000000</max_memory_usage></default>
    <reading><log_queries>1</log_queries><readonly>1</readonly></reading>
  </profiles>
  <users>
    <default>
      <password></password>
      <networks><ip>127.0.0.1</ip></networks>
      <profile>default</profile>
      <quota>default</quota>
    </default>
    <assay>
      <password_sha256_hex>$password_hash</password_sha256_hex>
      <networks><ip>127.0.0.1</ip></networks>
      <profile>default</profile>
      <quota>default</quota>
    </assay>
    <reader>
      <password_sha256_hex>$password_hash</password_sha256_hex>
      <networks><ip>127.0.0.1</ip></networks>
      <profile>reading</profile>
      <quota>default</quota>
    </reader>
  </users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors>
    <result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
XML
}

# Runs clickhouse-client against server NUMBER (1 or 2) as `default`.
clickhouse_admin_client() {
  local number=$1
  shift
  local port_variable="ASSAY_CLICKHOUSE_TCP$number"
  clickhouse-client --host 127.0.0.1 --port "${!port_variable}" "$@"
}

# Prints a server's logs to standard error, after a failure to start it or to load it.
clickhouse_print_logs() {
  local number
  echo "HTTP ports ${ASSAY_CLICKHOUSE_HTTP1:-?} and ${ASSAY_CLICKHOUSE_HTTP2:-?}," \
    "native ports ${ASSAY_CLICKHOUSE_TCP1:-?} and ${ASSAY_CLICKHOUSE_TCP2:-?}" >&2
  for number in 1 2; do
    tail -n 20 "$ASSAY_CLICKHOUSE_ROOT/server$number/"{stdout,server,error}.log >&2 2>/dev/null || true
  done
}

# Whether server NUMBER's process group still runs.
clickhouse_is_running() {
  local group
  group=$(cat "$ASSAY_CLICKHOUSE_ROOT/group$1" 2>/dev/null) && kill -0 -- "-$group" 2>/dev/null
}

# Starts both servers with a configuration made for them (ports, folders, the users' PASSWORD_HASH)
# and waits until each answers on HTTP and on its native port, which the loading and the cluster use.
clickhouse_launch() {
  local password_hash=$1 user number ports
  user=$(server_account)
  local parent="${TMPDIR:-/tmp}"
  [ -w /dev/shm ] && parent=/dev/shm
  ASSAY_CLICKHOUSE_ROOT=$(mktemp -d "$parent/assay-clickhouse.XXXXXX")
  chmod 0755 "$ASSAY_CLICKHOUSE_ROOT"
  read -r -a ports <<<"$(server_free_ports 6)"
  ASSAY_CLICKHOUSE_HTTP1=${ports[0]} ASSAY_CLICKHOUSE_HTTP2=${ports[1]}
  ASSAY_CLICKHOUSE_TCP1=${ports[2]} ASSAY_CLICKHOUSE_TCP2=${ports[3]}
  for number in 1 2; do
    local folder="$ASSAY_CLICKHOUSE_ROOT/server$number" http_variable="ASSAY_CLICKHOUSE_HTTP$number"
    local tcp_variable="ASSAY_CLICKHOUSE_TCP$number"
    mkdir -p "$folder"
    clickhouse_write_config "$folder" "${!http_variable}" "${!tcp_variable}" "${ports[$((3 + number))]}" \
      "$password_hash"
    [ "$(id -u)" -ne 0 ] || chown -R "$user" "$folder"
    # setsid: each server leads a process group of its own (with runuser, for root), stopped whole.
    # Job control is off in the subshell (as when sourced in an interactive shell), so that setsid
    # does not fork and $! is the group's leader.
    (
      set +m
      if [ "$(id -u)" -eq 0 ]; then
        setsid runuser -u "$user" -- clickhouse-server --config-file="$folder/config.xml" \
          </dev/null >"$folder/stdout.log" 2>&1 &
      else
        setsid clickhouse-server --config-file="$folder/config.xml" </dev/null >"$folder/stdout.log" 2>&1 &
      fi
      echo $! >"$ASSAY_CLICKHOUSE_ROOT/group$number"
    )
  done
  local deadline=$(($(date +%s) + 30))
  for number in 1 2; do
    local http_variable="ASSAY_CLICKHOUSE_HTTP$number"
    until [ "$(curl -s --max-time 2 "http://127.0.0.1:${!http_variable}/ping" 2>/dev/null)" = "Ok." ] \
      && clickhouse_admin_client "$number" --connect_timeout 2 --query "SELECT 1" >/dev/null 2>&1; do
      if ! clickhouse_is_running "$number"; then
        echo "clickhouse-server $number stopped while starting." >&2
        return 1
      fi
      if [ "$(date +%s)" -ge "$deadline" ]; then
        echo "clickhouse-server $number did not answer within 30 s." >&2
        return 1
      fi
      sleep 0.1
    done
  done
}

# Starts the cluster and loads its tables; a start that fails (a server that stops, a port taken in
# the meantime) prints the servers' logs and is tried once more from nothing.
server_start_clickhouse() {
  local started password password_hash attempt
  started=$(date +%s%N)
  password=$(server_new_password)
  password_hash=$(printf '%s' "$password" | sha256sum | cut -d' ' -f1)
  for attempt in 1 2; do
    if clickhouse_launch "$password_hash" && clickhouse_load_fixtures; then
      export ASSAY_TEST_CLICKHOUSE="clickhouse://assay:$password@127.0.0.1:$ASSAY_CLICKHOUSE_HTTP1/assaytest"
      export ASSAY_TEST_CLICKHOUSE_SHARD2="http://127.0.0.1:$ASSAY_CLICKHOUSE_HTTP2"
      echo "ClickHouse on 127.0.0.1:$ASSAY_CLICKHOUSE_HTTP1 and :$ASSAY_CLICKHOUSE_HTTP2, ready in $((($(date +%s%N) - started) / 1000000)) ms" >&2
      return 0
    fi
    echo "ClickHouse did not start (attempt $attempt of 2); the servers' logs:" >&2
    clickhouse_print_logs
    server_stop_clickhouse
  done
  return 1
}

# Creates the fixture tables on both servers and loads them.
clickhouse_load_fixtures() {
  local number
  for number in 1 2; do
    clickhouse_admin_client "$number" --multiquery <<SQL || return 1
CREATE DATABASE assaytest;
CREATE TABLE assaytest.iris_local (
  sepal_length Float64, sepal_width Float64, petal_length Float64, petal_width Float64, species String)
  ENGINE = MergeTree ORDER BY tuple();
CREATE TABLE assaytest.numbers_local (
  id UInt64, measure Float64, category LowCardinality(String), happened DateTime)
  ENGINE = MergeTree ORDER BY id;
CREATE TABLE assaytest.every_type_local (
  id UInt8, i8 Int8, i16 Int16, i32 Int32, i64 Int64, u8 UInt8, u16 UInt16, u32 UInt32, u64 UInt64,
  f32 Float32, f64 Float64, amount Decimal(18, 4), name String, code FixedString(3),
  day Date, moment DateTime('UTC'), local_moment DateTime('Europe/Amsterdam'), maybe Nullable(Int32),
  label LowCardinality(String), mood Enum8('sad' = 1, 'happy' = 2), tags Array(String))
  ENGINE = MergeTree ORDER BY id;
SQL
  done
  clickhouse_admin_client 1 --multiquery <<SQL || return 1
CREATE TABLE assaytest.iris AS assaytest.iris_local ENGINE = Distributed(assay, assaytest, iris_local, rand());
CREATE TABLE assaytest.penguins (
  species String, island String, bill_length_mm Nullable(Float64), bill_depth_mm Nullable(Float64),
  flipper_length_mm Nullable(Int64), body_mass_g Nullable(Int64), sex Nullable(String), year Int64)
  ENGINE = MergeTree ORDER BY tuple();
CREATE TABLE assaytest.weather (
  date Date, precipitation Float64, temp_max Float64, temp_min Float64, wind Float64, weather String)
  ENGINE = MergeTree ORDER BY tuple();
CREATE TABLE assaytest.numbers AS assaytest.numbers_local ENGINE = Distributed(assay, assaytest, numbers_local, id);
CREATE TABLE assaytest.every_type AS assaytest.every_type_local
  ENGINE = Distributed(assay, assaytest, every_type_local, id);
SQL
  # iris, in file order: the odd rows on the first shard, the even rows on the second.
  for number in 1 2; do
    tail -n +2 "$ASSAY_CLICKHOUSE_REPOSITORY/sampledata/iris.csv" | tr -d '\r' \
      | awk -v shard="$number" '(NR % 2 == shard % 2)' \
      | clickhouse_admin_client "$number" --query "INSERT INTO assaytest.iris_local FORMAT CSV" || return 1
    local first=$(((number - 1) * 500000))
    clickhouse_admin_client "$number" --query "INSERT INTO assaytest.numbers_local
      SELECT number + $first + 1, ((number + $first + 1) * 7919 % 10007) / 100,
        concat('c', toString((number + $first + 1) % 20)),
        toDateTime('2020-01-01 00:00:00') + (number + $first + 1) * 60
      FROM system.numbers LIMIT 500000" || return 1
  done
  tail -n +2 "$ASSAY_CLICKHOUSE_REPOSITORY/sampledata/penguins.csv" | tr -d '\r' | sed 's/\bNA\b/\\N/g' \
    | clickhouse_admin_client 1 --query "INSERT INTO assaytest.penguins FORMAT CSV" || return 1
  tail -n +2 "$ASSAY_CLICKHOUSE_REPOSITORY/sampledata/seattle-weather.csv" | tr -d '\r' \
    | clickhouse_admin_client 1 --query "INSERT INTO assaytest.weather FORMAT CSV" || return 1
  # One row of values on the first shard; the limits and NULLs on the second.
  clickhouse_admin_client 1 --query "INSERT INTO assaytest.every_type_local VALUES (1, -128, -32768, \
-2147483648, -9223372036854775808, 0, 0, 0, 0, 1.5, -2.25, 12345.6789, 'héllo wörld', 'abc', '2024-02-29', \
'2024-03-01 08:00:00', '2024-03-01 08:00:00', 7, 'low', 'happy', ['a', 'b'])" || return 1
  clickhouse_admin_client 2 --query "INSERT INTO assaytest.every_type_local VALUES (2, 127, 32767, 2147483647, \
9223372036854775807, 255, 65535, 4294967295, 18446744073709551615, -3.25, 1e300, -99999999999999.9999, '', \
'xyz', '1970-01-02', '1970-01-01 00:00:01', '2105-12-31 23:00:00', NULL, '', 'sad', [])" || return 1
}

# Stops both servers: the first (which holds pooled connections to the second) first, each with
# TERM and, after a short wait, KILL; then removes their folders.
server_stop_clickhouse() {
  [ -n "$ASSAY_CLICKHOUSE_ROOT" ] || return 0
  local number group waited
  for number in 1 2; do
    group=$(cat "$ASSAY_CLICKHOUSE_ROOT/group$number" 2>/dev/null || true)
    [ -n "$group" ] || continue
    if kill -0 -- "-$group" 2>/dev/null; then
      kill -TERM -- "-$group" 2>/dev/null || true
      waited=0
      while kill -0 -- "-$group" 2>/dev/null && [ "$waited" -lt 20 ]; do
        sleep 0.1
        waited=$((waited + 1))
      done
      kill -KILL -- "-$group" 2>/dev/null || true
    fi
  done
  rm -rf "$ASSAY_CLICKHOUSE_ROOT"
  ASSAY_CLICKHOUSE_ROOT=""
  unset ASSAY_TEST_CLICKHOUSE ASSAY_TEST_CLICKHOUSE_SHARD2
}
