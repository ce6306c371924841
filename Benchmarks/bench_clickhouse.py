#!/usr/bin/env python3
"""Summaries of a 10M-row Distributed ClickHouse table on a two-shard cluster: Assay (computed on the
shards) beside pulling the columns and clickhouse-client running the same statements by hand.

Usage: Benchmarks/bench_clickhouse.py [--rows N] [--runs N] [--assay PATH]

Starts the two-shard cluster of scripts/servers/clickhouse.sh (127.0.0.1, free ports) and stops it at
the end; creates `bench_local` on each shard (id, x Float64, category of 20 values, seen DateTime;
half the rows each, from system.numbers) and the Distributed table `bench` over them, with the
columns and values of Benchmarks/bench_db.py's PostgreSQL table. Each round runs every command once,
in turn, after a warm-up round, and prints each command's median wall time; then the time until a
first screen of rows appears in the table browser, and a browsing session (three windows on, a jump
to row 9,000,000, a sort, a filter) with the browser's peak memory, as bench_db.py measures them.

  assay chart histogram     the histogram of x: bounds, then one GROUP BY of the bins (30, or
                            Freedman-Diaconis bins, whose quartiles come first, by quantilesExact)
  assay freq                the frequency table of category: one GROUP BY
  assay describe            every column: counts, distinct counts, extremes, medians, mean, std
  pandas x / category / all the way an analyst pulls: the column(s) over HTTP as TSV into
                            pandas.read_csv, then the same summary there (numpy.histogram with
                            30 bins or bins="fd", value_counts, describe with nunique and median)
  pull x / category / all   clickhouse-client ... FORMAT Native: moving the column(s) alone, in
                            ClickHouse's own binary format (the least any tool that pulls must do)
  by hand                   clickhouse-client running the statements Assay sent (read from its
                            --explain), in one call: the same aggregates as a person would run
"""
import argparse
import os
import statistics
import subprocess
import time

from bench_db import browsing_session, first_screen, timed

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HARNESS = os.path.join(ROOT, "scripts", "servers", "clickhouse.sh")


def start_cluster():
    """Starts the cluster; its locator, root folder and the two servers' TCP ports."""
    script = (f'source "{HARNESS}" && {{ server_start_clickhouse >&2 || {{ server_stop_clickhouse; exit 1; }}; }} '
              f'&& echo "$ASSAY_TEST_CLICKHOUSE" '
              f'"$ASSAY_CLICKHOUSE_ROOT" "$ASSAY_CLICKHOUSE_TCP1" "$ASSAY_CLICKHOUSE_TCP2"')
    out = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=True).stdout.split()
    return out[-4], out[-3], out[-2:]


def stop_cluster(root):
    subprocess.run(["bash", "-c", f'source "{HARNESS}" && ASSAY_CLICKHOUSE_ROOT="{root}" && server_stop_clickhouse'],
                   capture_output=True)


def client(port, sql, stdout=subprocess.DEVNULL):
    """clickhouse-client on a server's TCP port, as its `default` account."""
    return ["clickhouse-client", "--host", "127.0.0.1", "--port", str(port), "--database", "assaytest",
            "--multiquery", "--query", sql]


def make_table(ports, rows):
    half = rows // 2
    for shard, port in enumerate(ports):
        first = shard * half
        subprocess.run(client(port, f"""
            CREATE TABLE bench_local (id Int64, x Float64, category String, seen DateTime)
              ENGINE = MergeTree ORDER BY id;
            INSERT INTO bench_local SELECT g, ((g * 7919) % 100003) / 100.0 + (g % 7) * 0.001,
              concat('category ', toString(g % 20)), toDateTime('2020-01-01 00:00:00') + g
              FROM (SELECT number + {first} + 1 AS g FROM system.numbers LIMIT {half})"""), check=True)
    subprocess.run(client(ports[0], "CREATE TABLE bench AS bench_local ENGINE = Distributed(assay, assaytest, "
                          "bench_local, id)"), check=True)


