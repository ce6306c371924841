#!/usr/bin/env python3
"""Whole-command projection benchmark: `assay project` against pandas/numpy and scikit-learn.

Usage: Benchmarks/bench_project_cli.py [--runs N] [--assay PATH]

PCA: `assay project pca Benchmarks/data/iris_1m.csv` (load, standardise, fit, project, draw the
chart) against pandas.read_csv + standardise + numpy.linalg.svd + projection onto two components.
The file (1M x 4) is generated with gen_data.py when missing.
t-SNE: `assay project tsne sampledata/digits.csv --color-by digit --no-standardize
--output-coordinates F` against scikit-learn TSNE(n_components=2, perplexity=30, random_state=0,
init="pca") on the same raw pixels (load included on both sides); both embeddings are scored with
sklearn.manifold.trustworthiness, k=5.

Runs alternate (assay, peer, assay, peer, ...); medians are reported with their ratio. Both sides
are whole processes (the peer's interpreter start and imports included, as in the shared peer
figures); the peer's in-process time (its work alone) is reported beside for reference.
Build first: swift build -c release
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IRIS_1M = os.path.join(ROOT, "Benchmarks", "data", "iris_1m.csv")
DIGITS = os.path.join(ROOT, "sampledata", "digits.csv")


def timed(work):
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def assay_pca(binary):
    command = [binary, "project", "pca", IRIS_1M, "--width", "80", "--height", "24", "--no-color"]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return next(line for line in output.splitlines() if "PC1 (" in line).strip()


def peer_pca():
    import numpy as np
    import pandas as pd

    x = pd.read_csv(IRIS_1M).select_dtypes("number").to_numpy()
    z = (x - x.mean(axis=0)) / x.std(axis=0)
    _, s, vt = np.linalg.svd(z, full_matrices=False)
    ratios = s**2 / (s**2).sum()
    _ = z @ vt[:2].T
    return f"PC1 ({ratios[0] * 100:.1f}%)"


def digits_matrix():
    import pandas as pd

    return pd.read_csv(DIGITS).drop(columns=["digit"]).to_numpy(dtype=float)


def assay_tsne(binary, coordinates):
    command = [binary, "project", "tsne", DIGITS, "--color-by", "digit", "--no-standardize", "--seed", "0", "--output-coordinates",
               coordinates, "--width", "80", "--height", "24", "--no-color"]
    subprocess.run(command, check=True, capture_output=True)


def assay_trustworthiness(coordinates, x):
    import numpy as np
    import pandas as pd
    from sklearn.manifold import trustworthiness

    embedded = pd.read_csv(coordinates)
    rows = embedded["row"].to_numpy() - 1
    return trustworthiness(x[rows], embedded[["tsne1", "tsne2"]].to_numpy(), n_neighbors=5)


def peer_tsne():
    from sklearn.manifold import TSNE

    x = digits_matrix()
    return x, TSNE(n_components=2, perplexity=30, random_state=0, init="pca").fit_transform(x)


def peer_process(which):
    """Runs one peer computation in a fresh interpreter, as a user would; returns its output."""
    command = [sys.executable, os.path.abspath(__file__), "--peer", which]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip()


def report(name, ours, theirs, peer):
    a, p = statistics.median(ours), statistics.median(theirs)
    print(f"{name}: assay median {a:.3f} s, {peer} median {p:.3f} s, peer/assay {p / a:.2f}x")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--assay", default=os.path.join(ROOT, ".build", "release", "assay"))
    parser.add_argument("--peer", choices=["pca", "tsne"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.peer == "pca":
        print(peer_pca())
        return
    if args.peer == "tsne":
        peer_tsne()
        return
    if not os.path.exists(IRIS_1M):
        os.makedirs(os.path.dirname(IRIS_1M), exist_ok=True)
        generator = os.path.join(ROOT, "Benchmarks", "gen_data.py")
        subprocess.run([sys.executable, generator, "iris", "1000000", IRIS_1M], check=True)

    ours, theirs, inside = [], [], []
    for _ in range(args.runs):
        seconds, axis = timed(lambda: assay_pca(args.assay))
        ours.append(seconds)
        seconds, peer_axis = timed(lambda: peer_process("pca"))
        theirs.append(seconds)
        inside.append(timed(peer_pca)[0])
    report("PCA iris_1m (whole command)", ours, theirs, "pandas+numpy SVD")
    print(f"  pandas+numpy in-process (no interpreter start or imports): median {statistics.median(inside):.3f} s")
    print(f"  assay x axis: {axis}; numpy: {peer_axis}")

    from sklearn.manifold import trustworthiness

    ours, theirs = [], []
    with tempfile.TemporaryDirectory() as folder:
        coordinates = os.path.join(folder, "tsne.csv")
        for _ in range(args.runs):
            seconds, _ = timed(lambda: assay_tsne(args.assay, coordinates))
            ours.append(seconds)
            theirs.append(timed(lambda: peer_process("tsne"))[0])
        inside, (x, embedding) = timed(peer_tsne)
        ours_score = assay_trustworthiness(coordinates, x)
    peer_score = trustworthiness(x, embedding, n_neighbors=5)
    report("t-SNE digits 1797x64 (load included)", ours, theirs, "scikit-learn TSNE")
    print(f"  scikit-learn in-process (load and fit, no interpreter start or imports): {inside:.3f} s")
    print(f"  trustworthiness k=5: assay {ours_score:.4f}, scikit-learn {peer_score:.4f}")


if __name__ == "__main__":
    main()
