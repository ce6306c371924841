#!/usr/bin/env bash
# Runs a libFuzzer target for N executions and prints executions, time, crashes and hangs:
#   scripts/fuzz.sh csv|json|filter|theme|keymap|rules|locator|settings|server-values|store-answers|clickhouse-answers|parquet|xlsx|all N [WORKERS]
# With WORKERS above 1, that many fuzzer processes share the N executions, each with its own seed,
# all adding to the one corpus folder (libFuzzer reads what the others add as it goes).
# Builds the fuzz package (Fuzz/, scratch path .build-fuzz) with -sanitize=fuzzer,address first.
# Each input gets at most 10 s and 2 GiB. Swift's own crash reporter is off, so a crash is reported
# by AddressSanitizer alone. Leak checks are off: a multi-payload enum keeps its case in a pointer's
# spare bits, so LeakSanitizer cannot follow such references and reports what a global table holds
# as leaked. AddressSanitizer keeps no allocation stacks (that halves the time an input takes); to see
# them, run the saved input again: ASAN_OPTIONS= .build-fuzz/release/FuzzCSV .build-fuzz/artifacts/csv/crash-... New corpus entries go to .build-fuzz/corpus/TARGET (the
# seeds in Fuzz/Corpus/TARGET are only read); a crash or hang is saved in .build-fuzz/artifacts/TARGET
# and makes the exit status 1.
# Under CI (CI set) every worker starts from its own fixed seed and does not read what the others add
# to the corpus (-reload=0), so a run gives the same verdict each time.
set -euo pipefail
cd "$(dirname "$0")/.."

declare -A modules=(
  [csv]=FuzzCSV [json]=FuzzJSON [filter]=FuzzFilter [theme]=FuzzTheme [keymap]=FuzzKeymap [rules]=FuzzRules
  [locator]=FuzzLocator [settings]=FuzzSettings [server-values]=FuzzServerValues [store-answers]=FuzzStoreAnswers
  [clickhouse-answers]=FuzzClickHouseAnswers [parquet]=FuzzParquet [xlsx]=FuzzXLSX
)
order=(csv json filter theme keymap rules locator settings server-values store-answers clickhouse-answers parquet xlsx)
# Longest input per target (libFuzzer's default is the longest seed, at least 4096 bytes). A CSV or JSON
# input costs time in proportion to its length under AddressSanitizer, and 512 bytes hold every quoting,
# escaping, nesting, line-end and typing case with chunk boundaries anywhere in them.
declare -A max_len=([csv]=512 [json]=512)
target=${1:-}
runs=${2:-}
workers=${3:-1}
if [[ -z "$target" || ! "$runs" =~ ^[0-9]+$ || ! "$workers" =~ ^[1-9][0-9]?$ ||
  ( "$target" != all && -z "${modules[$target]:-}" ) ]]; then
  echo "usage: scripts/fuzz.sh TARGET|all N [WORKERS]   (targets: ${order[*]})" >&2
  exit 2
fi

scratch="$PWD/.build-fuzz"
build=(swift build --package-path Fuzz --scratch-path "$scratch" -c release -Xswiftc -sanitize=fuzzer,address)
# The build plan lists the root package's source files when it is made; a plan made before a file
# was added would leave it out, so it is made afresh each time (a few seconds).
rm -f "$scratch/release.yaml"
log=$(mktemp)
trap 'rm -f "$log" "$log".*' EXIT
if ! "${build[@]}" >"$log" 2>&1; then
  grep -E "error" "$log" >&2 || tail -20 "$log" >&2
  echo "The fuzz build failed." >&2
  exit 1
fi
bin=$("${build[@]}" --show-bin-path)

# Runs one target; prints one line of figures and returns 1 on a crash or hang.
fuzz() {
  local name=$1 artifacts="$scratch/artifacts/$1" corpus="$scratch/corpus/$1"
  mkdir -p "$artifacts" "$corpus"
  local before_crashes before_hangs start status=0
  before_crashes=$(find "$artifacts" -type f ! -name 'timeout-*' | wc -l)
  before_hangs=$(find "$artifacts" -type f -name 'timeout-*' | wc -l)
  start=$(date +%s.%N)
  local worker pids=() share
  for ((worker = 0; worker < workers; worker++)); do
    share=$((runs / workers + (worker < runs % workers ? 1 : 0)))
    ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=0} SWIFT_BACKTRACE=enable=no "$bin/${modules[$name]}" \
      -runs="$share" -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 -print_final_stats=1 \
      ${CI:+-seed=$((worker + 1)) -reload=0} ${max_len[$name]:+-max_len=${max_len[$name]}} \
      -artifact_prefix="$artifacts/" "$corpus" "Fuzz/Corpus/$name" >"$log.$worker" 2>&1 &
    pids+=($!)
  done
  local code
  for worker in "${!pids[@]}"; do
    code=0
    wait "${pids[$worker]}" || code=$?
    if ((status == 0 || status == 72)); then status=$code; fi
  done
  local seconds executions=0 counted crashes hangs
  seconds=$(awk "BEGIN { print $(date +%s.%N) - $start }")
  for ((worker = 0; worker < workers; worker++)); do
    counted=$(grep -oE "number_of_executed_units: *[0-9]+" "$log.$worker" | grep -oE "[0-9]+$" | tail -1 || true)
    [[ -n "$counted" ]] || counted=$(grep -oE "^#[0-9]+" "$log.$worker" | tail -1 | tr -d '#')
    executions=$((executions + ${counted:-0}))
  done
  cat "$log".* >"$log"
  crashes=$(($(find "$artifacts" -type f ! -name 'timeout-*' | wc -l) - before_crashes))
  hangs=$(($(find "$artifacts" -type f -name 'timeout-*' | wc -l) - before_hangs))
  # libFuzzer exits 72 when interrupted (Ctrl-C): that is neither a crash nor a hang.
  if [[ $status -ne 0 && $status -ne 72 && $crashes -eq 0 && $hangs -eq 0 ]]; then crashes=1; fi
  printf '%-8s executions %10s  time %7.1f s  crashes %d  hangs %d\n' \
    "$name" "${executions:-0}" "$seconds" "$crashes" "$hangs"
  if [[ $status -ne 0 ]]; then
    grep -E "ERROR|SUMMARY|Fatal error|Test unit written|Crash|==[0-9]+==" "$log" | head -20 >&2
    return 1
  fi
}

failed=0
if [[ "$target" == all ]]; then
  for name in "${order[@]}"; do fuzz "$name" || failed=1; done
else
  fuzz "$target" || failed=1
fi
exit $failed