PANDAS = """
import sys, urllib.parse, urllib.request
import numpy, pandas
address, columns, summary = sys.argv[1:4]
query = urllib.parse.quote(f"SELECT {columns} FROM bench FORMAT TSVWithNames")
frame = pandas.read_csv(urllib.request.urlopen(f"{address}/?database=assaytest&query={query}"), sep="\\t")
if summary == "histogram":
    numpy.histogram(frame["x"].dropna(), bins=30)
elif summary == "histogram-fd":
    numpy.histogram(frame["x"].dropna(), bins="fd")
elif summary == "freq":
    frame["category"].value_counts()
else:
    frame.describe(include="all"), frame.nunique(), frame.median(numeric_only=True)
"""


def pandas_pull(locator, columns, summary):
    """pandas reading the column(s) from the first server's HTTP interface, then summarising them."""
    address = "http://" + locator.split("@")[1].split("/")[0]
    return ["python3", "-c", PANDAS, address, columns, summary]


def sent_statements(command):
    """The statements an Assay command sends, from its --explain."""
    err = subprocess.run(command + ["--explain"], capture_output=True, text=True, check=True).stderr
    return "\n".join(line for line in err.splitlines() if line and not line.startswith("--"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--assay", default=os.path.join(ROOT, ".build-release", "release", "assay"))
    args = parser.parse_args()

    locator, root, ports = start_cluster()
    try:
        started = time.perf_counter()
        make_table(ports, args.rows)
        print(f"bench: {args.rows:,} rows on two shards, made in {time.perf_counter() - started:.1f} s")
        table = locator + "?table=bench"
        summaries = {
            "histogram x --bins 30": ["chart", "histogram", table, "--column", "x", "--bins", "30"],
            "histogram x (F-D bins)": ["chart", "histogram", table, "--column", "x"],
            "freq category": ["freq", table, "--column", "category"],
            "describe (4 columns)": ["describe", table],
        }
        commands = {}
        for name, command in summaries.items():
            commands["assay " + name] = [args.assay] + command
            commands["by hand: " + name] = client(ports[0], sent_statements([args.assay] + command))
        for name, columns, summary in [("x", "x", "histogram"), ("x", "x", "histogram-fd"),
                                       ("category", "category", "freq"), ("all columns", "*", "describe")]:
            commands[f"pandas: pull {name}, {summary}"] = pandas_pull(locator, columns, summary)
            commands[f"pull {name} (clickhouse-client Native)"] = client(
                ports[0], f"SELECT {columns} FROM bench FORMAT Native")
        times = {name: [] for name in commands}
        for command in commands.values():
            timed(command)
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(timed(command))
        screens = [first_screen(args.assay, table, f"bench-ch-{os.getpid()}-{run}") for run in range(args.runs)]
        memory, steps = browsing_session(args.assay, table, args.rows, f"bench-ch-memory-{os.getpid()}")
        load = open("/proc/loadavg").read().split()[:3]
        print(f"load average: {' '.join(load)}; {args.rows:,} rows, median of {args.runs}")
        print(f"{'command':44} {'median s':>9} {'min s':>8}")
        for name, values in times.items():
            print(f"{name:44} {statistics.median(values):9.3f} {min(values):8.3f}")
        median = {name: statistics.median(values) for name, values in times.items()}
        pulls = {"histogram x --bins": ("x", "histogram"), "histogram x (F-D": ("x", "histogram-fd"),
                 "freq": ("category", "freq"), "describe": ("all columns", "describe")}
        for name in summaries:
            columns, summary = next(pulls[key] for key in pulls if name.startswith(key))
            assay = median["assay " + name]
            print(f"{name}: {median[f'pandas: pull {columns}, {summary}'] / assay:.1f}x faster than pandas pulling "
                  f"{columns} ({summary}), {median[f'pull {columns} (clickhouse-client Native)'] / assay:.1f}x faster than moving "
                  f"them alone, {assay / median['by hand: ' + name]:.2f}x the time of the same statements by hand")
        print(f"{'assay first screen of the table':44} {statistics.median(screens):9.3f} {min(screens):8.3f}")
        for name, seconds in steps.items():
            print(f"{'assay browsing: ' + name:44} {seconds:9.3f}")
        print(f"assay browsing, sorting and filtering the table: peak resident memory {memory:.0f} MB")
    finally:
        stop_cluster(root)


if __name__ == "__main__":
    main()
