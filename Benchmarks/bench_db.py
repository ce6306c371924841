#!/usr/bin/env python3
"""Summaries of a 10M-row PostgreSQL table: Assay (computed by the engine) beside pulling the column,
psql running the aggregate written by hand, and VisiData building its frequency sheet.

Usage: Benchmarks/bench_db.py [--rows N] [--runs N] [--assay PATH] [--skip-visidata] [--browsing-only]

Starts PostgreSQL with scripts/servers/postgres.sh (127.0.0.1, a free port) and stops it at the
end; creates `bench` (id bigint, x double precision, category text of 20 values, seen timestamp)
with N rows (10,000,000 by default) from generate_series, analyzed. Each round runs every command
once, in turn, after a warm-up round; prints each command's median wall time, the time until a
first screen of rows appears in the table browser (tmux, polled as Benchmarks/bench_first_screen.py
does), and a browsing session (three windows on, a jump to row 9,000,000, a sort, a filter: each
step's seconds) with the browser's peak memory. Output goes to /dev/null. Needs psql; VisiData (pip install visidata psycopg2-binary) for its
row.

  assay chart histogram      the histogram of x: bounds, one GROUP BY of the bins (30 of them, or
                             Freedman-Diaconis bins, for which the quartiles come first)
  assay freq                 the frequency table of category: one GROUP BY
  assay describe             every column: counts, distinct counts, extremes, medians, mean, std
  assay ls                   the catalog: 1,004 tables (the fixtures' 1,000 in schema `many`) with estimates
  pull x / category / all    psql COPY (SELECT ...) TO STDOUT: moving the column(s) alone; and
                             pandas.read_sql over psycopg2: pulling them as an analyst does
  psql by hand               the same aggregates as a person writes them (width_bucket, GROUP BY,
                             count(DISTINCT), percentile_cont; the F-D histogram with its quartiles)
  VisiData                   vd --batch: open the table and build the frequency sheet of category
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
HARNESS = os.path.join(ROOT, "scripts", "servers", "postgres.sh")


def start_server():
    """Starts the test cluster; its locator and data folder."""
    script = f'source "{HARNESS}" && server_start_postgres >&2 && echo "$ASSAY_TEST_POSTGRES" && echo "$POSTGRES_TEST_DIR"'
    out = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=True).stdout.split()
    return out[-2], out[-1]


def stop_server(folder):
    script = f'source "{HARNESS}" && POSTGRES_TEST_DIR="{folder}" && server_stop_postgres'
    subprocess.run(["bash", "-c", script], capture_output=True)


def psql(url, sql, output=subprocess.DEVNULL):
    subprocess.run(["psql", url, "-q", "-v", "ON_ERROR_STOP=1", "-c", sql], stdout=output, check=True)


def make_table(url, rows):
    psql(url, "DROP TABLE IF EXISTS bench")
    psql(url, f"""CREATE TABLE bench AS SELECT g AS id,
        (((g * 7919) % 100003) / 100.0 + (g % 7) * 0.001)::float8 AS x,
        'category ' || (g % 20) AS category,
        timestamp '2020-01-01' + g * interval '7 seconds' AS seen
        FROM generate_series(1::bigint, {rows}) AS g""")
    psql(url, "ANALYZE bench")


def by_hand(url):
    """What a person types into psql for the same summaries: the histogram with 30 bins, and with
    Freedman-Diaconis bins (quartiles first, as Assay's default rule needs them)."""
    histogram = ("WITH b AS (SELECT min(x) AS lo, max(x) AS hi FROM bench) "
                 "SELECT width_bucket(x, lo, hi + 1e-9, 30) AS bin, count(*) FROM bench, b GROUP BY bin ORDER BY bin")
    freedman_diaconis = (
        "WITH b AS (SELECT min(x) AS lo, max(x) AS hi, count(x) AS n, "
        "percentile_cont(0.25) WITHIN GROUP (ORDER BY x) AS q1, percentile_cont(0.75) WITHIN GROUP (ORDER BY x) AS q3 "
        "FROM bench) SELECT width_bucket(x, lo, hi + 1e-9, greatest(1, ceil((hi - lo) / (2 * (q3 - q1) / cbrt(n))))::int) "
        "AS bin, count(*) FROM bench, b GROUP BY bin ORDER BY bin")
    frequency = "SELECT category, count(*) FROM bench GROUP BY category ORDER BY count(*) DESC"
    parts = []
    for column in ["id", "x", "category", "seen"]:
        parts.append(f"SELECT count(*), count({column}), count(DISTINCT {column}), min({column})::text, "
                     f"max({column})::text FROM bench")
    for column in ["id", "x"]:
        parts.append(f"SELECT avg({column}), stddev({column}), percentile_cont(0.5) WITHIN GROUP (ORDER BY {column}) "
                     f"FROM bench")
    parts.append("SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY seen) FROM bench")
    return histogram, freedman_diaconis, frequency, "; ".join(parts)


def pandas_pull(url, columns):
    """Pulling columns as an analyst does: pandas.read_sql over psycopg2, into a DataFrame."""
    program = ("import pandas, psycopg2, sys; "
               "pandas.read_sql(sys.argv[2], psycopg2.connect(sys.argv[1]))")
    return ["python3", "-c", program, url, f"SELECT {columns} FROM bench"]


def timed(command, stdout=subprocess.DEVNULL):
    started = time.perf_counter()
    subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE, check=True)
    return time.perf_counter() - started


