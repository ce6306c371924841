#!/usr/bin/env python3
"""Synthetic data: Assay's `synth` against SDV's GaussianCopulaSynthesizer, for fidelity, privacy
and time.

Usage: Benchmarks/bench_synth.py [--runs N] [--skip-timing] [--skip-fidelity] [--tables A,B]
                                 [--seeds N] [--assay PATH] [--timing-rows N]

Peers: SDV, RDT, copulas and sdmetrics, installed with `pip install --no-deps sdv rdt copulas
sdmetrics` (plus graphviz, cloudpickle, platformdirs, tqdm, pyyaml, plotly, scikit-learn; no
torch). SDV 2.0 needs pandas < 3: when the running Python has pandas 3 or lacks SDV, the script
makes Benchmarks/data/sdv-venv (a venv over the system packages with pandas < 3 and the peers)
and runs itself again there. Assay is the release build (`swift build -c release --product assay
--scratch-path .build-release`).

Fidelity tables, each synthesized at its own row count with seed 1 by both tools:
  sampledata/penguins.csv, iris.csv, wine.csv, seattle-weather.csv, digits.csv (the bundled public
  tables; the same files as the shared data folder), five more real public tables from the
  vega_datasets package (PUBLIC below), main_20k (gen_data.py main 20000: ids,
  dates, categories, numbers, nulls, free text), and monthly (made here: first-of-month dates,
  whole-hour timestamps, a category with nulls, correlated amounts).
For each: sdmetrics QualityReport's Column Shapes and Column Pair Trends scores (SDV's metadata,
detected from the real table, for both; where SDV calls a near-unique text column categorical, a
second row has SDV fit again with that column declared free text (sdtype "text") and scores both
tools on that metadata, and a third counts the synthetic cells of the column that are real cells
copied verbatim under the detected metadata), exact copies of real rows, the distance to closest record
(median over 1,000 synthetic rows of the distance to the nearest real row, and over 1,000 real
rows of the distance to the nearest other real row, among up to 10,000 real rows: numbers,
dates and ordinal numbers (barley's year) standardised by the real mean and standard deviation,
categories and other ordinal values 0 when equal and 1 when not, a null against a value 1;
columns SDV marks as ids or free text left out), and for every
date/time column the share of synthetic values with the real column's granularity (first of
month, whole hour, whole day), and how well each category value keeps its own numbers (the mean
two-sample KS statistic of a number's values on the rows holding each value of a category of 2 to
32 values, real against synthetic). With --seeds N, Assay's distance to closest record again over
seeds 1..N, with its shapes and pair-trends scores, and for monthly the same distance for N fresh
tables drawn by the process that made it: the spread one seed's figure has by chance.

Timing: main_1m (gen_data.py main 1000000, 9 columns): `assay synth main_1m.csv -n 1000000 -o
out.csv` as a whole process (load, fit, sample, write CSV) against SDV's fit + sample of 1,000,000
rows measured inside its process (the CSV read, imports and any write left out, in SDV's favour).
The tools alternate, N runs each (3 by default); medians and the ratio are printed.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(HERE, "data")
VENV = os.path.join(DATA, "sdv-venv")
PEERS = ["sdv", "rdt", "copulas", "sdmetrics"]
SMALL_DEPENDENCIES = ["vega_datasets", "graphviz", "cloudpickle", "platformdirs", "tqdm", "pyyaml", "plotly", "scikit-learn", "faker"]
BUNDLED = ["penguins", "iris", "wine", "seattle-weather", "digits"]
# Real public tables that the vega_datasets package carries in its wheel (no download): cars (names,
# model years as dates, origins, numbers with nulls), stocks (monthly prices of five symbols),
# seattle-temps (hourly temperatures of a year), barley (yields of ten varieties at six sites in
# two years) and us-employment (monthly figures of 23 sectors). (Its airports table is left out:
# SDV's metadata calls all but one of its columns personal data, which it does not score.)
PUBLIC = ["cars", "stocks", "seattle-temps", "barley", "us-employment"]


def ready():
    """True when this Python has pandas < 3 and the peers."""
    try:
        import pandas
        import sdmetrics  # noqa: F401
        import sdv  # noqa: F401
        return int(pandas.__version__.split(".")[0]) < 3
    except ImportError:
        return False


def run_in_venv():
    """Makes the venv when missing and runs this script again inside it."""
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        os.makedirs(DATA, exist_ok=True)
        subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", VENV], check=True)
        subprocess.run([python, "-m", "pip", "install", "--quiet", "pandas<3"] + SMALL_DEPENDENCIES, check=True)
        subprocess.run([python, "-m", "pip", "install", "--quiet", "--no-deps"] + PEERS, check=True)
    os.execv(python, [python] + sys.argv)


def generated(kind, rows):
    """A gen_data.py table in Benchmarks/data, made when missing."""
    path = os.path.join(DATA, f"{kind}_{rows}.csv")
    if not os.path.exists(path):
        os.makedirs(DATA, exist_ok=True)
        subprocess.run([sys.executable, os.path.join(HERE, "gen_data.py"), kind, str(rows), path], check=True)
    return path


def public(name):
    """A vega_datasets table as a CSV in Benchmarks/data, made when missing."""
    path = os.path.join(DATA, f"vega-{name}.csv")
    if not os.path.exists(path):
        try:
            from vega_datasets import local_data
        except ImportError:
            subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "vega_datasets"], check=True)
            from vega_datasets import local_data
        getattr(local_data, name.replace("-", "_"))().to_csv(path, index=False)
    return path


MONTHLY_SEED = 20261205


def monthly(rows=5000):
    """A table of first-of-month dates, whole-hour timestamps, a region with nulls and amounts."""
    path = os.path.join(DATA, f"monthly_{rows}.csv")
    if not os.path.exists(path):
        monthly_frame(rows, MONTHLY_SEED).to_csv(path, index=False)
    return path


def monthly_frame(rows, seed):
    """monthly's rows as its process draws them with `seed` (MONTHLY_SEED: the real table)."""
    import numpy as np
    import pandas as pd
    rng = np.random.Generator(np.random.PCG64(seed))
    month = pd.DatetimeIndex([pd.Timestamp(2019 + m // 12, m % 12 + 1, 1) for m in rng.integers(0, 72, rows)])
    opened = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 24 * 365, rows), "h")
    region = rng.choice(["north", "south", "east", "west", None], rows, p=[0.4, 0.3, 0.15, 0.1, 0.05])
    base = rng.normal(100, 20, rows) + (month.year - 2019) * 8
    amount = np.round(base + rng.normal(0, 5, rows), 2)
    units = rng.poisson(np.maximum(amount / 10, 1))
    return pd.DataFrame({"month": month.strftime("%Y-%m-%d"), "opened": opened.strftime("%Y-%m-%d %H:%M:%S"),
                         "region": region, "amount": amount, "units": units})


def sdv_table(real, rows, seed=1, text=()):
    """SDV's synthetic table of `real` and its metadata; the columns named in `text` are declared
    free text (sdtype "text": SDV then writes Faker sentences there instead of learning them)."""
    import numpy as np
    from sdv.metadata import Metadata
    from sdv.single_table import GaussianCopulaSynthesizer
    np.random.seed(seed)
    metadata = Metadata.detect_from_dataframes({"t": real})
    for name in text:
        metadata.update_column(column_name=name, sdtype="text", table_name="t")
    synthesizer = GaussianCopulaSynthesizer(metadata)
    synthesizer.fit({"t": real}) if fit_takes_dict() else synthesizer.fit(real)
    out = synthesizer.sample(rows)
    return (out["t"] if isinstance(out, dict) else out), metadata.to_dict()["tables"]["t"]


def fit_takes_dict():
    """SDV 2 fits a single table from {name: frame}; earlier versions from the frame."""
    import sdv
    return int(sdv.__version__.split(".")[0]) >= 2


def assay_table(assay, path, rows, seed=1):
    """Assay's synthetic table of the CSV at `path`, read back by pandas like the real one."""
    import pandas as pd
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "twin.csv")
        subprocess.run([assay, "synth", path, "-n", str(rows), "-o", out, "--seed", str(seed)], check=True)
        return pd.read_csv(out)


