"""Generated sources for `assay recommend`, and the reference measures the advisor must report.

    python3 advisor_folders.py FOLDER

writes into FOLDER:
  varying/      40 JSON documents whose fields come and go (each has id and kind, and one of five extras)
  varying.jsonl the same 40 records as JSON Lines
  uniform/      40 JSON documents with the same fields and types (a few totals null)
  photos/       12 PNG images
  small.csv     500 rows of measurements
  random.csv    100,000 orders: a growing id, dates over five years in random order
  ordered.csv   the same orders sorted by date (rows arriving in time order)
and prints one JSON object: for each JSON folder, its records, fields and varying fields (a field
varies when it is missing or null in over 10% of the records, or has more than one JSON type), and
for each orders table, the share of neighbouring dates that do not go back in time (pandas).
"""
import json
import os
import struct
import sys
import zlib

import numpy as np
import pandas as pd

COMMON_SHARE = 0.9


def flatten(value, prefix=""):
    """Dotted key paths of an object's non-null leaves (arrays are leaves), with their JSON types."""
    fields = {}
    for key, item in value.items():
        path = prefix + key
        if isinstance(item, dict):
            fields.update(flatten(item, path + "."))
        elif item is not None:
            kind = "bool" if isinstance(item, bool) else "number" if isinstance(item, (int, float)) else type(item).__name__
            fields[path] = kind
    return fields


def shape(records):
    records = [flatten(record) for record in records]
    presence, types = {}, {}
    for record in records:
        for field, kind in record.items():
            presence[field] = presence.get(field, 0) + 1
            types.setdefault(field, set()).add(kind)
    varying = [f for f in presence if presence[f] < COMMON_SHARE * len(records) or len(types[f]) > 1]
    return {"records": len(records), "fields": len(presence), "varyingFields": len(varying)}


def png():
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0\0\0\0\0")) + chunk(b"IEND", b"")


def main(root):
    rng = np.random.default_rng(7)
    for name in ("varying", "uniform", "photos"):
        os.makedirs(os.path.join(root, name), exist_ok=True)
    for i in range(40):
        varying = {"id": i, "kind": "event", f"extra{i % 5}": {"value": i}}
        uniform = {"id": i, "user": {"city": "Oslo"}, "total": None if i % 15 == 0 else round(float(rng.random()), 3)}
        json.dump(varying, open(os.path.join(root, "varying", f"{i:02d}.json"), "w"))
        json.dump(uniform, open(os.path.join(root, "uniform", f"{i:02d}.json"), "w"))
    with open(os.path.join(root, "varying.jsonl"), "w") as lines:
        for name in sorted(os.listdir(os.path.join(root, "varying"))):
            lines.write(open(os.path.join(root, "varying", name)).read() + "\n")
    for i in range(12):
        open(os.path.join(root, "photos", f"photo{i:02d}.png"), "wb").write(png())
    pd.DataFrame({"x": rng.normal(size=500).round(4), "y": rng.normal(size=500).round(4), "label": rng.choice(["a", "b"], 500)}).to_csv(
        os.path.join(root, "small.csv"), index=False)
    n = 100_000
    days = np.datetime64("2020-01-01") + rng.integers(0, 1826, n).astype("timedelta64[D]")
    orders = pd.DataFrame({"id": np.arange(1, n + 1), "date": days.astype(str), "region": rng.choice(["north", "south", "east"], n),
                           "total": rng.gamma(2.0, 30.0, n).round(2)})
    orders.to_csv(os.path.join(root, "random.csv"), index=False)
    orders.sort_values("date", kind="stable").assign(id=np.arange(1, n + 1)).to_csv(os.path.join(root, "ordered.csv"), index=False)
    order = {}
    for name in ("random", "ordered"):
        dates = pd.to_datetime(pd.read_csv(os.path.join(root, name + ".csv"))["date"]).dropna()
        steps = dates.diff().dropna()
        order[name] = round(float((steps >= pd.Timedelta(0)).mean()), 4)
    def documents(folder):
        return [json.load(open(os.path.join(root, folder, name))) for name in sorted(os.listdir(os.path.join(root, folder)))]
    lines = [json.loads(line) for line in open(os.path.join(root, "varying.jsonl"))]
    print(json.dumps({"varying": shape(documents("varying")), "uniform": shape(documents("uniform")),
                      "varyingLines": shape(lines), "timeInOrder": order}))


if __name__ == "__main__":
    main(sys.argv[1])