def first_screen(assay, source, socket, timeout=20.0):
    """Seconds until the table browser shows rows of the table."""
    tmux = ["tmux", "-L", socket]
    started = time.perf_counter()
    subprocess.run(tmux + ["-f", "/dev/null", "new-session", "-d", "-x", "120", "-y", "40", assay, source], check=True)
    try:
        while time.perf_counter() - started < timeout:
            screen = subprocess.run(tmux + ["capture-pane", "-p"], capture_output=True, text=True).stdout
            lines = [line for line in screen.splitlines() if line.strip()]
            found = re.search(r"([\d,]+) rows", lines[-1]) if lines else None
            if found and int(found.group(1).replace(",", "")) > 0 and len(lines) > 2:
                return time.perf_counter() - started
            time.sleep(0.001)
        raise SystemExit(f"no rows on screen after {timeout} s")
    finally:
        subprocess.run(tmux + ["kill-server"], capture_output=True)


def browsing_session(assay, source, rows, socket, timeout=600.0):
    """Browses the table as a person does and returns the browser's peak resident memory (MB) and
    the seconds each step took: the first window held, three windows on (>), a jump to row
    9,000,000 (:), a sort by x (]) and a filter, each done in the database on a table too large
    to hold."""
    tmux = ["tmux", "-L", socket]
    subprocess.run(tmux + ["-f", "/dev/null", "new-session", "-d", "-x", "160", "-y", "40", assay, source], check=True)

    def status():
        screen = subprocess.run(tmux + ["capture-pane", "-p"], capture_output=True, text=True).stdout
        lines = [line for line in screen.splitlines() if line.strip()]
        return lines[-1] if lines else ""

    def step(keys, done, typed=None):
        started = time.perf_counter()
        subprocess.run(tmux + ["send-keys"] + keys, check=True)
        if typed is not None:
            subprocess.run(tmux + ["send-keys", "-l", typed], check=True)
            subprocess.run(tmux + ["send-keys", "Enter"], check=True)
        while time.perf_counter() - started < timeout:
            line = status()
            if done(line):
                return time.perf_counter() - started
            time.sleep(0.05)
        raise SystemExit(f"browsing: gave up waiting after {keys}: {status()}")

    try:
        pid = subprocess.run(tmux + ["display-message", "-p", "#{pane_pid}"], capture_output=True, text=True).stdout.strip()
        def held(line):
            found = re.search(r"rows ([\d,]+)–([\d,]+) held", line)
            return tuple(int(part.replace(",", "")) for part in found.groups()) if found else None

        steps = {"first window held": step([], lambda line: held(line) is not None)}
        for number in range(3):
            last = held(status())[1]
            steps[f"next window ({number + 1})"] = step([">"], lambda line, last=last: (held(line) or (0,))[0] == last + 1)
        far = min(9_000_000, rows - 10)
        steps[f"jump to row {far:,}"] = step([":"], lambda line: f"row {far:,}/" in line and " held" in line, typed=str(far))
        steps["sort by x, largest first"] = step(["l", "]"], lambda line: (held(line) or (0,))[0] == 1)
        steps["filter"] = step(["="], lambda line: "› x > 900" in line and not re.search(r"(\d rows|loading…)$", line.rstrip()),
                               typed='x > 900 and category == "category 3"')
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024, steps
        return float("nan"), steps
    finally:
        subprocess.run(tmux + ["kill-server"], capture_output=True)