def scores(real, synthetic, metadata):
    """sdmetrics QualityReport's Column Shapes and Column Pair Trends scores."""
    from sdmetrics.reports.single_table import QualityReport
    report = QualityReport()
    report.generate(real, synthetic, metadata, verbose=False)
    properties = report.get_properties().set_index("Property")["Score"]
    return properties["Column Shapes"], properties["Column Pair Trends"]


def free_text_columns(real, metadata):
    """The columns SDV calls categorical whose values are mostly distinct: free text, which Assay
    generates in its shape rather than learns."""
    return [name for name, info in metadata["columns"].items()
            if info["sdtype"] == "categorical" and real[name].nunique() * 2 > real[name].count()]


def verbatim(real, synthetic, names):
    """Synthetic cells of these columns equal to some real cell of the same column."""
    return sum(int(synthetic[n].dropna().astype(str).isin(set(real[n].dropna().astype(str))).sum()) for n in names)


def encoded(real, synthetic, metadata):
    """Both tables as numeric matrices for the closest-record distance, and which columns are categories."""
    import numpy as np
    import pandas as pd
    columns, categorical = [], []
    for name, info in metadata["columns"].items():
        kind = info["sdtype"]
        if kind == "ordinal":  # ordered values: numbers as numbers (barley's year), others as categories
            kind = "numerical" if pd.api.types.is_numeric_dtype(real[name]) else "categorical"
        if kind in ("numerical", "datetime"):
            a, b = real[name], synthetic[name]
            if kind == "datetime":
                a = (pd.to_datetime(a, format=info.get("datetime_format")) - pd.Timestamp(0)).dt.total_seconds()
                b = (pd.to_datetime(b, format=info.get("datetime_format"), errors="coerce") - pd.Timestamp(0)).dt.total_seconds()
            a, b = a.astype(float).to_numpy(), b.astype(float).to_numpy()
            mean, sd = np.nanmean(a), np.nanstd(a, ddof=1) or 1.0
            columns.append(((a - mean) / sd, (b - mean) / sd))
            categorical.append(False)
        elif kind in ("categorical", "boolean"):
            codes = {v: i for i, v in enumerate(pd.concat([real[name], synthetic[name]]).dropna().astype(str).unique())}
            to_code = lambda s: s.map(lambda v: np.nan if pd.isna(v) else codes[str(v)]).astype(float).to_numpy()
            columns.append((to_code(real[name]), to_code(synthetic[name])))
            categorical.append(True)
    return (np.column_stack([c[0] for c in columns]), np.column_stack([c[1] for c in columns]),
            np.array(categorical))


