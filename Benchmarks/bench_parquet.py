#!/usr/bin/env python3
"""Side-by-side benchmark of reading Parquet: Assay against polars, pyarrow and DuckDB.

Usage: Benchmarks/bench_parquet.py [--runs N] [--quick] [--steps schema,load,describe,histogram,freq,bytes]
                                   [--assay PATH] [--no-assay]

Data: Benchmarks/data/main_10m.csv (main_1m.csv with --quick), made by gen_data.py when missing
(or linked as bench_charts.py does), converted once with pyarrow to main_10m.parquet beside it
(snappy, pyarrow's default row-group size, empty strings of text columns as nulls); the Parquet
file is rebuilt only when missing or older than the CSV.

Every run is a fresh process. After one warm-up round the tools run in turn, alternating, N
times (5 by default); the table shows medians. Steps:

  schema     the row count and each column's nulls: `assay schema FILE` (from the footer) |
             pl.scan_parquet(...).select(pl.len(), pl.all().null_count()) | the footer's row count
             and null counts summed from pq.ParquetFile(...).metadata | DuckDB count(*) and the
             null counts summed from parquet_metadata(...)
  load       `assay schema --read-all FILE` | pl.read_parquet | pq.read_table |
             DuckDB CREATE TABLE t AS SELECT * FROM read_parquet(...) (in memory)
  describe   `assay describe FILE` | pl.scan_parquet(...).describe() (count, nulls, mean, std,
             min, quartiles, max) | pyarrow compute per column (count, nulls, min/max; for
             numbers mean, std, exact median) | DuckDB SUMMARIZE (approximate quantiles)
  histogram  `assay chart histogram FILE --column x --bins 50` | polars scan_parquet + hist(50) |
             pyarrow read of column x + numpy.histogram(50) | DuckDB min/max, then GROUP BY bin
  freq       `assay freq FILE --column category` | polars scan_parquet + group_by().len() |
             pyarrow value_counts | DuckDB GROUP BY
  bytes      once per tool, what the histogram reads of the file, two ways: the bytes that
             read/pread64/readv/preadv calls returned from the file's descriptors (strace; exact,
             but blind to memory maps, so a tool that maps the file shows the mapping's size
             beside it), and the bytes of a copy of the file written with O_DIRECT (so none of it
             starts in the page cache) that are cached after the run (fincore; counts mapped
             access too, plus the kernel's readahead).

Times: "wall" is the whole process (interpreter start, imports, work, exit) measured around the
subprocess, the same measure as Assay's. A peer also reports, from inside the process, its
import time and its work time (after the imports); both are shown. Ratios are peer / Assay: above
1 means Assay is faster. "vs work" sets the peer's in-process work alone beside Assay's whole wall
time. Peak RSS comes from /usr/bin/time.

A step Assay cannot do yet (command missing, file type not supported) is reported as
"assay: failed (...)" with the error, and the peers still run.
"""
import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_charts import data  # noqa: E402
from bench_load import ROOT, load_average  # noqa: E402

PEERS = ("polars", "pyarrow", "duckdb")
STEPS = ("schema", "load", "describe", "histogram", "freq")
IMPORTS = {"polars": "import polars as pl", "pyarrow": "import pyarrow as pa, pyarrow.parquet as pq, "
                                                      "pyarrow.compute as pc, numpy as np",
           "duckdb": "import duckdb"}
MARK = "@@bench"
# The peer's program: times its imports and its work from inside, then prints both on a marked line.
PROGRAM = f"""import time
_t0 = time.perf_counter()
{{imports}}
_t1 = time.perf_counter()
{{work}}
_t2 = time.perf_counter()
print("{MARK}", _t1 - _t0, _t2 - _t1)
"""


def parquet_file(csv):
    """The Parquet copy of a benchmark CSV, written once with pyarrow (snappy, default row groups)."""
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq
    path = csv[:-len(".csv")] + ".parquet"
    if os.path.exists(path) and os.path.getmtime(path) >= os.path.getmtime(csv):
        return path
    print(f"converting {os.path.basename(csv)} to {os.path.basename(path)} with pyarrow ...", flush=True)
    table = pacsv.read_csv(csv, convert_options=pacsv.ConvertOptions(strings_can_be_null=True))
    partial = path + ".partial"
    pq.write_table(table, partial, compression="snappy")
    os.replace(partial, path)
    return path


