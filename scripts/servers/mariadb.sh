#!/usr/bin/env bash
# A MariaDB server for the tests, sourced by scripts/test.sh (or by hand: source this file, then
# server_start_mariadb ... server_stop_mariadb). It runs as a non-root user from a data folder of
# its own, listens on 127.0.0.1 only at a free port, and exports ASSAY_TEST_MARIADB, the locator
# of its database `assaytest` (user `assay`, a password made for this run), which holds:
#   iris        sampledata/iris.csv
#   penguins    sampledata/penguins.csv (NA as NULL)
#   weather     sampledata/seattle-weather.csv
#   every_type  a column of each type Assay reads, a row of values, a row of NULLs, a row of limits
#   big         1,000,000 generated rows: id, a double, a category of 20 values, a datetime
#   cased       groups its collation holds equal ('a', 'A', 'a ', 'é', 'e') with a number each

ASSAY_MARIADB_ROOT=""
ASSAY_MARIADB_PID=""
# The repository, for sampledata/iris.csv, wherever this file is sourced from.
ASSAY_MARIADB_REPOSITORY=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

# The mariadb client as the server's root account, through the server's socket.
mariadb_admin_client() {
  mariadb --no-defaults --socket="$ASSAY_MARIADB_ROOT/mysqld.sock" --user=root "$@"
}

