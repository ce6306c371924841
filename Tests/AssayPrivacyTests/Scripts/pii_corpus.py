#!/usr/bin/env python3
"""A corpus of personal data made with Faker, one kind per column, for the PII detection tests
and Benchmarks/bench_pii.py.

Usage: pii_corpus.py OUT.csv [ROWS=10000] [SEED=20]

Columns: name, email, phone, iban, credit_card, ipv4, ipv6, address (one line: its line
breaks become ", "). The same seed and Faker version give the same file.
"""
import csv
import sys

from faker import Faker

KINDS = {
    "name": "name",
    "email": "email",
    "phone": "phone_number",
    "iban": "iban",
    "credit_card": "credit_card_number",
    "ipv4": "ipv4",
    "ipv6": "ipv6",
    "address": "address",
}


def main():
    out = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    fake = Faker("en_US")
    Faker.seed(seed)
    with open(out, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(KINDS)
        for _ in range(rows):
            writer.writerow([getattr(fake, method)().replace("\n", ", ") for method in KINDS.values()])


if __name__ == "__main__":
    main()