def work(tool, step, path):
    """The Python work of a peer for a step; it prints something small so lazy work is done."""
    p = repr(path)
    duckdb_file = f"read_parquet({p})"
    load_sql = f"CREATE TABLE t AS SELECT * FROM {duckdb_file}"
    histogram_sql = (f"WITH b AS (SELECT min(x) AS lo, max(x) AS hi FROM {duckdb_file}) "
                     "SELECT least(floor((x - lo) / (hi - lo) * 50), 49) AS bin, count(*) AS n "
                     f"FROM {duckdb_file}, b WHERE x IS NOT NULL GROUP BY bin ORDER BY bin")
    describe_sql = f"SUMMARIZE SELECT * FROM {duckdb_file}"
    freq_sql = f"SELECT category, count(*) AS n FROM {duckdb_file} GROUP BY category ORDER BY n DESC"
    nulls_sql = (f"SELECT path_in_schema, sum(stats_null_count) FROM parquet_metadata({p}) "
                 "GROUP BY path_in_schema")
    return {
        ("polars", "schema"): f"print(pl.scan_parquet({p}).select(pl.len(), pl.all().null_count()).collect())",
        ("pyarrow", "schema"): (
            f"m = pq.ParquetFile({p}).metadata\n"
            "print(m.num_rows, [sum(m.row_group(g).column(c).statistics.null_count "
            "for g in range(m.num_row_groups)) for c in range(m.num_columns)])"),
        ("duckdb", "schema"): f"print(duckdb.sql({'SELECT count(*) FROM ' + duckdb_file!r}).fetchall(), "
                              f"duckdb.sql({nulls_sql!r}).fetchall())",
        ("polars", "load"): f"df = pl.read_parquet({p}); print(df.shape)",
        ("pyarrow", "load"): f"t = pq.read_table({p}); print(t.num_rows)",
        ("duckdb", "load"): f"c = duckdb.connect(); c.execute({load_sql!r}); "
                            "print(c.execute('SELECT count(*) FROM t').fetchone())",
        ("polars", "describe"): f"print(pl.scan_parquet({p}).describe())",
        ("pyarrow", "describe"): (
            f"t = pq.read_table({p})\n"
            "for name in t.column_names:\n"
            "    c = t[name]\n"
            "    s = [pc.count(c), c.null_count, pc.min_max(c)]\n"
            "    if pa.types.is_integer(c.type) or pa.types.is_floating(c.type):\n"
            "        s += [pc.mean(c), pc.stddev(c, ddof=1), pc.quantile(c, 0.5)]\n"
            "    print(name, s)"),
        ("duckdb", "describe"): f"print(duckdb.sql({describe_sql!r}).fetchall())",
        ("polars", "histogram"): f"print(pl.scan_parquet({p}).select(pl.col('x').hist(bin_count=50)).collect())",
        ("pyarrow", "histogram"): f"x = pq.read_table({p}, columns=['x'])['x'].drop_null().to_numpy(); "
                                  "print(np.histogram(x, bins=50)[0])",
        ("duckdb", "histogram"): f"print(duckdb.sql({histogram_sql!r}).fetchall())",
        ("polars", "freq"): f"print(pl.scan_parquet({p}).group_by('category').len().sort('len', descending=True)"
                            ".collect())",
        ("pyarrow", "freq"): f"print(pq.read_table({p}, columns=['category'])['category'].value_counts())",
        ("duckdb", "freq"): f"print(duckdb.sql({freq_sql!r}).fetchall())",
    }[(tool, step)]


def assay_command(assay, step, path):
    return {
        "schema": [assay, "schema", path],
        "load": [assay, "schema", "--read-all", path],
        "describe": [assay, "describe", path],
        "histogram": [assay, "chart", "histogram", path, "--column", "x", "--bins", "50",
                      "--width", "80", "--height", "24", "--no-color"],
        "freq": [assay, "freq", path, "--column", "category"],
    }[step]


def commands(assay, path, steps):
    """(step, tool, argv) for every step and tool, Assay first."""
    rows = []
    for step in steps:
        if assay:
            rows.append((step, "assay", assay_command(assay, step, path)))
        for tool in PEERS:
            rows.append((step, tool, [sys.executable, "-c",
                                      PROGRAM.format(imports=IMPORTS[tool], work=work(tool, step, path))]))
    return rows


def run(command):
    """One run: {wall, peak, import, work} or {error}."""
    if not os.path.exists(command[0]):
        return {"error": f"{command[0]} not found"}
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        start = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-o", report.name, "-f", "%M"] + command,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        wall = time.perf_counter() - start
        if result.returncode != 0:
            lines = [line for line in result.stderr.decode(errors="replace").splitlines()
                     if line.strip() and not line.startswith("Command exited")]
            return {"error": f"exit {result.returncode}: " + (lines[-1][:200] if lines else "no message")}
        peak_kib = int(report.read().split()[-1])
    measured = {"wall": wall, "peak": peak_kib / 1024, "import": None, "work": None}
    for line in result.stdout.decode(errors="replace").splitlines():
        if line.startswith(MARK):
            _, imports, work_seconds = line.split()
            measured["import"], measured["work"] = float(imports), float(work_seconds)
    return measured


