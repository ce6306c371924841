#!/usr/bin/env python3
"""Time to the first screen of the table browser: from starting `assay FILE` in a fresh terminal
until the screen shows rows and a row count in the status line.

Usage: Benchmarks/bench_first_screen.py [--runs N] [--file PATH] [--assay PATH]

Each run starts the browser in a private tmux server (`tmux -L bench-first-<pid>-<run>`, 120x40)
and polls `tmux capture-pane` every millisecond or so until the status line reads "<n> rows"
with n > 0 and a data row is on screen; the time from just before `tmux new-session` to that
capture is the run's figure (it includes starting tmux and the process, so it is an upper bound).
Prints every run, the median and the machine's load average.
"""
import argparse
import os
import re
import statistics
import subprocess
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STATUS = re.compile(r"([\d,]+) rows")


def first_screen(assay, path, socket, timeout=10.0):
    """Seconds until the first screen with rows, and the status line then."""
    tmux = ["tmux", "-L", socket]
    started = time.perf_counter()
    subprocess.run(tmux + ["-f", "/dev/null", "new-session", "-d", "-x", "120", "-y", "40", assay, path],
                   check=True)
    try:
        while time.perf_counter() - started < timeout:
            screen = subprocess.run(tmux + ["capture-pane", "-p"], capture_output=True, text=True).stdout
            lines = [line for line in screen.splitlines() if line.strip()]
            found = STATUS.search(lines[-1]) if lines else None
            if found and int(found.group(1).replace(",", "")) > 0 and len(lines) > 2:
                return time.perf_counter() - started, lines[-1].strip()
            time.sleep(0.001)
        raise SystemExit(f"no rows on screen after {timeout} s")
    finally:
        subprocess.run(tmux + ["kill-server"], capture_output=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--file", default=os.path.join(ROOT, "Benchmarks", "data", "main_10m.csv"))
    parser.add_argument("--assay", default=os.path.join(ROOT, ".build", "release", "assay"))
    args = parser.parse_args()
    print(f"load average: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    times = []
    for run in range(args.runs):
        seconds, status = first_screen(args.assay, args.file, f"bench-first-{os.getpid()}-{run}")
        times.append(seconds)
        print(f"run {run + 1}: {seconds * 1000:.0f} ms  [{status}]")
    print(f"first screen of {os.path.basename(args.file)}: median {statistics.median(times) * 1000:.0f} ms "
          f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}) over {args.runs} runs")


if __name__ == "__main__":
    main()
