#!/usr/bin/env python3
"""Benchmark of PII detection: `assay pii` against Presidio's pattern recognizers.

Usage: Benchmarks/bench_pii.py [--runs N] [--assay PATH] [--presidio-rows N]

Needs faker (scripts/setup.sh installs it) and Presidio's analyzer, installed by this script when
missing (`pip install presidio-analyzer`). Only Presidio's pattern recognizers are used
(EmailRecognizer, IbanRecognizer, CreditCardRecognizer, IpRecognizer, PhoneRecognizer,
UsSsnRecognizer), called directly: they need no spaCy model.

Makes, once, in Benchmarks/data/:
- pii_corpus_10k.csv: Tests/AssayPrivacyTests/Scripts/pii_corpus.py, 10,000 Faker rows of names,
  e-mail addresses, phone numbers, IBANs, card numbers, IPv4 and IPv6 addresses and addresses;
- main_100k.csv and main_1m.csv: Benchmarks/gen_data.py main (id, date, category, x, y, z, qty,
  flag, note: no personal data).

Prints:
1. recall per column of the corpus: the cells found as the column's kind. Assay calls a column of
   a kind when most of its cells are, and counts the cells that match; Presidio is asked cell by
   cell whether it finds the entity anywhere in the cell;
2. cells of columns without personal data flagged: Assay on all of main_100k.csv; Presidio (all six
   recognizers on each cell's text) on its first --presidio-rows rows, as it takes milliseconds a cell;
3. time: `assay pii` on main_1m.csv and on the corpus (whole process, median of --runs,
   alternating with Presidio's pass over the corpus, timed inside its process after the imports).
"""
import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "Benchmarks", "data")
CORPUS_SCRIPT = os.path.join(ROOT, "Tests", "AssayPrivacyTests", "Scripts", "pii_corpus.py")

# Corpus column → (Assay's kind, Presidio's recognizer class, Presidio's entity).
COLUMNS = {
    "email": ("email", "EmailRecognizer", "EMAIL_ADDRESS"),
    "iban": ("iban", "IbanRecognizer", "IBAN_CODE"),
    "credit_card": ("card", "CreditCardRecognizer", "CREDIT_CARD"),
    "ipv4": ("ipv4", "IpRecognizer", "IP_ADDRESS"),
    "ipv6": ("ipv6", "IpRecognizer", "IP_ADDRESS"),
    "phone": ("phone", "PhoneRecognizer", "PHONE_NUMBER"),
}
RECOGNIZERS = ["EmailRecognizer", "IbanRecognizer", "CreditCardRecognizer", "IpRecognizer", "PhoneRecognizer",
               "UsSsnRecognizer"]

PRESIDIO_PASS = r"""
import csv, json, sys, time
from presidio_analyzer import predefined_recognizers as p
columns = json.loads(sys.argv[2])
recognizers = {name: getattr(p, name)() for name in set(c[1] for c in columns.values())}
rows = list(csv.DictReader(open(sys.argv[1])))
start = time.perf_counter()
found = {}
for column, (_, recognizer, entity) in columns.items():
    found[column] = sum(
        any(r.entity_type == entity for r in recognizers[recognizer].analyze(row[column], [entity], None))
        for row in rows)
print(json.dumps({"seconds": time.perf_counter() - start, "found": found, "rows": len(rows)}))
"""


def ensure_presidio():
    try:
        import presidio_analyzer  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "presidio-analyzer"], check=True)


def made(name, command):
    path = os.path.join(DATA, name)
    if not os.path.exists(path):
        os.makedirs(DATA, exist_ok=True)
        subprocess.run(command + [path + ".part"], check=True)
        os.replace(path + ".part", path)
    return path


def main_file(rows, name):
    return made(name, [sys.executable, os.path.join(ROOT, "Benchmarks", "gen_data.py"), "main", str(rows)])


def corpus_file():
    path = os.path.join(DATA, "pii_corpus_10k.csv")
    if not os.path.exists(path):
        os.makedirs(DATA, exist_ok=True)
        subprocess.run([sys.executable, CORPUS_SCRIPT, path + ".part", "10000"], check=True)
        os.replace(path + ".part", path)
    return path