def alternate(rows, rounds):
    """Runs every command once to warm up, then `rounds` times in turn; (step, tool) -> [run]."""
    results = {(step, tool): [] for step, tool, _ in rows}
    print(f"warm-up round, load average {load_average()}", flush=True)
    for step, tool, command in rows:
        outcome = run(command)
        if "error" in outcome:
            print(f"  {step} {tool}: failed ({outcome['error']})", flush=True)
    for number in range(rounds):
        print(f"round {number + 1}/{rounds}, load average {load_average()}", flush=True)
        for step, tool, command in rows:
            results[(step, tool)].append(run(command))
    return results


def median(runs, key):
    values = [r[key] for r in runs if "error" not in r and r[key] is not None]
    return statistics.median(values) if values else None


def seconds(value):
    return "-" if value is None else f"{value:.3f}"


def ratio(peer, ours):
    return f"{peer / ours:.2f}x" if peer is not None and ours else "-"


def report(results, steps, with_assay):
    print("\nMedian wall seconds per step (whole process); peer / assay: above 1 means Assay is faster.\n")
    header = "| step | assay |" + "".join(f" {tool} | / assay |" for tool in PEERS)
    print(header)
    print("| --- | ---: |" + " ---: | ---: |" * len(PEERS))
    failures = []
    for step in steps:
        runs = results.get((step, "assay"), [])
        ours = median(runs, "wall")
        if with_assay and ours is None:
            errors = [r["error"] for r in runs if "error" in r]
            failures.append(f"{step}: assay: failed ({errors[0] if errors else 'no runs'})")
        cells = [("failed" if ours is None else seconds(ours)) if with_assay else "not run"]
        for tool in PEERS:
            wall = median(results[(step, tool)], "wall")
            cells += [seconds(wall), ratio(wall, ours)]
        print(f"| {step} | " + " | ".join(cells) + " |")
    for failure in failures:
        print(failure)
    print("\nPeers in detail: wall = whole process; import and work are timed inside the process "
          "(wall - import - work = interpreter start and exit); vs work = peer work / assay wall.\n")
    print("| step | tool | wall s | import s | work s | peak MiB | / assay | vs work |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for step in steps:
        ours = median(results.get((step, "assay"), []), "wall")
        for tool in ("assay",) + PEERS:
            runs = results.get((step, tool))
            if not runs or median(runs, "wall") is None:
                continue
            wall, imports, work_seconds = median(runs, "wall"), median(runs, "import"), median(runs, "work")
            peak = median(runs, "peak")
            own = tool == "assay"
            print(f"| {step} | {tool} | {seconds(wall)} | {seconds(imports)} | {seconds(work_seconds)} | "
                  f"{peak:.0f} | {'' if own else ratio(wall, ours)} | {'' if own else ratio(work_seconds, ours)} |")
    for step in steps:
        for tool in PEERS:
            errors = [r["error"] for r in results[(step, tool)] if "error" in r]
            if errors:
                print(f"{step}: {tool}: failed ({errors[0]})")


STRACE_CALL = re.compile(r"^(\d+)\s+(read|pread64|readv|preadv|preadv2|mmap)\((?:NULL, )?(.*)$")
STRACE_RESUMED = re.compile(r"^(\d+)\s+<\.\.\. (read|pread64|readv|preadv|preadv2|mmap) resumed>.*= (-?\d+)")


def bytes_read(command, path):
    """(bytes returned by read-family calls on `path`, bytes of `path` memory-mapped) under strace."""
    with tempfile.NamedTemporaryFile("r", suffix=".strace") as trace:
        result = subprocess.run(["strace", "-f", "-qq", "-y", "-s", "0", "-o", trace.name,
                                 "-e", "trace=read,pread64,readv,preadv,preadv2,mmap", "-e", "signal=none"] + command,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if result.returncode != 0:
            lines = result.stderr.decode(errors="replace").strip().splitlines()
            raise RuntimeError(f"exit {result.returncode}: {lines[-1][:200] if lines else 'no message'}")
        total, mapped, pending = 0, 0, {}
        target = f"<{os.path.realpath(path)}>"
        for line in trace:
            call = STRACE_CALL.match(line)
            if call:
                pid, name, rest = call.groups()
                on_file = target in rest.split(",")[0] if name != "mmap" else target in rest
                if name == "mmap":
                    if on_file:
                        mapped += int(rest.split(",")[0])
                    continue
                if not on_file:
                    continue
                if rest.rstrip().endswith("<unfinished ...>"):
                    pending[pid] = name
                    continue
                returned = re.search(r"= (-?\d+)", rest.rsplit(")", 1)[-1])
                if returned and int(returned.group(1)) > 0:
                    total += int(returned.group(1))
                continue
            resumed = STRACE_RESUMED.match(line)
            if resumed and pending.pop(resumed.group(1), None) == resumed.group(2) and int(resumed.group(3)) > 0:
                total += int(resumed.group(3))
        return total, mapped


def cold_copy(path):
    """A copy of `path` written with O_DIRECT, so that none of it is in the page cache, or None."""
    copy = path[:-len(".parquet")] + ".cold.parquet"
    made = subprocess.run(["dd", f"if={path}", f"of={copy}", "bs=4M", "oflag=direct", "status=none"],
                          stderr=subprocess.DEVNULL).returncode == 0
    if made and resident(copy) == 0:
        return copy
    if os.path.exists(copy):
        os.remove(copy)
    return None


def resident(path):
    """Bytes of `path` in the page cache (fincore), or None when that cannot be told."""
    result = subprocess.run(["fincore", "--bytes", "--noheadings", "--output", "RES", path],
                            capture_output=True, text=True)
    return int(result.stdout.split()[0]) if result.returncode == 0 and result.stdout.strip() else None


def report_bytes(assay, path):
    """Two measures of what the histogram reads: read-family syscalls (exact, blind to memory maps)
    and, on a copy of the file that starts outside the page cache, how much of it ends up cached
    (counts memory-mapped access too, but includes the kernel's readahead)."""
    size = os.path.getsize(path)
    print(f"\nBytes read for the histogram of x, {os.path.basename(path)} ({size:,} bytes):")
    print("  syscalls = bytes returned by read/pread64/readv/preadv on the file (strace); "
          "page cache = bytes of a cold copy cached after the run (includes readahead)")
    fincore_works = shutil.which("fincore") and shutil.which("dd")
    for _, tool, _ in commands(assay, path, ["histogram"]):
        copy = cold_copy(path) if fincore_works else None
        target = copy or path
        command = [c for _, t, c in commands(assay, target, ["histogram"]) if t == tool][0]
        cached = None
        if copy:
            outcome = run(command)
            cached = None if "error" in outcome else resident(copy)
        try:
            read, mapped = bytes_read(command, target)
        except (RuntimeError, FileNotFoundError) as error:
            print(f"  {tool}: failed ({error})")
            read = None
        finally:
            if copy:
                os.remove(copy)
        if read is None:
            continue
        line = f"  {tool}: bytes read: {read:,} of {size:,} file bytes ({100 * read / size:.1f} %) by syscalls"
        if mapped:
            line += f" + memory-mapped {mapped:,}"
        if cached is not None:
            line += f"; page cache: {cached:,} ({100 * cached / size:.1f} %)"
        print(line)


def main():
    parser = argparse.ArgumentParser(description="Parquet reading: Assay against polars, pyarrow and DuckDB.")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="1M rows instead of 10M")
    parser.add_argument("--steps", default="schema,load,describe,histogram,freq,bytes")
    parser.add_argument("--assay", default=os.path.join(ROOT, ".build-release", "release", "assay"))
    parser.add_argument("--no-assay", action="store_true", help="run the peers only")
    args = parser.parse_args()
    if not os.path.exists("/usr/bin/time"):
        sys.exit("needs /usr/bin/time (apt-get install time)")
    wanted = args.steps.split(",")
    steps = [s for s in STEPS if s in wanted]
    assay = None if args.no_assay else args.assay
    path = parquet_file(data("main_1m" if args.quick else "main_10m"))
    print(f"{platform.node()}: {os.cpu_count()} cores, {platform.platform()}, {time.strftime('%Y-%m-%d %H:%M %Z')}")
    print(f"{os.path.basename(path)}: {os.path.getsize(path) / 1e6:.1f} MB; assay: {assay or 'not run'}")
    results = alternate(commands(assay, path, steps), args.runs) if steps else {}
    if steps:
        report(results, steps, assay is not None)
    if "bytes" in wanted:
        if shutil.which("strace"):
            report_bytes(assay, path)
        else:
            print("\nbytes: needs strace (apt-get install strace)")
    print(f"\nload average after: {load_average()}")


if __name__ == "__main__":
    main()
