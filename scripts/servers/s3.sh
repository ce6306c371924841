# moto_server as S3 for the tests, on 127.0.0.1 at a free port, with authentication on: after the
# first three actions (an IAM user, its access key and its policy, made by the fixture script)
# every request must carry a valid SigV4 signature of that key. Sourced by scripts/test.sh; by hand:
#   source scripts/servers/s3.sh && server_start_s3   # exports ASSAY_TEST_S3 (endpoint), its key pair
#   server_stop_s3

s3_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

# Starts the server, loads the fixtures and exports ASSAY_TEST_S3, ASSAY_TEST_S3_KEY and ASSAY_TEST_S3_SECRET.
server_start_s3() {
  command -v moto_server >/dev/null || { echo "moto_server is missing: run scripts/setup.sh" >&2; return 1; }
  server_stop_s3
  ASSAY_S3_DIR=$(mktemp -d /tmp/assay-s3.XXXXXX)
  local port started
  port=$(server_free_port)
  started=$(date +%s%N)
  INITIAL_NO_AUTH_ACTION_COUNT=3 python3 "$s3_root/scripts/servers/moto_signed.py" -H 127.0.0.1 -p "$port" \
    >"$ASSAY_S3_DIR/server.log" 2>&1 &
  ASSAY_S3_PID=$!
  python3 - "$port" <<'PY' || { cat "$ASSAY_S3_DIR/server.log" >&2; return 1; }
import socket, sys, time
for _ in range(300):
    try:
        socket.create_connection(("127.0.0.1", int(sys.argv[1])), 0.2).close()
        sys.exit(0)
    except OSError:
        time.sleep(0.05)
sys.exit("moto_server did not start")
PY
  local keys
  keys=$(cd "$s3_root" && python3 scripts/servers/store-fixtures.py --s3 "http://127.0.0.1:$port") || return 1
  export ASSAY_TEST_S3="http://127.0.0.1:$port"
  export ASSAY_TEST_S3_KEY="${keys%% *}"
  export ASSAY_TEST_S3_SECRET="${keys##* }"
  echo "moto S3 on 127.0.0.1:$port, ready in $((($(date +%s%N) - started) / 1000000)) ms" >&2
}

server_stop_s3() {
  [ -n "${ASSAY_S3_PID:-}" ] && kill "$ASSAY_S3_PID" 2>/dev/null && wait "$ASSAY_S3_PID" 2>/dev/null
  [ -n "${ASSAY_S3_DIR:-}" ] && rm -rf "$ASSAY_S3_DIR"
  ASSAY_S3_PID=""
  ASSAY_S3_DIR=""
  return 0
}
