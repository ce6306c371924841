#!/usr/bin/env python3
"""Side-by-side projection benchmark: Assay's PCA and t-SNE against numpy and scikit-learn.

Usage: Benchmarks/bench_projections.py [--runs N] [--skip-assay]

PCA: Benchmarks/data/iris_1m.csv (1M x 4, generated with gen_data.py when missing), load
included: pandas.read_csv + numpy SVD of the centred matrix, against Assay's CSV reader +
FeatureMatrix + PCA + projection.
t-SNE: sampledata/digits.csv (1797 x 64), scikit-learn TSNE(n_components=2, perplexity=30,
random_state=0, init="pca") against Assay's TSNE(perplexity: 30, seed: 0); both scored with
sklearn.manifold.trustworthiness' definition, k=5 (Assay computes its own score in Swift).

The Assay side runs the release-mode test suite ProjectionBenchmarks:
  ASSAY_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter ProjectionBenchmarks
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IRIS_1M = os.path.join(ROOT, "Benchmarks", "data", "iris_1m.csv")
DIGITS = os.path.join(ROOT, "sampledata", "digits.csv")


def peer_pca(runs):
    import numpy as np
    import pandas as pd

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        x = pd.read_csv(IRIS_1M).select_dtypes("number").to_numpy()
        centred = x - x.mean(axis=0)
        _, s, vt = np.linalg.svd(centred, full_matrices=False)
        variance = s**2 / (len(x) - 1)
        ratios = variance / variance.sum()
        _ = centred @ vt[:2].T
        times.append(time.perf_counter() - start)
    print(f"pandas+numpy PCA iris_1m (load included): median {statistics.median(times):.3f} s, ratios {ratios[:2]}")


def peer_tsne(runs):
    import pandas as pd
    from sklearn.manifold import TSNE, trustworthiness

    x = pd.read_csv(DIGITS).drop(columns=["digit"]).to_numpy(dtype=float)
    times, scores = [], []
    for _ in range(runs):
        start = time.perf_counter()
        embedding = TSNE(n_components=2, perplexity=30, random_state=0, init="pca").fit_transform(x)
        times.append(time.perf_counter() - start)
        scores.append(trustworthiness(x, embedding, n_neighbors=5))
    print(
        f"scikit-learn TSNE digits {x.shape[0]}x{x.shape[1]}: median fit {statistics.median(times):.3f} s, "
        f"trustworthiness(k=5) {statistics.median(scores):.4f}"
    )


def assay():
    env = dict(os.environ, ASSAY_BENCH="1")
    command = ["swift", "test", "-c", "release", "-Xswiftc", "-enable-testing", "--filter", "ProjectionBenchmarks"]
    output = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True).stdout
    for line in output.splitlines():
        if line.startswith(("pca ", "tsne ")) or "✘" in line:
            print("assay " + line)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-assay", action="store_true")
    args = parser.parse_args()
    if not os.path.exists(IRIS_1M):
        os.makedirs(os.path.dirname(IRIS_1M), exist_ok=True)
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "gen_data.py"), "iris", "1000000", IRIS_1M], check=True)
    peer_pca(args.runs)
    peer_tsne(args.runs)
    if not args.skip_assay:
        assay()


if __name__ == "__main__":
    main()