def nearest(queries, reference, categorical, skip=None):
    """Per query row, the distance to the nearest reference row (leaving out reference row skip[q])."""
    import numpy as np
    out = []
    for q in range(len(queries)):
        a = queries[q][None, :]
        both, one = np.isnan(a) & np.isnan(reference), np.isnan(a) ^ np.isnan(reference)
        diff = np.where(categorical, (a != reference).astype(float), (a - reference) ** 2)
        d = np.sqrt(np.where(both, 0.0, np.where(one, 1.0, diff)).sum(axis=1))
        if skip is not None:
            d[skip[q]] = np.inf
        out.append(d.min())
    return float(np.median(out))


def closest_record(real, synthetic, metadata):
    """(synthetic-to-real median, real-to-other-real median) on samples of 1,000 among 10,000 real rows."""
    import numpy as np
    r, s, categorical = encoded(real, synthetic, metadata)
    rng = np.random.default_rng(0)
    reference = rng.permutation(len(r))[:10_000]
    queries = reference[:1000]
    sampled = rng.permutation(len(s))[:1000]
    return (nearest(s[sampled], r[reference], categorical),
            nearest(r[queries], r[reference], categorical, skip=list(range(len(queries)))))


def exact_copies(real, synthetic):
    """Synthetic rows equal in every cell to some real row (both as pandas reads them)."""
    import pandas as pd
    key = lambda frame: frame.astype(str).agg("\x1f".join, axis=1)
    left, right = synthetic[real.columns].copy(), real.copy()
    for name in real.columns:
        if pd.api.types.is_numeric_dtype(right[name]) and pd.api.types.is_numeric_dtype(left[name]):
            left[name], right[name] = left[name].astype(float), right[name].astype(float)
    return int(key(left).isin(set(key(right))).sum())


def granularity(real, synthetic, metadata):
    """Per date/time column: the real granularity and the share of synthetic values that keep it."""
    import pandas as pd
    out = {}
    for name, info in metadata["columns"].items():
        if info["sdtype"] != "datetime":
            continue
        a = pd.to_datetime(real[name], format=info.get("datetime_format")).dropna()
        b = pd.to_datetime(synthetic[name].astype(str), errors="coerce", format="mixed").dropna()
        tests = [("month", lambda t: (t.dt.day == 1) & (t.dt.hour == 0) & (t.dt.minute == 0) & (t.dt.second == 0)),
                 ("day", lambda t: (t.dt.hour == 0) & (t.dt.minute == 0) & (t.dt.second == 0)),
                 ("hour", lambda t: (t.dt.minute == 0) & (t.dt.second == 0))]
        for label, test in tests:
            if test(a).all():
                out[name] = (label, float(test(b).mean()) if len(b) else 0.0)
                break
    return out


