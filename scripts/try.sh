#!/usr/bin/env bash
# Builds Assay (release) and opens the bundled iris sample in the table view; press q to quit.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product assay
exec .build/release/assay "${1:-sampledata/iris.csv}"