def visidata_command(url, folder):
    """vd --batch replaying: open the database, Enter on bench's row, the frequency sheet of category."""
    database = url.rsplit("/", 1)[1]
    find = ("from visidata import vd; s = vd.openSource(%r); s.ensureLoaded(); vd.sync(); "
            "print([r[0] for r in s.rows].index('bench'))" % url)
    index = int(subprocess.run(["python3", "-c", find], capture_output=True, text=True, check=True).stdout.split()[-1])
    steps = [
        {"sheet": "", "col": "", "row": "", "longname": "open-file", "input": url, "keystrokes": "o"},
        {"sheet": f"{database}_tables", "col": "", "row": index, "longname": "open-row", "input": "",
         "keystrokes": "Enter"},
        {"sheet": f"{database}_tables.bench", "col": "category", "row": "", "longname": "freq-col", "input": "",
         "keystrokes": "Shift+F"},
    ]
    log = os.path.join(folder, "freq.vdj")
    with open(log, "w") as out:
        out.writelines(json.dumps(step) + "\n" for step in steps)
    return ["vd", "--batch", "-p", log]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--assay", default=os.path.join(ROOT, ".build-release", "release", "assay"))
    parser.add_argument("--skip-visidata", action="store_true")
    parser.add_argument("--browsing-only", action="store_true", help="only the first screen and the browsing session")
    args = parser.parse_args()

    url, folder = start_server()
    work = tempfile.mkdtemp(prefix="assay-bench-db-")
    try:
        started = time.perf_counter()
        make_table(url, args.rows)
        print(f"bench: {args.rows:,} rows made in {time.perf_counter() - started:.1f} s")
        table = url + "?table=bench"
        histogram, freedman_diaconis, frequency, describe = by_hand(url)
        commands = {
            "assay chart histogram x --bins 30": [args.assay, "chart", "histogram", table, "--column", "x", "--bins", "30"],
            "assay chart histogram x (F-D bins)": [args.assay, "chart", "histogram", table, "--column", "x"],
            "assay freq category": [args.assay, "freq", table, "--column", "category"],
            "assay describe (4 columns)": [args.assay, "describe", table],
            "assay ls (1,004 tables)": [args.assay, "ls", url],
            "pull x (psql COPY)": ["psql", url, "-c", "COPY (SELECT x FROM bench) TO STDOUT"],
            "pull category (psql COPY)": ["psql", url, "-c", "COPY (SELECT category FROM bench) TO STDOUT"],
            "pull all columns (psql COPY)": ["psql", url, "-c", "COPY bench TO STDOUT"],
            "pull x (pandas.read_sql)": pandas_pull(url, "x"),
            "pull category (pandas.read_sql)": pandas_pull(url, "category"),
            "pull all columns (pandas.read_sql)": pandas_pull(url, "*"),
            "psql histogram by hand (30 bins)": ["psql", url, "-c", histogram],
            "psql histogram by hand (F-D bins)": ["psql", url, "-c", freedman_diaconis],
            "psql frequency by hand": ["psql", url, "-c", frequency],
            "psql describe by hand": ["psql", url, "-c", describe],
        }
        if not args.skip_visidata:
            commands["VisiData open + frequency"] = visidata_command(url, work)
        if args.browsing_only:
            commands = {}
        times = {name: [] for name in commands}
        for name, command in commands.items():
            timed(command)
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(timed(command))
        screens = [first_screen(args.assay, table, f"bench-db-{os.getpid()}-{run}") for run in range(args.runs)]
        memory, steps = browsing_session(args.assay, table, args.rows, f"bench-db-memory-{os.getpid()}")
        load = open("/proc/loadavg").read().split()[:3]
        print(f"load average: {' '.join(load)}; {args.rows:,} rows, median of {args.runs}")
        print(f"{'command':34} {'median s':>9} {'min s':>8}")
        for name, values in times.items():
            print(f"{name:34} {statistics.median(values):9.3f} {min(values):8.3f}")
        print(f"{'assay first screen of the table':34} {statistics.median(screens):9.3f} {min(screens):8.3f}")
        for name, seconds in steps.items():
            print(f"{'assay browsing: ' + name:34} {seconds:9.3f}")
        print(f"assay browsing, sorting and filtering the table: peak resident memory {memory:.0f} MB")
    finally:
        stop_server(folder)
        subprocess.run(["rm", "-rf", work])


if __name__ == "__main__":
    main()
