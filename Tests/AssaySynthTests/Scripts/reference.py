#!/usr/bin/env python3
"""The reference figures of Assay's synthetic-data report, computed with pandas, numpy and scipy.

Usage: reference.py REAL.csv SYNTHETIC.csv KINDS.json OUT.json

KINDS.json maps each column to number, time (an ISO date), category or generated. OUT.json gets:
  distances    per column: scipy.stats.ks_2samp(real, synthetic).statistic for numbers and times
               (times in days since 1970-01-01), the total variation distance of the value shares
               for categories (nulls left out of both)
  columns      the columns of the correlation matrices (all but generated ones)
  real, synthetic  rank correlation matrices: DataFrame.rank() (average ranks, nulls kept out)
               then .corr() (pairwise complete); categories as codes by descending real count,
               ties by value, then values only the synthetic rows have in order of appearance
  value_distances  per category of 2 to 32 real values (with number or time columns): the number
               of its values held by 5 or more real rows, and the mean over those values and every
               number and time column of ks_2samp between the column's real and synthetic non-null
               values on the rows holding the value (1 when the synthetic rows never hold it)
  exact_copies synthetic rows equal to some real row in every cell
  dcr_synthetic, dcr_real  medians of the distance to the closest real row (for real rows, the
               closest other real row) over all rows: numbers and times standardised by the real
               mean and sample standard deviation, categories 0 when equal and 1 when not, a null
               against a value 1, two nulls 0
"""
import json
import sys

import numpy as np
import pandas as pd
from scipy.stats import ks_2samp


def keys(real, synthetic, kinds):
    """Per compared column, the real and synthetic keys (numbers, days, or category codes)."""
    out = {}
    for name in real.columns:
        kind = kinds[name]
        if kind == "generated":
            continue
        a, b = real[name], synthetic[name]
        if kind == "time":
            a = (pd.to_datetime(a) - pd.Timestamp("1970-01-01")).dt.days.astype(float)
            b = (pd.to_datetime(b) - pd.Timestamp("1970-01-01")).dt.days.astype(float)
        elif kind == "category":
            counts = a.dropna().value_counts()
            ordered = sorted(counts.index, key=lambda v: (-counts[v], v.encode()))
            codes = {v: i for i, v in enumerate(ordered)}
            for v in b.dropna():
                codes.setdefault(v, len(codes))
            a, b = a.map(codes).astype(float), b.map(codes).astype(float)
        else:
            a, b = a.astype(float), b.astype(float)
        out[name] = (a.to_numpy(), b.to_numpy(), kind)
    return out


def distance(a, b, kind):
    """KS statistic or total variation distance of the non-null values."""
    a, b = a[~np.isnan(a)], b[~np.isnan(b)]
    if kind in ("number", "time"):
        return float(ks_2samp(a, b).statistic)
    codes = np.union1d(np.unique(a), np.unique(b))
    pa = np.array([(a == c).sum() for c in codes]) / len(a)
    pb = np.array([(b == c).sum() for c in codes]) / len(b)
    return float(np.abs(pa - pb).sum() / 2)


def value_distances(compared):
    """Per category of 2 to 32 real values: [values measured, mean KS of each value's numbers]."""
    numbers = [n for n, (_, _, kind) in compared.items() if kind in ("number", "time")]
    out = {}
    for name, (a, b, kind) in compared.items():
        codes, counts = np.unique(a[~np.isnan(a)], return_counts=True)
        if kind != "category" or not numbers or not 2 <= len(codes) <= 32:
            continue
        found, values = [], 0
        for code, count in zip(codes, counts):
            if count < 5:
                continue
            values += 1
            for number in numbers:
                x, y, _ = compared[number]
                real_values, synthetic_values = x[a == code], y[b == code]
                real_values = real_values[~np.isnan(real_values)]
                synthetic_values = synthetic_values[~np.isnan(synthetic_values)]
                if len(real_values) == 0:
                    continue
                found.append(float(ks_2samp(real_values, synthetic_values).statistic) if len(synthetic_values) else 1.0)
        if found:
            out[name] = [values, float(np.mean(found))]
    return out


def closest(queries, reference, categorical, skip_self):
    """Per query row, the distance to the nearest reference row."""
    out = []
    for q in range(len(queries)):
        a, b = queries[q][None, :], reference
        both_null = np.isnan(a) & np.isnan(b)
        one_null = np.isnan(a) ^ np.isnan(b)
        diff = np.where(categorical, (a != b).astype(float), (a - b) ** 2)
        diff = np.where(both_null, 0.0, np.where(one_null, 1.0, diff))
        d = np.sqrt(diff.sum(axis=1))
        if skip_self:
            d[q] = np.inf
        out.append(d.min())
    return float(np.median(out))


def main():
    real_path, synthetic_path, kinds_path, out_path = sys.argv[1:5]
    kinds = json.load(open(kinds_path))
    text = {n: str for n, k in kinds.items() if k in ("category", "generated", "time")}
    real = pd.read_csv(real_path, dtype=text)
    synthetic = pd.read_csv(synthetic_path, dtype=text)
    compared = keys(real, synthetic, kinds)
    names = list(compared)
    ranked_real = pd.DataFrame({n: compared[n][0] for n in names}).rank()
    ranked_synthetic = pd.DataFrame({n: compared[n][1] for n in names}).rank()
    as_written = {"dtype": str, "keep_default_na": False}
    real_text = pd.read_csv(real_path, **as_written).agg("\x1f".join, axis=1)
    synthetic_text = pd.read_csv(synthetic_path, **as_written).agg("\x1f".join, axis=1)
    standard = {}
    for n in names:
        a, b, kind = compared[n]
        if kind == "category":
            standard[n] = (a, b)
        else:
            mean, sd = np.nanmean(a), np.nanstd(a, ddof=1)
            sd = sd if sd > 0 else 1.0
            standard[n] = ((a - mean) / sd, (b - mean) / sd)
    real_matrix = np.column_stack([standard[n][0] for n in names])
    synthetic_matrix = np.column_stack([standard[n][1] for n in names])
    categorical = np.array([compared[n][2] == "category" for n in names])
    json.dump(
        {
            "distances": {n: distance(*compared[n]) for n in names},
            "columns": names,
            "real": ranked_real.corr().fillna(0).to_numpy().tolist(),
            "synthetic": ranked_synthetic.corr().fillna(0).to_numpy().tolist(),
            "value_distances": value_distances(compared),
            "exact_copies": int(synthetic_text.isin(set(real_text)).sum()),
            "dcr_synthetic": closest(synthetic_matrix, real_matrix, categorical, False),
            "dcr_real": closest(real_matrix, real_matrix, categorical, True),
        },
        open(out_path, "w"),
    )


if __name__ == "__main__":
    main()
