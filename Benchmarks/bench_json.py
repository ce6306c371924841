#!/usr/bin/env python3
"""Benchmark of loading JSON Lines: Assay against polars and pandas.

Usage: Benchmarks/bench_json.py [--runs N] [--assay PATH]

Makes Benchmarks/data/main_1m.jsonl once (Benchmarks/gen_data.py main 1000000, read by pandas and
written with `to_json(orient="records", lines=True)`), then times, alternating tool by tool so
that a busy machine hurts all alike, after one warm-up round (page cache):
- assay: `assay schema main_1m.jsonl`, the typed load of every column, as a whole process;
- polars: `pl.read_ndjson(path)`; pandas: `pd.read_json(path, lines=True)`; each in a fresh Python
  process that prints two figures: the load alone (timed inside the process, after the imports),
  and the whole process (imports included, timed from outside).

Prints the load average before each round, then a Markdown table of medians: Assay's whole process
against each peer's load alone (the fairest figure for the peers: their start-up and imports are
left out) and against their whole process, with the ratio peer / Assay (above 1: Assay is faster).
"""
import argparse
import os
import platform
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "Benchmarks", "data")

PEERS = {
    "polars": ("import polars as pl", "frame = pl.read_ndjson(path)"),
    "pandas": ("import pandas as pd", "frame = pd.read_json(path, lines=True)"),
}


def data_file():
    """Benchmarks/data/main_1m.jsonl, made when missing."""
    jsonl = os.path.join(DATA, "main_1m.jsonl")
    if os.path.exists(jsonl):
        return jsonl
    os.makedirs(DATA, exist_ok=True)
    csv = os.path.join(DATA, "main_1m.csv")
    if not os.path.exists(csv):
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "gen_data.py"), "main", "1000000", csv],
                       check=True)
    import pandas as pd

    pd.read_csv(csv, dtype={"date": str}).to_json(jsonl + ".part", orient="records", lines=True)
    os.replace(jsonl + ".part", jsonl)
    return jsonl


def peer_command(tool, path):
    imports, load = PEERS[tool]
    code = (f"{imports}\nimport time\npath = {path!r}\nstart = time.perf_counter()\n{load}\n"
            f"print(time.perf_counter() - start, len(frame))")
    return [sys.executable, "-c", code]


def run(tool, command):
    """(load seconds, whole-process seconds) of one run; for Assay both are the whole process."""
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    whole = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{tool} failed: {result.stderr[-400:]}")
    if tool == "assay":
        return whole, whole
    return float(result.stdout.split()[0]), whole


def load_average():
    return "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--assay", default=os.path.join(ROOT, ".build-release", "release", "assay"))
    args = parser.parse_args()
    path = data_file()
    print(f"{platform.node()}: {os.cpu_count()} cores, {platform.platform()}, {time.strftime('%Y-%m-%d %H:%M %Z')}")
    print(f"{os.path.basename(path)}: {os.path.getsize(path) / 1e6:.0f} MB")
    commands = {"assay": [args.assay, "schema", path]}
    commands.update({tool: peer_command(tool, path) for tool in PEERS})
    results = {tool: [] for tool in commands}
    print(f"warm-up round, load average {load_average()}", flush=True)
    for tool, command in commands.items():
        run(tool, command)
    for round_number in range(args.runs):
        print(f"round {round_number + 1}/{args.runs}, load average {load_average()}", flush=True)
        for tool, command in commands.items():
            results[tool].append(run(tool, command))
    assay = statistics.median(whole for _, whole in results["assay"])
    print(f"\nmedian of {args.runs} runs, load average after {load_average()}\n")
    print("| tool | load s (imports excluded) | whole process s | load / Assay | whole / Assay |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for tool, runs in results.items():
        load = statistics.median(l for l, _ in runs)
        whole = statistics.median(w for _, w in runs)
        ratios = "| |" if tool == "assay" else f"| {load / assay:.2f}x | {whole / assay:.2f}x |"
        print(f"| {tool} | {load:.2f} | {whole:.2f} {ratios}")


if __name__ == "__main__":
    main()