def value_distances(real, synthetic, metadata):
    """Mean over every category of 2 to 32 values (SDV's metadata), each of its values held by 5 or
    more real rows, and every numerical column, of the two-sample KS statistic between the real and
    the synthetic values of the number on the rows holding that value (1 where the synthetic rows
    never hold it), as Assay's report measures it: how well each value keeps its own numbers. None
    when the table has no such pair."""
    from scipy.stats import ks_2samp
    kinds = {name: info["sdtype"] for name, info in metadata["columns"].items()}
    numbers = [n for n, k in kinds.items() if k == "numerical"]
    distances = []
    for name, kind in kinds.items():
        if kind != "categorical" or not 2 <= real[name].nunique() <= 32:
            continue
        for value, count in real[name].value_counts().items():
            if count < 5:
                continue
            for number in numbers:
                a = real.loc[real[name] == value, number].dropna()
                b = synthetic.loc[synthetic[name].astype(str) == str(value), number].dropna()
                if len(a) and len(b):
                    distances.append(ks_2samp(a, b).statistic)
                elif len(a):
                    distances.append(1.0)
    return sum(distances) / len(distances) if distances else None


def fidelity(assay, only, seeds):
    import pandas as pd
    spread = []
    by_value = []
    tables = [(n, os.path.join(ROOT, "sampledata", f"{n}.csv")) for n in BUNDLED]
    tables += [(n, public(n)) for n in PUBLIC]
    tables += [("main_20k", generated("main", 20_000)), ("monthly", monthly())]
    tables = [(name, path) for name, path in tables if not only or name in only]
    print("| table | rows x cols | shapes assay | shapes SDV | pair trends assay | pair trends SDV | "
          "copies assay | copies SDV | DCR assay / real | DCR SDV / real | granularity kept assay | SDV |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- | --- |")
    for name, path in tables:
        real = pd.read_csv(path)
        ours = assay_table(assay, path, len(real))
        theirs, metadata = sdv_table(real, len(real))
        ours_scores, their_scores = scores(real, ours, metadata), scores(real, theirs, metadata)
        ours_dcr, their_dcr = closest_record(real, ours, metadata), closest_record(real, theirs, metadata)
        ours_grain, their_grain = granularity(real, ours, metadata), granularity(real, theirs, metadata)
        grain = lambda g: ", ".join(f"{c} ({k}) {share:.0%}" for c, (k, share) in g.items()) or "-"
        print(f"| {name} | {len(real):,} x {len(real.columns)} | {ours_scores[0]:.4f} | {their_scores[0]:.4f} | "
              f"{ours_scores[1]:.4f} | {their_scores[1]:.4f} | {exact_copies(real, ours)} | "
              f"{exact_copies(real, theirs)} | {ours_dcr[0]:.3f} / {ours_dcr[1]:.3f} | "
              f"{their_dcr[0]:.3f} / {their_dcr[1]:.3f} | {grain(ours_grain)} | {grain(their_grain)} |", flush=True)
        ours_values, their_values = value_distances(real, ours, metadata), value_distances(real, theirs, metadata)
        if ours_values is not None:
            by_value.append((name, ours_values, their_values))
        free_text = free_text_columns(real, metadata)
        detected = theirs
        if free_text:
            # The table described as it is: the near-unique text declared free text for both tools,
            # so SDV writes sentences there rather than real notes, and neither is scored on it.
            theirs, declared = sdv_table(real, len(real), text=free_text)
            ours_scores, their_scores = scores(real, ours, declared), scores(real, theirs, declared)
            ours_dcr, their_dcr = closest_record(real, ours, declared), closest_record(real, theirs, declared)
            print(f"| {name}, {', '.join(free_text)} declared text | | {ours_scores[0]:.4f} | {their_scores[0]:.4f} | "
                  f"{ours_scores[1]:.4f} | {their_scores[1]:.4f} | {exact_copies(real, ours)} | "
                  f"{exact_copies(real, theirs)} | {ours_dcr[0]:.3f} / {ours_dcr[1]:.3f} | "
                  f"{their_dcr[0]:.3f} / {their_dcr[1]:.3f} | | |", flush=True)
            print(f"| {name}: real {', '.join(free_text)} cells copied, detected metadata | | | | | | "
                  f"{verbatim(real, ours, free_text):,} | {verbatim(real, detected, free_text):,} | | | | |",
                  flush=True)
        if seeds > 1:
            spread.append((name, real, path, metadata))
    if by_value:
        print("\nEach category value's numbers (mean KS between the real and the synthetic numbers of the rows "
              "holding each value; lower is closer):\n")
        print("| table | assay | SDV |")
        print("| --- | ---: | ---: |")
        for name, ours_values, their_values in by_value:
            print(f"| {name} | {ours_values:.3f} | {their_values:.3f} |", flush=True)
    if spread:
        closest_records_over_seeds(assay, spread, seeds)


