#!/usr/bin/env python3
"""Table-browser benchmark: sort, filter and frequency on main_10m, with VisiData side by side.

Usage: Benchmarks/bench_browser.py [--assay PATH] [--data DIR] [--sizes 1m,10m] [--visidata-sizes 1m] [--runs N]

Assay replays a command log headless (`assay --replay LOG FILE --batch`) with ASSAY_TIMINGS=1, which
prints the load time and, for every command, the time it took and the time of the frame drawn after
it (the key→screen cost without the terminal). VisiData plays the same operations with
`vd -b -p LOG.vdj`; its figure is the whole run minus a load-only run (VisiData reports no
per-command time). Build Assay first: `swift build -c release`.
Data: Benchmarks/gen_data.py makes Benchmarks/data/main_{1m,10m}.csv.
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "Benchmarks", "data")

# Each task: the Assay command log, and VisiData's command log rows (column, longname, input).
TASKS = {
    "sort x (float) descending": (
        "go-column\tx\nsort-descending\ncursor-down\n",
        [("x", "type-float", ""), ("x", "sort-desc", "")],
    ),
    "sort category, then x": (
        "go-column\tx\nsort-add-ascending\ngo-column\tcategory\nsort-ascending\n",
        [("x", "type-float", ""), ("category", "sort-asc", "")],
    ),
    "sort note (free text) ascending": (
        "go-column\tnote\nsort-ascending\ncursor-down\n",
        [("note", "sort-asc", "")],
    ),
    "frequency of category (20 levels)": (
        "go-column\tcategory\nfrequency-table\ncursor-down\n",
        [("category", "freq-col", "")],
    ),
    "frequency of id (10M distinct ints)": (
        "go-column\tid\nfrequency-table\nquit-sheet\n",
        [("id", "freq-col", "")],
    ),
    "filter x > 50 and category == \"books\"": (
        "filter\tx > 50 and category == \"books\"\n",
        [("x", "type-float", ""), ("x", "select-expr", "x > 50 and category == 'books'"),
         ("", "dup-selected", "")],
    ),
    "search a regex in note": (
        "go-column\tnote\nsearch-column\tfox.*dog\nsearch-next\n",
        [("note", "search-col", "fox.*dog")],
    ),
}


def run_assay(assay, path, log_text):
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as log:
        log.write(log_text)
    out = tempfile.mktemp(suffix=".csv")
    env = dict(os.environ, ASSAY_TIMINGS="1")
    # End on a small sheet so that writing the output does not dominate.
    with open(log.name, "a") as f:
        f.write("go-column\tcategory\nfrequency-table\n")
    result = subprocess.run([assay, "--replay", log.name, path, "--batch", "-o", out],
                            capture_output=True, text=True, env=env)
    os.unlink(log.name)
    if os.path.exists(out):
        os.unlink(out)
    if result.returncode != 0:
        raise SystemExit(f"assay failed: {result.stderr}")
    steps = []
    for line in result.stderr.splitlines():
        m = re.match(r"(\S+): ([\d.]+) ms(?: \(frame ([\d.]+) ms\))?", line)
        if m:
            steps.append((m.group(1), float(m.group(2)), float(m.group(3) or 0)))
    return steps


def run_visidata(path, rows):
    sheet = os.path.splitext(os.path.basename(path))[0]
    with tempfile.NamedTemporaryFile("w", suffix=".vdj", delete=False) as log:
        for column, longname, text in rows:
            log.write(json.dumps({"sheet": sheet, "col": column, "row": "", "longname": longname,
                                  "input": text, "keystrokes": "", "comment": ""}) + "\n")
    out = tempfile.mktemp(suffix=".csv")
    start = time.perf_counter()
    subprocess.run(["vd", "-b", "-p", log.name, path, "-o", out], capture_output=True)
    elapsed = time.perf_counter() - start
    os.unlink(log.name)
    if os.path.exists(out):
        os.unlink(out)
    return elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--assay", default=os.path.join(ROOT, ".build", "release", "assay"))
    parser.add_argument("--data", default=DATA, help="folder of main_{size}.csv (default: Benchmarks/data)")
    parser.add_argument("--sizes", default="10m")
    parser.add_argument("--visidata-sizes", default="1m")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for size in args.sizes.split(","):
        path = os.path.join(args.data, f"main_{size}.csv")
        print(f"\n## Assay on main_{size} (median of {args.runs}; ms)")
        print(f"{'task':40} {'command':22} {'time':>10} {'frame':>8}")
        for task, (log_text, _) in TASKS.items():
            runs = [run_assay(args.assay, path, log_text) for _ in range(args.runs)]
            for index, (name, _, _) in enumerate(runs[0]):
                if name == "load":
                    continue
                times = statistics.median(r[index][1] for r in runs)
                frames = statistics.median(r[index][2] for r in runs)
                print(f"{task:40.40} {name:22} {times:10.1f} {frames:8.2f}")
    if not args.visidata_sizes:
        return
    for size in args.visidata_sizes.split(","):
        path = os.path.join(args.data, f"main_{size}.csv")
        print(f"\n## VisiData on main_{size} (whole run minus load-only run; s)")
        load = statistics.median(run_visidata(path, []) for _ in range(args.runs))
        print(f"{'load only':40} {load:8.2f}")
        for task, (_, rows) in TASKS.items():
            total = statistics.median(run_visidata(path, rows) for _ in range(args.runs))
            print(f"{task:40.40} {total - load:8.2f}")


if __name__ == "__main__":
    main()