def assay_findings(assay, path):
    result = subprocess.run([assay, "pii", path, "--format", "json"], capture_output=True, text=True, check=True)
    return {row["column"]: row for row in json.loads(result.stdout)}


def timed(command):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def presidio_flags(path, rows):
    """Cells of the first `rows` rows of a table without personal data that any recognizer flags."""
    from presidio_analyzer import predefined_recognizers as p

    recognizers = [getattr(p, name)() for name in RECOGNIZERS]
    flagged = cells = 0
    with open(path) as f:
        for i, row in enumerate(csv.DictReader(f)):
            if i == rows:
                break
            for text in row.values():
                if text == "":
                    continue
                cells += 1
                flagged += any(recognizer.analyze(text, recognizer.supported_entities, None)
                               for recognizer in recognizers)
    return flagged, cells


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--assay", default=os.path.join(ROOT, ".build-release", "release", "assay"))
    parser.add_argument("--presidio-rows", type=int, default=2000)
    args = parser.parse_args()
    ensure_presidio()
    corpus, main_100k, main_1m = corpus_file(), main_file(100_000, "main_100k.csv"), main_file(1_000_000, "main_1m.csv")
    print(f"load average {os.getloadavg()[0]:.2f}; {args.runs} runs")

    found = assay_findings(args.assay, corpus)
    presidio_command = [sys.executable, "-c", PRESIDIO_PASS, corpus, json.dumps(COLUMNS)]
    assay_times, corpus_times, presidio_times, presidio = [], [], [], None
    for _ in range(args.runs):
        assay_times.append(timed([args.assay, "pii", main_1m]))
        corpus_times.append(timed([args.assay, "pii", corpus]))
        result = subprocess.run(presidio_command, capture_output=True, text=True, check=True)
        presidio = json.loads(result.stdout.strip().splitlines()[-1])
        presidio_times.append(presidio["seconds"])

    print("\n| column | Assay kind | Assay found | Presidio found |")
    print("| --- | --- | ---: | ---: |")
    for column, (kind, _, _) in COLUMNS.items():
        row = found[column]
        assay_found = row["matches"] if row["kind"] == kind else 0
        print(f"| {column} | {row['kind'] or '—'} | {assay_found:,} of {row['cells']:,} "
              f"| {presidio['found'][column]:,} of {presidio['rows']:,} |")

    flagged = sum(row["matches"] for row in assay_findings(args.assay, main_100k).values() if row["kind"])
    cells = sum(row["cells"] for row in assay_findings(args.assay, main_100k).values())
    presidio_flagged, presidio_cells = presidio_flags(main_100k, args.presidio_rows)
    print("\n| cells without personal data | flagged | share |")
    print("| --- | ---: | ---: |")
    print(f"| Assay, main_100k.csv ({cells:,} cells) | {flagged:,} | {flagged / cells:.4%} |")
    print(f"| Presidio, its first {args.presidio_rows:,} rows ({presidio_cells:,} cells) | {presidio_flagged:,} "
          f"| {presidio_flagged / presidio_cells:.4%} |")

    corpus_cells = presidio["rows"] * len(COLUMNS)
    print("\n| step | median s |")
    print("| --- | ---: |")
    print(f"| assay pii main_1m.csv (1,000,000 rows × 9 columns, whole process) | {statistics.median(assay_times):.3f} |")
    print(f"| assay pii pii_corpus_10k.csv (10,000 rows × 8 columns, whole process) "
          f"| {statistics.median(corpus_times):.3f} |")
    print(f"| Presidio's recognizers on the corpus's {len(COLUMNS)} columns ({corpus_cells:,} cells, inside "
          f"the process) | {statistics.median(presidio_times):.3f} |")
    print(f"\nratio Presidio / assay on the corpus: "
          f"{statistics.median(presidio_times) / statistics.median(corpus_times):.1f}")


if __name__ == "__main__":
    main()
