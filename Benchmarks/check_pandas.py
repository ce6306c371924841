#!/usr/bin/env python3
"""Checks that Assay's typed values equal pandas' parse for every cell of the numeric (and bool) columns.

Usage: Benchmarks/check_pandas.py [FILE.csv]   (default Benchmarks/data/main_1m.csv, generated if missing)

pandas reads the file; each numeric column is written as raw little-endian float64 (NaN where
missing) to a temporary folder; then the Swift test PandasAgreementTests loads the same file
with Assay's CSV reader and compares every cell bit for bit. Exit status 0 means all agree.
"""
import os
import subprocess
import sys
import tempfile

import numpy as np
import pandas as pd

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "Benchmarks", "data", "main_1m.csv")
    if not os.path.exists(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "gen_data.py"), "main", "1000000", path],
                       check=True)
    frame = pd.read_csv(path)
    numeric = [c for c in frame.columns if frame[c].dtype.kind in "iufb"]
    with tempfile.TemporaryDirectory() as folder:
        for name in numeric:
            frame[name].to_numpy(dtype=np.float64, na_value=np.nan).astype("<f8").tofile(
                os.path.join(folder, name + ".f64"))
        with open(os.path.join(folder, "columns.txt"), "w") as f:
            f.write("\n".join(numeric))
        print("pandas numeric columns:", ", ".join(numeric), "-", len(frame), "rows")
        env = dict(os.environ, ASSAY_PANDAS_DIR=folder, ASSAY_PANDAS_CSV=os.path.abspath(path))
        result = subprocess.run(["swift", "test", "--filter", "PandasAgreementTests"], cwd=ROOT, env=env)
    sys.exit(result.returncode)


if __name__ == "__main__":
    main()
