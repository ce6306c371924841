#!/usr/bin/env python3
"""Benchmark of reading dates and timestamps: Assay's typed load against polars and pandas, and
Assay's own cost of a timestamp column against an integer column.

Usage: Benchmarks/bench_time.py [--runs N] [--rows N] [--assay PATH]

Generates Benchmarks/data/time_<rows>.csv when missing (with polars; deterministic seed):
  id    int 0..N-1
  big   18-digit integers (about as wide as a timestamp: the integer baseline)
  ts    ISO timestamps without zone, `2024-03-01T08:15:30` (2020..2024, whole seconds)
  tsz   the same instants with an offset, `2024-03-01T09:15:30+01:00`
  dmy   their dates as `DD/MM/YYYY` (day first: many days are above 12)

Then runs, alternating after one warm-up round (so a busy machine hurts all alike), each as a
whole process timed with /usr/bin/time (wall seconds, peak RSS):
- load: `assay schema FILE` (every column typed: ts and tsz timestamps, dmy a date) vs polars
  `pl.read_csv(FILE, try_parse_dates=True)` and pandas
  `pd.read_csv(FILE, parse_dates=['ts', 'tsz', 'dmy'], dayfirst=True)`;
- column: `assay schema FILE --columns C` for C in big, ts, tsz, dmy: one column parsed (the others
  only stepped over), so ts / big is the timestamp parse's cost against an integer's.
Prints the load average before each round, the types each tool gave, and a Markdown table of
median wall time, median peak RSS and the ratio to Assay's full load (or to `big`, for columns).
"""
import argparse
import os
import platform
import statistics
import subprocess
import sys
import time

from bench_load import alternate

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "Benchmarks", "data")


def generate(path, rows):
    import numpy as np
    import polars as pl

    rng = np.random.default_rng(20240301)
    seconds = rng.integers(1_577_836_800, 1_735_689_600, rows)
    frame = pl.DataFrame(
        {"id": np.arange(rows), "big": rng.integers(10**17, 10**18, rows), "t": seconds}
    ).with_columns(pl.from_epoch("t", time_unit="s"))
    frame.select(
        "id",
        "big",
        ts=pl.col("t").dt.strftime("%Y-%m-%dT%H:%M:%S"),
        tsz=(pl.col("t") + pl.duration(hours=1)).dt.strftime("%Y-%m-%dT%H:%M:%S+01:00"),
        dmy=pl.col("t").dt.strftime("%d/%m/%Y"),
    ).write_csv(path)


def python(code):
    return [sys.executable, "-c", code]


def tasks(assay, path):
    q = repr(path)
    rows = [
        ("load", "assay", [assay, "schema", path]),
        ("load", "polars", python(f"import polars as pl; pl.read_csv({q}, try_parse_dates=True)")),
        ("load", "pandas", python(
            f"import pandas as pd; pd.read_csv({q}, parse_dates=['ts', 'tsz', 'dmy'], dayfirst=True)")),
    ]
    rows += [("column", f"assay {c}", [assay, "schema", path, "--columns", c]) for c in ["big", "ts", "tsz", "dmy"]]
    return rows


def types(assay, path):
    """What each tool made of the columns, printed once."""
    subprocess.run([assay, "schema", path])
    subprocess.run(python(f"import polars as pl; print(pl.read_csv({path!r}, try_parse_dates=True, n_rows=1000).schema)"))
    subprocess.run(python(
        f"import pandas as pd; print(pd.read_csv({path!r}, parse_dates=['ts','tsz','dmy'], dayfirst=True, nrows=1000).dtypes.to_dict())"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--assay", default=os.path.join(ROOT, ".build-release", "release", "assay"))
    args = parser.parse_args()
    print(f"{platform.node()}: {os.cpu_count()} cores, {platform.platform()}, {time.strftime('%Y-%m-%d %H:%M %Z')}")
    path = os.path.join(DATA, f"time_{args.rows}.csv")
    if not os.path.exists(path):
        os.makedirs(DATA, exist_ok=True)
        generate(path, args.rows)
    print(f"{os.path.basename(path)}: {os.path.getsize(path) / 1e6:,.0f} MB")
    types(args.assay, path)
    runs = tasks(args.assay, path)
    results = alternate(runs, args.runs)
    print(f"\n| task | tool | wall s (median of {args.runs}) | peak RSS MiB | ratio |")
    print("| --- | --- | --- | --- | --- |")
    for (task, tool), outcomes in results.items():
        if not outcomes:
            print(f"| {task} | {tool} | failed | | |")
            continue
        wall = statistics.median(w for w, _ in outcomes)
        rss = statistics.median(r for _, r in outcomes)
        reference = results[("load", "assay")] if task == "load" else results[("column", "assay big")]
        base = statistics.median(w for w, _ in reference) if reference else None
        ratio = f"{wall / base:.2f}x" if base else ""
        print(f"| {task} | {tool} | {wall:.2f} | {rss:,.0f} | {ratio} |")


if __name__ == "__main__":
    main()
