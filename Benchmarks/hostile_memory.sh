#!/usr/bin/env bash
# Peak memory and time of assay on inputs built to exhaust memory, at full size (the tests in
# Tests/AssayEndToEndTests/HostileCorpusTests.swift use smaller ones). Each file is generated into
# a temporary folder and deleted at the end. Usage: Benchmarks/hostile_memory.sh [ASSAY_BINARY]
set -uo pipefail
assay=${1:-.build/release/assay}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
measure() {  # label, then the command
  local label=$1; shift
  /usr/bin/time -f "%e s, %M KB max RSS" -o "$work/time" timeout 60 "$@" > /dev/null 2> "$work/err"
  local status=$?
  printf '%-44s exit %3d  %s  %s\n' "$label" "$status" "$(tail -1 "$work/time")" "$(head -c 150 "$work/err")"
}
head -c 1G /dev/zero | tr '\0' x > "$work/line.csv"
measure "1 GiB single line (file)" "$assay" schema "$work/line.csv"
measure "1 GiB single line (stdin)" sh -c "\"$assay\" schema - < \"$work/line.csv\""
rm "$work/line.csv"
{ printf 'n,q\n1,"'; head -c 1G /dev/zero | tr '\0' '"'; printf '"\n2,x\n'; } > "$work/quotes.csv"
measure "1 GiB field of quotes (file)" "$assay" schema "$work/quotes.csv"
measure "1 GiB field of quotes (stdin)" sh -c "\"$assay\" schema - < \"$work/quotes.csv\""
rm "$work/quotes.csv"
yes 1,2 | head -c 4194304 | gzip -9 > "$work/member.gz"
for copies in 256 1280; do
  for _ in $(seq "$copies"); do cat "$work/member.gz"; done > "$work/bomb.csv.gz"
  measure "gzip inflating to $((copies * 4)) MiB" "$assay" schema "$work/bomb.csv.gz"
  measure "... with ASSAY_MEMORY_LIMIT=2G" env ASSAY_MEMORY_LIMIT=2G "$assay" schema "$work/bomb.csv.gz"
done
measure "5 s of yes 1,2 on stdin" sh -c "timeout 5 yes 1,2 | \"$assay\" schema -"
