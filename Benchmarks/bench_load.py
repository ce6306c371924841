#!/usr/bin/env python3
"""Side-by-side benchmark of loading, describing and counting: Assay against polars, pyarrow,
DuckDB, pandas, VisiData and Miller.

Usage: Benchmarks/bench_load.py [--runs N] [--sizes 1m,10m] [--tasks load,gz,...] [--assay PATH]

Generates Benchmarks/data/main_<size>.csv (and its .gz) when missing, then for each file runs
every command in turn, alternating (assay, polars, pyarrow, ..., assay, polars, ...) so that a
busy machine hurts all alike, after one warm-up round (page cache, imports). Each run is a whole
process timed with /usr/bin/time: wall seconds and peak RSS. Prints the load average before each
round, then a Markdown table of the median wall time, median peak RSS and Assay's ratio to each
peer (peer time / Assay time: above 1 means Assay is faster).

Tasks:
- load: typed load of every column (`assay schema FILE`) vs `pl.read_csv`, `pyarrow.csv.read_csv`,
  DuckDB `CREATE TABLE t AS SELECT * FROM read_csv(...)`, `pd.read_csv`, and on main_1m VisiData
  (`vd -b` replaying a command log that opens the file, goes to the last row and prints a cell);
- gz: the same load from FILE.gz (assay vs polars and pandas, which read gzip too);
- stdin: `assay schema - < FILE` (no peer; shows what reading a pipe costs);
- describe: `assay describe FILE` vs polars `.describe()` and DuckDB `SUMMARIZE`;
- freq: `assay freq FILE --column category` vs Miller `count-distinct -f category` and polars
  `value_counts`.
"""
import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "Benchmarks", "data")
ROWS = {"1m": 1_000_000, "10m": 10_000_000}


def python(code):
    return [sys.executable, "-c", code]


def visidata_log(path):
    """A VisiData command log that opens `path`, goes to the last row, prints it and quits."""
    sheet = os.path.basename(path).rsplit(".", 1)[0]
    lines = [
        "sheet\tcol\trow\tlongname\tinput\tkeystrokes\tcomment",
        f"\t\t\topen-file\t{path}\to\t",
        f"{sheet}\t\t\tgo-bottom\t\tG\t",
        f"{sheet}\t\t\texec-python\tprint(vd.sheet.nRows, vd.sheet.cursorDisplay)\tg^X\t",
        "\t\t\tquit-all\t\tgq\t",
    ]
    log = tempfile.NamedTemporaryFile("w", suffix=".vd", delete=False)
    log.write("\n".join(lines) + "\n")
    log.close()
    return log.name


def tasks(assay, path, wanted):
    """(task, tool, command) for one file, for the tasks in `wanted`."""
    q = repr(path)
    gz = path + ".gz"
    duckdb_load = f"c = duckdb.connect(); c.execute(\"CREATE TABLE t AS SELECT * FROM read_csv('{path}')\")"
    rows = [
        ("load", "assay", [assay, "schema", path]),
        ("load", "polars", python(f"import polars as pl; pl.read_csv({q})")),
        ("load", "pyarrow", python(f"import pyarrow.csv as c; c.read_csv({q})")),
        ("load", "duckdb", python(f"import duckdb; {duckdb_load}")),
        ("load", "pandas", python(f"import pandas as pd; pd.read_csv({q})")),
    ]
    if os.path.getsize(path) < 200e6 and shutil.which("vd"):
        rows.append(("load", "visidata", ["vd", "-b", "-p", visidata_log(path)]))
    rows += [
        ("gz", "assay", [assay, "schema", gz]),
        ("gz", "polars", python(f"import polars as pl; pl.read_csv({gz!r})")),
        ("gz", "pandas", python(f"import pandas as pd; pd.read_csv({gz!r})")),
        ("stdin", "assay", ["sh", "-c", f"exec {assay} schema - < {path}"]),
        ("describe", "assay", [assay, "describe", path]),
        ("describe", "polars", python(f"import polars as pl; print(pl.read_csv({q}).describe())")),
        ("describe", "duckdb", python(f"import duckdb; {duckdb_load}; print(c.execute('SUMMARIZE t').fetchall())")),
        ("freq", "assay", [assay, "freq", path, "--column", "category"]),
        ("freq", "polars", python(f"import polars as pl; print(pl.read_csv({q})['category'].value_counts())")),
    ]
    if shutil.which("mlr"):
        rows.append(("freq", "miller", ["mlr", "--icsv", "--opprint", "count-distinct", "-f", "category", path]))
    return [row for row in rows if row[0] in wanted]


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


def load_average():
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def alternate(runs, rounds, label=""):
    """Runs every (task, tool, command) once to warm up, then `rounds` times in turn, printing the
    load average before each round; (task, tool) -> [(wall, peak RSS)] of the runs that worked."""
    results = {(task, tool): [] for task, tool, _ in runs}
    print(f"{label}warm-up round, load average {load_average()}", flush=True)
    for _, _, command in runs:
        timed(command)
    for round_number in range(rounds):
        print(f"round {round_number + 1}/{rounds}, load average {load_average()}", flush=True)
        for task, tool, command in runs:
            measured = timed(command)
            if measured:
                results[(task, tool)].append(measured)
    return results


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="1m,10m")
    parser.add_argument("--tasks", default="load,gz,stdin,describe,freq")
    parser.add_argument("--assay", default=os.path.join(ROOT, ".build", "release", "assay"))
    args = parser.parse_args()
    if not os.path.exists("/usr/bin/time"):
        sys.exit("needs /usr/bin/time (apt-get install time)")
    print(f"{platform.node()}: {os.cpu_count()} cores, {platform.platform()}, {time.strftime('%Y-%m-%d %H:%M %Z')}")
    for size in args.sizes.split(","):
        path = os.path.join(DATA, f"main_{size}.csv")
        if not os.path.exists(path):
            os.makedirs(DATA, exist_ok=True)
            subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "gen_data.py"), "main", str(ROWS[size]), path],
                           check=True)
        if not os.path.exists(path + ".gz"):
            subprocess.run(["gzip", "-k", "-6", path], check=True)
        runs = tasks(args.assay, path, args.tasks.split(","))
        results = alternate(runs, args.runs, label=f"\n{os.path.basename(path)}: ")
        print(f"\n{os.path.basename(path)} ({os.path.getsize(path) / 1e6:.0f} MB), median of {args.runs} runs, "
              f"load average after {load_average()}\n")
        print("| task | tool | wall s | peak MiB | peer / Assay |")
        print("| --- | --- | ---: | ---: | ---: |")
        for task in dict.fromkeys(t for t, _, _ in runs):
            ours = results.get((task, "assay"))
            ours_wall = statistics.median(w for w, _ in ours) if ours else None
            for (t, tool), values in results.items():
                if t != task or not values:
                    continue
                wall = statistics.median(w for w, _ in values)
                peak = statistics.median(m for _, m in values)
                ratio = f"{wall / ours_wall:.2f}x" if ours_wall and tool != "assay" else ""
                print(f"| {task} | {tool} | {wall:.2f} | {peak:.0f} | {ratio} |")


if __name__ == "__main__":
    main()
