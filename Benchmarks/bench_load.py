#!/usr/bin/env python3
"""Side-by-side load benchmark: Assay against polars, pyarrow, DuckDB and pandas.

Usage: Benchmarks/bench_load.py [--runs N] [--sizes 1m,10m] [--assay PATH]

Generates Benchmarks/data/main_1m.csv and main_10m.csv when missing, then for each file runs
every tool in turn, alternating (assay, polars, pyarrow, duckdb, pandas, assay, ...) so that a
busy machine hurts all alike. Each run is a whole process timed with /usr/bin/time: wall seconds
and peak RSS. Prints the median wall time, median peak RSS and Assay's ratio to each peer
(peer time / Assay time: above 1 means Assay is faster).

Tasks: typed load (`assay schema FILE`), describe (`assay describe FILE` vs polars .describe()
and DuckDB SUMMARIZE) and a frequency table (`assay freq FILE --column category` vs Miller
count-distinct).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "Benchmarks", "data")
ROWS = {"1m": 1_000_000, "10m": 10_000_000}


def python(code):
    return [sys.executable, "-c", code]


def tasks(assay, path):
    """(task, tool, command) for one file."""
    q = repr(path)
    rows = [
        ("load", "assay", [assay, "schema", path]),
        ("load", "polars", python(f"import polars as pl; pl.read_csv({q})")),
        ("load", "pyarrow", python(f"import pyarrow.csv as c; c.read_csv({q})")),
        ("load", "duckdb", python(f"import duckdb; duckdb.connect().execute(\"CREATE TABLE t AS SELECT * FROM read_csv('{path}')\")")),
        ("load", "pandas", python(f"import pandas as pd; pd.read_csv({q})")),
        ("describe", "assay", [assay, "describe", path]),
        ("describe", "polars", python(f"import polars as pl; print(pl.read_csv({q}).describe())")),
        ("describe", "duckdb", python(f"import duckdb; c = duckdb.connect(); c.execute(\"CREATE TABLE t AS SELECT * FROM read_csv('{path}')\"); print(c.execute('SUMMARIZE t').fetchall())")),
        ("freq", "assay", [assay, "freq", path, "--column", "category"]),
    ]
    if shutil.which("mlr"):
        rows.append(("freq", "miller", ["mlr", "--icsv", "--opprint", "count-distinct", "-f", "category", path]))
    return rows


def timed(command):
    """(wall seconds, peak RSS MiB) of one run, or None when it failed."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        result = subprocess.run(["/usr/bin/time", "-o", report.name, "-f", "%e %M"] + command,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if result.returncode != 0:
            sys.stderr.write(f"failed: {' '.join(command)}\n{result.stderr.decode()[-400:]}\n")
            return None
        wall, peak_kib = report.read().split()[-2:]
        return float(wall), int(peak_kib) / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="1m,10m")
    parser.add_argument("--assay", default=os.path.join(ROOT, ".build", "release", "assay"))
    args = parser.parse_args()
    if not os.path.exists("/usr/bin/time"):
        sys.exit("needs /usr/bin/time (apt-get install time)")
    for size in args.sizes.split(","):
        path = os.path.join(DATA, f"main_{size}.csv")
        if not os.path.exists(path):
            os.makedirs(DATA, exist_ok=True)
            subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "gen_data.py"), "main", str(ROWS[size]), path],
                           check=True)
        runs = tasks(args.assay, path)
        results = {(task, tool): [] for task, tool, _ in runs}
        for task, tool, command in runs:  # warm-up: page cache, imports
            timed(command)
        for _ in range(args.runs):
            for task, tool, command in runs:
                measured = timed(command)
                if measured:
                    results[(task, tool)].append(measured)
        print(f"\n{os.path.basename(path)} ({os.path.getsize(path) / 1e6:.0f} MB), median of {args.runs} runs")
        print(f"{'task':<9} {'tool':<8} {'wall s':>8} {'peak MiB':>9} {'peer/assay':>11}")
        for task in dict.fromkeys(t for t, _, _ in runs):
            ours = results.get((task, "assay"))
            ours_wall = statistics.median(w for w, _ in ours) if ours else None
            for (t, tool), values in results.items():
                if t != task or not values:
                    continue
                wall = statistics.median(w for w, _ in values)
                peak = statistics.median(m for _, m in values)
                ratio = f"{wall / ours_wall:.2f}x" if ours_wall and tool != "assay" else ""
                print(f"{task:<9} {tool:<8} {wall:>8.2f} {peak:>9.0f} {ratio:>11}")


if __name__ == "__main__":
    main()