server_start_mariadb() {
  local started user port password
  started=$(date +%s%N)
  user=$(server_account)
  # In memory where the machine has room (/dev/shm): no write waits for a disk.
  local parent="${TMPDIR:-/tmp}"
  [ -w /dev/shm ] && parent=/dev/shm
  ASSAY_MARIADB_ROOT=$(mktemp -d "$parent/assay-mariadb.XXXXXX")
  chmod 0755 "$ASSAY_MARIADB_ROOT"
  [ "$(id -u)" -ne 0 ] || chown "$user" "$ASSAY_MARIADB_ROOT"
  port=$(server_free_port)
  password=$(server_new_password)

  server_as_account mariadb-install-db --no-defaults --datadir="$ASSAY_MARIADB_ROOT/data" \
    --auth-root-authentication-method=normal --skip-test-db --skip-name-resolve \
    >"$ASSAY_MARIADB_ROOT/install.log" 2>&1 || {
    echo "mariadb-install-db failed:" >&2
    cat "$ASSAY_MARIADB_ROOT/install.log" >&2
    return 1
  }
  # Durability is traded for speed: the data is made anew for every run.
  server_as_account setsid mariadbd --no-defaults --datadir="$ASSAY_MARIADB_ROOT/data" \
    --socket="$ASSAY_MARIADB_ROOT/mysqld.sock" --pid-file="$ASSAY_MARIADB_ROOT/mysqld.pid" \
    --log-error="$ASSAY_MARIADB_ROOT/error.log" --bind-address=127.0.0.1 --port="$port" \
    --skip-name-resolve --local-infile=1 --innodb-buffer-pool-size=256M --innodb-log-file-size=128M \
    --innodb-flush-log-at-trx-commit=0 --skip-innodb-doublewrite --max-connections=500 \
    </dev/null >/dev/null 2>&1 &
  local waited=0
  until mariadb-admin --no-defaults --socket="$ASSAY_MARIADB_ROOT/mysqld.sock" --user=root ping >/dev/null 2>&1; do
    sleep 0.1
    waited=$((waited + 1))
    if [ "$waited" -gt 300 ]; then
      echo "mariadbd did not answer within 30 s:" >&2
      cat "$ASSAY_MARIADB_ROOT/error.log" >&2
      return 1
    fi
  done
  ASSAY_MARIADB_PID=$(cat "$ASSAY_MARIADB_ROOT/mysqld.pid")

  mariadb_admin_client --local-infile=1 >/dev/null <<SQL || return 1
SET time_zone = '+00:00';
CREATE DATABASE assaytest;
CREATE USER 'assay'@'127.0.0.1' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON assaytest.* TO 'assay'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`assaytest\\_catalog\`.* TO 'assay'@'127.0.0.1';
USE assaytest;

CREATE TABLE iris (
  sepal_length DOUBLE, sepal_width DOUBLE, petal_length DOUBLE, petal_width DOUBLE, species VARCHAR(20));
LOAD DATA LOCAL INFILE '$ASSAY_MARIADB_REPOSITORY/sampledata/iris.csv' INTO TABLE iris
  FIELDS TERMINATED BY ',' LINES TERMINATED BY '\n' IGNORE 1 LINES
  (sepal_length, sepal_width, petal_length, petal_width, @species)
  SET species = TRIM(TRAILING '\r' FROM @species);

CREATE TABLE penguins (
  species VARCHAR(20), island VARCHAR(20), bill_length_mm DOUBLE, bill_depth_mm DOUBLE,
  flipper_length_mm BIGINT, body_mass_g BIGINT, sex VARCHAR(10), year BIGINT);
LOAD DATA LOCAL INFILE '$ASSAY_MARIADB_REPOSITORY/sampledata/penguins.csv' INTO TABLE penguins
  FIELDS TERMINATED BY ',' LINES TERMINATED BY '\n' IGNORE 1 LINES
  (species, island, @bill_length, @bill_depth, @flipper, @mass, @sex, year)
  SET bill_length_mm = NULLIF(@bill_length, 'NA'), bill_depth_mm = NULLIF(@bill_depth, 'NA'),
    flipper_length_mm = NULLIF(@flipper, 'NA'), body_mass_g = NULLIF(@mass, 'NA'), sex = NULLIF(@sex, 'NA');
CREATE TABLE weather (
  date DATE, precipitation DOUBLE, temp_max DOUBLE, temp_min DOUBLE, wind DOUBLE, weather VARCHAR(10));
LOAD DATA LOCAL INFILE '$ASSAY_MARIADB_REPOSITORY/sampledata/seattle-weather.csv' INTO TABLE weather
  FIELDS TERMINATED BY ',' LINES TERMINATED BY '\n' IGNORE 1 LINES;

CREATE TABLE every_type (
  id INT PRIMARY KEY,
  tiny_value TINYINT, small_value SMALLINT, medium_value MEDIUMINT, int_value INT, big_value BIGINT,
  unsigned_value BIGINT UNSIGNED, year_value YEAR,
  float_value FLOAT, double_value DOUBLE, decimal_value DECIMAL(14, 4),
  bit_flag BIT(1), bool_flag BOOLEAN,
  date_value DATE, datetime_value DATETIME(6), timestamp_value TIMESTAMP(6) NULL, time_value TIME(6),
  char_value CHAR(5), varchar_value VARCHAR(40), text_value TEXT, enum_value ENUM('red', 'green'),
  set_value SET('a', 'b', 'c'), json_value JSON,
  blob_value BLOB, binary_value BINARY(4), varbinary_value VARBINARY(16), bits_value BIT(10));
INSERT INTO every_type VALUES
  (1, -128, -32768, -8388608, -2147483648, -9223372036854775808, 0, 1901,
   1.5, -2.25, 12345.6789, b'1', TRUE,
   '2024-02-29', '2024-03-01 08:00:00.5', '2024-03-01 08:00:00.25', '-01:30:00',
   'abc', 'héllo wörld', 'a longer text', 'green', 'a,c', '{"k": [1, 2]}',
   x'89504E470D0A1A0A00', x'DEADBEEF', x'0102', b'1000000010'),
  (2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
   NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (3, 127, 32767, 8388607, 2147483647, 9223372036854775807, 18446744073709551615, 2155,
   3.25, 1e300, -99999999.9999, b'0', FALSE,
   '1000-01-01', '9999-12-31 23:59:59.999999', '1970-01-01 00:00:01', '838:59:59.5',
   '', '', '', 'red', '', '[]', x'', x'00000000', x'', b'0');

CREATE TABLE big (id INT PRIMARY KEY, measure DOUBLE, category VARCHAR(8), happened DATETIME);
INSERT INTO big
  SELECT seq, (seq * 7919 % 10007) / 100, CONCAT('c', seq % 20), '2020-01-01' + INTERVAL seq MINUTE
  FROM seq_1_to_1000000;
CREATE TABLE cased (grp VARCHAR(5) COLLATE utf8mb4_unicode_ci, amount INT);
INSERT INTO cased VALUES ('a', 1), ('A', 2), ('a ', 3), ('é', 4), ('e', 5), ('a', 6), ('A', 7), ('e', 8),
  ('é', 9), ('a ', 10), ('a', 11), ('A', 12);
ANALYZE TABLE iris, penguins, weather, every_type, big, cased;
SQL
  export ASSAY_TEST_MARIADB="mysql://assay:$password@127.0.0.1:$port/assaytest"
  echo "MariaDB on 127.0.0.1:$port, ready in $((($(date +%s%N) - started) / 1000000)) ms" >&2
}

server_stop_mariadb() {
  [ -n "$ASSAY_MARIADB_ROOT" ] || return 0
  local pid="$ASSAY_MARIADB_PID"
  [ -n "$pid" ] || pid=$(cat "$ASSAY_MARIADB_ROOT/mysqld.pid" 2>/dev/null || true)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    local waited=0
    while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 300 ]; do
      sleep 0.1
      waited=$((waited + 1))
    done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -rf "$ASSAY_MARIADB_ROOT"
  ASSAY_MARIADB_ROOT=""
  ASSAY_MARIADB_PID=""
  unset ASSAY_TEST_MARIADB
}
