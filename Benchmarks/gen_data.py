#!/usr/bin/env python3
"""Deterministic synthetic CSV files for Assay's benchmarks and tests.

Usage:
  gen_data.py main ROWS OUT.csv   # id,date,category,x,y,z,qty,flag,note
  gen_data.py iris ROWS OUT.csv   # 4 numeric columns in 3 gaussian clusters

Rows come in blocks of 100,000; block k draws from numpy's PCG64 seeded with
SeedSequence([SEED, k]), so a smaller file is the exact prefix of a larger one
and the same numpy version gives byte-identical output.

main columns:
  id        int 1..N, never empty
  date      ISO date 2020-01-01..2024-12-31, ~1% empty
  category  one of 20 levels with a Zipf-like skew, ~2% empty
  x         N(50, 10), 3 decimals, never empty
  y         corr(x, y) = +0.8, 4 decimals, ~3% empty
  z         corr(x, z) = -0.3, corr(y, z) = -0.1, 6 decimals, ~0.5% empty
  qty       Poisson(20) times a category factor, ~1% empty
  flag      true/false, never empty
  note      3..11 words; ~3% hold a comma and are quoted (RFC 4180), some of
            those with an embedded "" quote; ~2% empty
"""
import sys

import numpy as np

SEED = 20240611
BLOCK = 100_000

CATEGORIES = [
    "electronics", "books", "clothing", "home", "garden", "toys", "sports",
    "automotive", "grocery", "health", "beauty", "jewelry", "music", "movies",
    "software", "tools", "office", "pet supplies", "baby", "outdoor",
]
WORDS = (
    "the quick brown fox jumps over lazy dog order shipped late early "
    "customer happy return refund damaged box great value price too high "
    "would buy again blue red green small large medium size fits well poor "
    "quality excellent service delivery fast slow gift wrapped missing part "
    "works fine stopped working after week month year battery screen cable "
    "warranty replaced colour faded smells nice loud quiet heavy light"
).split()

XYZ_MEANS = [50.0, 100.0, 0.0]
XYZ_SDS = np.array([10.0, 5.0, 2.0])
XYZ_CORR = np.array([[1.0, 0.8, -0.3], [0.8, 1.0, -0.1], [-0.3, -0.1, 1.0]])

IRIS_MEANS = np.array([[5.01, 3.43, 1.46, 0.25], [5.94, 2.77, 4.26, 1.33], [6.59, 2.97, 5.55, 2.03]])
IRIS_SDS = np.array([[0.35, 0.38, 0.17, 0.11], [0.52, 0.31, 0.47, 0.20], [0.64, 0.32, 0.55, 0.27]])
IRIS_CORR = np.array([[1.0, 0.5, 0.6, 0.4], [0.5, 1.0, 0.4, 0.45], [0.6, 0.4, 1.0, 0.6], [0.4, 0.45, 0.6, 1.0]])


def block_rng(block):
    """The generator of one block of rows."""
    return np.random.Generator(np.random.PCG64(np.random.SeedSequence([SEED, block])))


def note_text(words, has_comma, has_quote):
    """A free-text note, quoted when it holds a comma."""
    if not has_comma:
        return " ".join(words)
    words[0] += ","
    if has_quote:
        words[-1] = '""' + words[-1] + '""'
    return '"' + " ".join(words) + '"'


def main_block(k, n, start_id):
    """Rows of the mixed-type file."""
    r = block_rng(k)
    ids = np.arange(start_id, start_id + n, dtype=np.int64)
    day = r.integers(0, 1827, n)
    dates = (np.datetime64("2020-01-01") + day.astype("timedelta64[D]")).astype(str)
    weights = 1.0 / np.arange(1, len(CATEGORIES) + 1) ** 0.8
    weights /= weights.sum()
    cat = r.choice(len(CATEGORIES), size=n, p=weights)
    cov = XYZ_CORR * np.outer(XYZ_SDS, XYZ_SDS)
    xyz = r.multivariate_normal(XYZ_MEANS, cov, size=n, method="cholesky")
    qty = r.poisson(20, n) * (1 + cat % 3)
    flag = r.random(n) < 0.37
    no_date, no_cat, no_y, no_z, no_qty, no_note = (r.random(n) < p for p in (0.01, 0.02, 0.03, 0.005, 0.01, 0.02))
    nwords = r.integers(3, 12, n)
    word_idx = r.integers(0, len(WORDS), (n, 11))
    comma = r.random(n) < 0.03
    quote = r.random(n) < 0.005
    lines = []
    for i in range(n):
        note = "" if no_note[i] else note_text([WORDS[j] for j in word_idx[i, : nwords[i]]], comma[i], quote[i])
        x, y, z = xyz[i]
        lines.append(
            "%d,%s,%s,%.3f,%s,%s,%s,%s,%s\n"
            % (
                ids[i],
                "" if no_date[i] else dates[i],
                "" if no_cat[i] else CATEGORIES[cat[i]],
                x,
                "" if no_y[i] else "%.4f" % y,
                "" if no_z[i] else "%.6f" % z,
                "" if no_qty[i] else str(qty[i]),
                "true" if flag[i] else "false",
                note,
            )
        )
    return "".join(lines)


def iris_block(k, n, start_id):
    """Rows of the iris-like file: 3 clusters in 4 correlated dimensions."""
    r = block_rng(1_000_000 + k)
    cls = r.integers(0, 3, n)
    z = r.multivariate_normal(np.zeros(4), IRIS_CORR, size=n, method="cholesky")
    v = np.maximum(IRIS_MEANS[cls] + z * IRIS_SDS[cls], 0.05)
    return "".join("%.2f,%.2f,%.2f,%.2f\n" % tuple(row) for row in v)


KINDS = {
    "main": ("id,date,category,x,y,z,qty,flag,note\n", main_block),
    "iris": ("sepal_length,sepal_width,petal_length,petal_width\n", iris_block),
}


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in KINDS:
        sys.exit("usage: gen_data.py main|iris ROWS OUT.csv")
    header, block = KINDS[sys.argv[1]]
    rows, path = int(sys.argv[2]), sys.argv[3]
    with open(path, "w", newline="") as f:
        f.write(header)
        done, k = 0, 0
        while done < rows:
            n = min(BLOCK, rows - done)
            f.write(block(k, n, done + 1))
            done += n
            k += 1


if __name__ == "__main__":
    main()
