#!/usr/bin/env bash
# Builds Assay and runs every test: unit, golden files, the built binary, and tmux sessions.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

log=$(mktemp)
# The servers the tests talk to: each scripts/servers/NAME.sh defines server_start_NAME, which
# starts it on 127.0.0.1 at a free port and exports where to reach it, and server_stop_NAME.
servers=()
for file in scripts/servers/*.sh; do
  [ -e "$file" ] || continue
  # shellcheck source=/dev/null
  source "$file"
  servers+=("$(basename "$file" .sh)")
done
# Whatever ends the run, no server and no tmux server started for the tests may outlive it.
cleanup() {
  for server in "${servers[@]}"; do "server_stop_$server" || true; done
  rm -f "$log"
  [ -z "${scratch:-}" ] || rm -rf "$scratch"
  pkill -9 -f "tmux -L assay-test-" 2>/dev/null || true
}
trap cleanup EXIT
# The temporary files and folders of whatever honours TMPDIR (the tests, the build) go into one
# folder of the run's own, removed at its end. It lies in /tmp and is open to every account, as
# /tmp is: some tests run the binary as the servers' account.
scratch=$(mktemp -d /tmp/assay-tests.XXXXXX)
chmod 1777 "$scratch"
export TMPDIR="$scratch"
swift build --build-tests 2>&1 | tee "$log" | grep -E "error|warning:|Compiling|Build" || true
if grep -E "^/.*/(Sources|Tests)/.*(warning|error):" "$log" | grep -v "/.build/" >/dev/null; then
  echo "The build has warnings or errors in project code:" >&2
  grep -E "^/.*/(Sources|Tests)/.*(warning|error):" "$log" | grep -v "/.build/" | sort -u >&2
  exit 1
fi
grep -q "Build complete" "$log" || { echo "The build failed." >&2; exit 1; }

if ! swift format lint --strict --recursive Sources Tests Package.swift; then
  echo "Formatting differs from .swift-format: run 'swift format -i -r Sources Tests Package.swift'." >&2
  exit 1
fi

# A short fuzz pass of every target (scripts/fuzz.sh; 100,000 inputs each, shared by two workers, one
# per core of the CI machine); a crash or a hang fails the run. It builds the fuzz package first (its
# own scratch path, .build-fuzz): on 2 cores a few minutes of build and about 2.5 of fuzzing, most of
# it the CSV and xlsx targets (see BENCHMARKS.md, Fuzzing). It runs before the tests so that the
# test runner's summary is the run's last line.
scripts/fuzz.sh all 100000 2

for server in "${servers[@]}"; do "server_start_$server"; done
# The suites whose references come from Python (pyarrow, polars, DuckDB, pandas, openpyxl, scipy) hold a
# thread of the concurrency runtime's two while a script runs; they run after the others, so that
# the suites that drive the app's run loop on those threads are never kept waiting by them.
referenced="RepairTests|AssayParquetTests|AssayJSONTests|AssayOfficeTests|ParquetCommandTests|JSONCommandTests|WorkbookCommandTests|WorkbookSessionTests|WhereOptionTests|AnonymizeCommandTests|PiiCommandTests|AdvisorFolderTests|AdvisorStoreTests|FidelityReferenceTests"
# The suites that drive the app's run loop in this process wait on those two threads too, for every
# frame: they run first, on their own, so that no suite busy with a long computation (fitting a
# model, enumerating answers) holds the threads they wait on.
runloop="RunLoopTests|ChartScreenTests"
export ASSAY_BIN="$(swift build --show-bin-path)/assay"
status=0
swift test --skip-build --filter "$runloop" || status=$?
swift test --skip-build --skip "$runloop|$referenced" || status=$?
swift test --skip-build --filter "$referenced" || status=$?
exit $status
