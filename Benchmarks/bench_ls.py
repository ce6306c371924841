#!/usr/bin/env python3
"""Listing a folder tree: `assay ls` against `find` and `du` on the same 10,000-file tree.

Usage: Benchmarks/bench_ls.py [--runs N] [--files N] [--assay PATH]

Generates Benchmarks/data/ls_tree_<N>/ when missing: N small files of mixed kinds (CSV, JSON, logs,
PNG/MP3/MP4/PDF/SQLite/zip signatures, files without an extension) spread over nested folders
(10 x 10 x 4). Each round runs every command once, in turn, after one warm-up round (page cache
warm); prints every command's median wall time and its ratio to `assay ls --summary`, and the
machine's load average. Output goes to /dev/null.

  assay ls DIR --recursive --summary       stat + first 16 bytes of every file, totals by kind
  assay ls DIR --recursive --format csv    the same, and the whole listing as CSV
  find DIR -printf '%s\\n'                  stat of every entry, one size a line
  du -sb DIR                               stat of every entry, one total
"""
import argparse
import os
import statistics
import subprocess
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

HEADS = {
    "csv": b"id,name,value\n1,a,2.5\n",
    "json": b'{"id": 1, "name": "a"}\n',
    "log": b"2026-01-01 12:00:00 INFO started\n",
    "png": b"\x89PNG\r\n\x1a\n" + bytes(64),
    "mp3": b"ID3\x03\x00" + bytes(64),
    "mp4": b"\x00\x00\x00\x18ftypmp42" + bytes(64),
    "pdf": b"%PDF-1.7\n" + bytes(64),
    "db": b"SQLite format 3\x00" + bytes(84),
    "zip": b"PK\x03\x04" + bytes(64),
    "": b"plain text without an extension\n",
}


def make_tree(path, files):
    """N files of mixed kinds under path/aNN/bNN/cN/, sizes varying from a few bytes to ~8 KB."""
    if os.path.isdir(path):
        return
    kinds = list(HEADS)
    temporary = path + ".partial"
    for index in range(files):
        folder = os.path.join(temporary, f"a{index % 10:02}", f"b{index // 10 % 10:02}", f"c{index // 100 % 4}")
        os.makedirs(folder, exist_ok=True)
        kind = kinds[index % len(kinds)]
        name = f"f{index:05}" + (f".{kind}" if kind else "")
        with open(os.path.join(folder, name), "wb") as out:
            out.write(HEADS[kind] + bytes(index * 7919 % 8000))
    os.rename(temporary, path)


def timed(command):
    """Wall seconds of one run, output discarded; fails loudly on a non-zero exit."""
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True)
    return time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--assay", default=os.path.join(ROOT, ".build", "release", "assay"))
    args = parser.parse_args()
    tree = os.path.join(ROOT, "Benchmarks", "data", f"ls_tree_{args.files}")
    make_tree(tree, args.files)
    if args.runs == 0:  # only the tree was asked for (bench_store.py puts it into its store)
        return
    commands = {
        "assay ls --summary": [args.assay, "ls", tree, "--recursive", "--summary"],
        "assay ls --format csv": [args.assay, "ls", tree, "--recursive", "--format", "csv"],
        "find -printf %s": ["find", tree, "-printf", "%s\n"],
        "du -sb": ["du", "-sb", tree],
    }
    load = os.getloadavg()
    print(f"load average: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; {args.files:,} files, {args.runs} rounds")
    times = {name: [] for name in commands}
    for round_number in range(args.runs + 1):
        for name, command in commands.items():
            seconds = timed(command)
            if round_number > 0:
                times[name].append(seconds)
    base = statistics.median(times["assay ls --summary"])
    print(f"{'command':<24} {'median ms':>10} {'min ms':>8} {'vs assay ls --summary':>22}")
    for name, runs in times.items():
        median = statistics.median(runs)
        print(f"{name:<24} {median * 1000:>10.1f} {min(runs) * 1000:>8.1f} {median / base:>21.2f}x")


if __name__ == "__main__":
    main()