def closest_records_over_seeds(assay, tables, seeds):
    """Assay's scores and closest-record distance over seeds 1..seeds, and for monthly the same
    distance for fresh tables of the process that made it: how far one seed's figure can fall by
    chance."""
    print(f"\n| table | DCR real | assay, seeds 1-{seeds}, median (min-max): DCR | shapes | pair trends "
          "| the process drawn again: DCR |")
    print("| --- | ---: | --- | --- | --- | --- |")
    spread = lambda values, digits=3: (f"{statistics.median(values):.{digits}f} "
                                       f"({min(values):.{digits}f}-{max(values):.{digits}f})")
    for name, real, path, metadata in tables:
        drawn = [assay_table(assay, path, len(real), seed=seed) for seed in range(1, seeds + 1)]
        ours = [closest_record(real, table, metadata) for table in drawn]
        quality = [scores(real, table, metadata) for table in drawn]
        fresh = "-"
        if name == "monthly":
            fresh = spread([closest_record(real, monthly_frame(len(real), seed), metadata)[0]
                            for seed in range(1, seeds + 1)])
        print(f"| {name} | {ours[0][1]:.3f} | {spread([d[0] for d in ours])} | {spread([q[0] for q in quality], 4)} "
              f"| {spread([q[1] for q in quality], 4)} | {fresh} |", flush=True)


SDV_TIMING = """
import sys, time, warnings
warnings.filterwarnings("ignore")
import pandas as pd
sys.path.insert(0, {here!r})
from bench_synth import sdv_table
real = pd.read_csv({path!r})
start = time.perf_counter()
sdv_table(real, len(real))
print("@@sdv", time.perf_counter() - start)
"""


def timing(assay, runs, rows):
    path = generated("main", rows)
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "twin.csv")
        ours, theirs = [], []
        print(f"timing on {os.path.basename(path)}, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}",
              flush=True)
        for run in range(runs):
            start = time.perf_counter()
            subprocess.run([assay, "synth", path, "-n", str(rows), "-o", out, "--seed", str(run)], check=True)
            ours.append(time.perf_counter() - start)
            result = subprocess.run([sys.executable, "-c", SDV_TIMING.format(here=HERE, path=path)],
                                    check=True, capture_output=True, text=True)
            theirs.append(float(result.stdout.split("@@sdv")[1]))
            print(f"run {run + 1}: assay {ours[-1]:.2f} s, SDV fit+sample {theirs[-1]:.2f} s, "
                  f"load average {os.getloadavg()[0]:.2f}", flush=True)
    a, s = statistics.median(ours), statistics.median(theirs)
    print(f"median of {runs}: assay synth (load+fit+sample+write CSV) {a:.2f} s; SDV fit+sample {s:.2f} s; "
          f"SDV / assay {s / a:.1f}x")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timing-rows", type=int, default=1_000_000)
    parser.add_argument("--skip-timing", action="store_true")
    parser.add_argument("--skip-fidelity", action="store_true")
    parser.add_argument("--seeds", type=int, default=1,
                        help="also Assay's closest-record distance and scores over seeds 1..N (and monthly's process drawn again)")
    parser.add_argument("--tables", help="only these fidelity tables, comma-separated (e.g. monthly,main_20k)")
    parser.add_argument("--assay", default=os.path.join(ROOT, ".build-release", "release", "assay"))
    args = parser.parse_args()
    if not ready():
        run_in_venv()
    import warnings
    warnings.filterwarnings("ignore")
    if not args.skip_fidelity:
        fidelity(args.assay, args.tables.split(",") if args.tables else None, args.seeds)
    if not args.skip_timing:
        timing(args.assay, args.runs, args.timing_rows)


if __name__ == "__main__":
    main()
