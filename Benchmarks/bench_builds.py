#!/usr/bin/env python3
"""Two builds of Assay side by side on the same command: whether a change moved a benchmark.

Usage: Benchmarks/bench_builds.py [--runs N] [--file F] BEFORE_BINARY AFTER_BINARY [ARGS...]

Runs `BINARY ARGS FILE` (default ARGS: `schema`, the typed load of every column; default FILE:
Benchmarks/data/main_10m.csv, made by gen_data.py when missing) for the two binaries in turn,
alternating, after one warm-up round, N times each (9 by default), every run a fresh process timed
around the subprocess. Prints the load average before each round, the median and minimum wall
seconds of each build and the ratio after / before (below 1: the change is faster). The two builds
must print the same output; a difference is reported and the exit status is 1.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_load import DATA, ROOT, load_average  # noqa: E402


def run(command):
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)}: exit {result.returncode}: {result.stderr.decode(errors='replace')[-300:]}")
    return wall, result.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--file", default=os.path.join(DATA, "main_10m.csv"))
    parser.add_argument("args", nargs=argparse.REMAINDER)
    options = parser.parse_args()
    options.args = [a for a in options.args if a != "--"] or ["schema"]
    if not os.path.exists(options.file):
        os.makedirs(os.path.dirname(options.file), exist_ok=True)
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "gen_data.py"), "main", "10000000",
                        options.file], check=True)
    builds = {"before": options.before, "after": options.after}
    commands = {name: [binary] + options.args + [options.file] for name, binary in builds.items()}
    outputs = {name: run(command)[1] for name, command in commands.items()}
    if outputs["before"] != outputs["after"]:
        print("the two builds print different outputs")
        status = 1
    else:
        status = 0
    times = {name: [] for name in builds}
    for number in range(options.runs):
        print(f"round {number + 1}/{options.runs}, load average {load_average()}", flush=True)
        for name, command in commands.items():
            times[name].append(run(command)[0])
    print(f"\n`{' '.join(options.args)} {os.path.basename(options.file)}`, {options.runs} runs each, alternating\n")
    print("| build | median s | min s |")
    print("| --- | ---: | ---: |")
    for name in builds:
        print(f"| {name} ({builds[name]}) | {statistics.median(times[name]):.3f} | {min(times[name]):.3f} |")
    ratio = statistics.median(times["after"]) / statistics.median(times["before"])
    print(f"\nafter / before (median): {ratio:.3f}")
    sys.exit(status)


if __name__ == "__main__":
    main()
