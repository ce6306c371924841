#!/usr/bin/env python3
"""Side-by-side chart benchmark: Assay against uniplot and gnuplot's dumb terminal.

Usage: Benchmarks/bench_charts.py [--runs N] [--assay PATH] [--only histogram,scatter,freq]

Uses Benchmarks/data/main_1m.csv, main_10m.csv and iris_1m.csv, linking them from the main
checkout's Benchmarks/data (/work/main) when present and generating what is missing with gen_data.py.
Every task is a whole process (load included) printing an 80 x 24 text chart; tools run in
turn, alternating, after one warm-up round. Prints median wall seconds and each peer's time
over Assay's (above 1 means Assay is faster). `assay schema` of the same file (the load alone)
is timed too, so the chart's own share shows as the difference. Charts and `freq` load only the
columns they use; uniplot runs on polars (`columns=`) and, as PEERS.md calls it, on pandas
(`usecols=`); the frequency of `category` is set beside Miller and polars.
"""
import argparse
import os
import statistics
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_load import DATA, ROOT, python, timed  # noqa: E402

SOURCES = {"main_1m": ("main", 1_000_000), "main_10m": ("main", 10_000_000), "iris_1m": ("iris", 1_000_000)}
SHARED = "/work/main/Benchmarks/data"


def data(name):
    """The path of a benchmark file, linked or generated when missing."""
    path = os.path.join(DATA, f"{name}.csv")
    if not os.path.exists(path):
        os.makedirs(DATA, exist_ok=True)
        shared = os.path.join(SHARED, f"{name}.csv")
        if os.path.exists(shared):
            os.symlink(shared, path)
        else:
            kind, rows = SOURCES[name]
            subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "gen_data.py"), kind, str(rows), path],
                           check=True)
    return path


def gnuplot(script):
    return ["gnuplot", "-e", "set terminal dumb 80 24; set datafile separator ','; " + script]


def uniplot(path, columns, call):
    load = f"import polars as pl, uniplot; d = pl.read_csv({path!r}, columns={columns!r}); "
    return python(load + call)


def uniplot_pandas(path, column):
    """The PEERS.md call: pandas `read_csv(usecols=...)`, then a 45-bin uniplot histogram of about 80 x 25."""
    return python(f"import pandas as pd, uniplot; d = pd.read_csv({path!r}, usecols=[{column!r}]); "
                  f"uniplot.histogram(d[{column!r}].to_numpy(), bins=45, width=70, height=20)")


def tasks(assay):
    """(task, tool, command) rows."""
    m1, m10, iris = data("main_1m"), data("main_10m"), data("iris_1m")
    size = ["--width", "80", "--height", "24", "--no-color"]
    hist = "bin(x) = floor(x); plot '{}' every ::1 using (bin($4)):(1.0) smooth freq with boxes notitle"
    scatter = "plot '{}' every ::1 using 1:3 with dots notitle"
    return [
        ("histogram 10M", "assay", [assay, "chart", "histogram", m10, "-c", "x"] + size),
        ("histogram 10M", "assay load", [assay, "schema", m10]),
        ("histogram 10M", "uniplot", uniplot(m10, ["x"], "uniplot.histogram(d['x'].to_numpy(), bins=20)")),
        ("histogram 10M", "uniplot pd", uniplot_pandas(m10, "x")),
        ("freq 10M", "assay", [assay, "freq", m10, "--column", "category"]),
        ("freq 10M", "miller", ["mlr", "--icsv", "--opprint", "count-distinct", "-f", "category", m10]),
        ("freq 10M", "polars", python(f"import polars as pl; "
                                      f"print(pl.read_csv({m10!r}, columns=['category'])['category'].value_counts())")),
        ("histogram 1M", "assay", [assay, "chart", "histogram", m1, "-c", "x"] + size),
        ("histogram 1M", "assay vert", [assay, "chart", "histogram", m1, "-c", "x", "--vertical"] + size),
        ("histogram 1M", "gnuplot", gnuplot(hist.format(m1))),
        ("histogram 1M", "uniplot", uniplot(m1, ["x"], "uniplot.histogram(d['x'].to_numpy(), bins=20)")),
        ("scatter 1M", "assay", [assay, "chart", "scatter", iris, "--x", "sepal_length", "--y", "petal_length"] + size),
        ("scatter 1M", "assay dens", [assay, "chart", "scatter", iris, "--x", "sepal_length", "--y", "petal_length",
                                      "--canvas", "density"] + size),
        ("scatter 1M", "assay load", [assay, "schema", iris]),
        ("scatter 1M", "gnuplot", gnuplot(scatter.format(iris))),
        ("scatter 1M", "uniplot", uniplot(iris, ["sepal_length", "petal_length"],
                                          "uniplot.plot(d['petal_length'].to_numpy(), d['sepal_length'].to_numpy())")),
    ]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--assay", default=os.path.join(ROOT, ".build", "release", "assay"))
    parser.add_argument("--only", default="", help="comma-separated task prefixes, e.g. scatter")
    args = parser.parse_args()
    wanted = [w for w in args.only.split(",") if w]
    runs = [r for r in tasks(args.assay) if not wanted or any(r[0].startswith(w) for w in wanted)]
    results = {(task, tool): [] for task, tool, _ in runs}
    for _, _, command in runs:  # warm-up: page cache, imports
        timed(command)
    for _ in range(args.runs):
        for task, tool, command in runs:
            measured = timed(command)
            if measured:
                results[(task, tool)].append(measured[0])
    print(f"median of {args.runs} runs, wall seconds; ratio = peer / assay")
    for (task, tool), walls in results.items():
        if not walls:
            continue
        ours = results.get((task, "assay"))
        wall = statistics.median(walls)
        ratio = f"{wall / statistics.median(ours):.2f}x" if ours and not tool.startswith("assay") else ""
        print(f"{task:<14} {tool:<11} {wall:>7.2f} {ratio:>8}")


if __name__ == "__main__":
    main()
