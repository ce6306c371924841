#!/usr/bin/env python3
"""The JSON corpus Assay's reader is checked against, and pandas' reading of it.

Usage:
  json_corpus.py write DIR    # writes the corpus files into DIR with Python's json module
  json_corpus.py expect DIR   # prints, as JSON, what pandas reads from each file of DIR

For a file pandas reads, `expect` gives the columns (pandas' json_normalize names, in the order
they first appear), each column's type by Assay's inference rules, and every cell: null, or
{"b": bool}, {"i": "digits"}, {"f": "repr"}, {"s": "text"}, {"t": microseconds since the epoch}.
For a file Python's json module refuses, it gives {"error": {"line": L, "column": C}} (with the
position Python names, when it names one).
"""
import datetime
import gzip
import json
import math
import os
import random
import re
import sys

import pandas as pd

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$")
ISO_ZONED = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)$")


def lines(path, records, **dumps):
    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, **dumps) + "\n")


def write(folder):
    rng = random.Random(20240611)
    categories = ["books", "toys", "garden", None]
    flat = []
    for i in range(300):
        row = {"id": i, "x": round(rng.gauss(50, 10), 3), "flag": rng.random() < 0.5,
               "category": rng.choice(categories), "note": rng.choice(["ok", "late", "", "a, \"quoted\" note"])}
        if i % 7 == 0:
            del row["note"]
        if i % 11 == 0:
            row["x"] = None
        row["mixed"] = i if i % 3 else i + 0.5
        flat.append(row)
    lines(f"{folder}/flat.jsonl", flat)

    nested = []
    for i in range(200):
        row = {"id": i, "user": {"name": f"user{i}", "address": {"city": rng.choice(["Oslo", "Lima", "Pune"])}}}
        if i % 5 == 0:
            row["user"]["address"]["zip"] = 1000 + i
        if i % 4 == 0:
            row["tags"] = [i, "a", None, True, 1.5, {"k": [1, 2]}, [], {}]
        if i % 9 == 0:
            del row["user"]["address"]
        nested.append(row)
    lines(f"{folder}/nested.jsonl", nested)

    unicode_rows = [
        {"text": "caf\u00e9", "emoji": "\U0001F600", "key\u00e9": 1},
        {"text": "tab\there, newline\nthere, quote\" backslash\\ slash/", "emoji": "\u65e5\u672c", "key\u00e9": 2},
        {"text": "\u0001\u001f control", "emoji": "\u00e9\U0001F600", "key\u00e9": 3},
        {"text": "lone \ud800 surrogate", "emoji": "\udc00", "key\u00e9": 4},
    ]
    lines(f"{folder}/unicode.jsonl", unicode_rows)  # ensure_ascii: \u00e9 and \ud83d\ude00 escapes
    lines(f"{folder}/unicode_raw.jsonl", unicode_rows[:3], ensure_ascii=False)

    def deep(depth, leaf):
        value = leaf
        for level in reversed(range(depth)):
            value = {f"k{level}": value}
        return value

    lines(f"{folder}/deep.jsonl", [dict(deep(100, i), arrays=[[[[[[i]]]]]]) for i in range(3)])

    lines(f"{folder}/numbers.jsonl", [
        {"big": 2**63 - 1, "small": -2**63, "huge": 2**64, "tiny": 5e-324, "large": 1e300, "neg": -0.0, "exp": 1.5e-7},
        {"big": 1, "small": 0, "huge": 1, "tiny": 1.0, "large": 2.5, "neg": 3, "exp": 12345678.875},
    ])

    times = []
    for i in range(50):
        day = datetime.date(2020, 1, 1) + datetime.timedelta(days=i * 37)
        stamp = datetime.datetime(2021, 3, 1, 8, 15, 30, 250000) + datetime.timedelta(hours=i * 13)
        times.append({
            "day": day.isoformat(),
            "naive": stamp.isoformat(),
            "zoned": stamp.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=2))).isoformat(),
            "utc": stamp.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "day_or_time": day.isoformat() if i % 2 else stamp.isoformat(),
            "day_or_text": day.isoformat() if i < 49 else "soon",
        })
    lines(f"{folder}/times.jsonl", times)

    lines(f"{folder}/mixed.jsonl", [
        {"number_text": 1, "bool_int": True, "array_text": [1, 2], "float_text": 2.5},
        {"number_text": "two", "bool_int": 3, "array_text": "plain", "float_text": "x"},
        {"number_text": 3.25, "bool_int": None, "array_text": None, "float_text": 1e21},
    ])

    open(f"{folder}/empty.jsonl", "w").close()
    lines(f"{folder}/one.jsonl", [{"only": "row", "n": 1}])

    with open(f"{folder}/records.json", "w", encoding="utf-8") as out:
        json.dump(flat[:50] + nested[:20], out, indent=2)
    with open(f"{folder}/columns.json", "w", encoding="utf-8") as out:
        json.dump({"a": [1, 2, 3], "b": ["x", None, "z"], "c": [{"d": 1}, {"d": 2}, {"e": True}]}, out)
    with open(f"{folder}/single.json", "w", encoding="utf-8") as out:
        json.dump({"name": "one", "values": [1, 2], "inner": {"a": 1}}, out)

    with gzip.open(f"{folder}/many.jsonl.gz", "wt", encoding="utf-8") as out:
        for i in range(5000):
            row = {"i": i, "v": i * 0.25 if i % 2 else i, "s": f"s{i % 17}", "when": f"2024-01-{1 + i % 28:02d}"}
            if i == 4000:
                row["late"] = "appears late"
                row["when"] = "not a date"
            out.write(json.dumps(row) + "\n")

    # Files Python refuses, and so must Assay, naming the line and column.
    text = "".join(json.dumps(row) + "\n" for row in flat[:5])
    cut = text.rstrip("\n")
    with open(f"{folder}/bad_truncated.jsonl", "w") as out:
        out.write(cut[: len(cut) - 9])
    bad = text.splitlines()
    bad[2] = bad[2].replace(", ", " ", 1)
    with open(f"{folder}/bad_line.jsonl", "w") as out:
        out.write("\n".join(bad) + "\n")
    with open(f"{folder}/bad_garbage.json", "wb") as out:
        out.write(b"\x89\x00\xff" + bytes(rng.randrange(256) for _ in range(400)))
    with open(f"{folder}/bad_deep.jsonl", "w") as out:
        out.write('{"a": 1}\n{"deep": ' + "[" * 5000 + "]" * 5000 + "}\n")
    with open(f"{folder}/bad_utf8.jsonl", "wb") as out:
        out.write(b'{"a": "fine"}\n{"a": "caf\xe9"}\n')
    with open(f"{folder}/bad_nul.jsonl", "wb") as out:
        out.write(b'{"a": 1}\n{"a": 2\x00}\n')
    with open(f"{folder}/bad_trailing_comma.json", "w") as out:
        out.write('[\n  {"a": 1},\n  {"a": 2},\n]\n')


def kind(value):
    """The kind Assay gives one non-null JSON value."""
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int" if -(2**63) <= value < 2**63 else "string"  # past Int64: its exact digits, as text
    if isinstance(value, float):
        return "double"
    if isinstance(value, str):
        if ISO_DATE.match(value) and valid_time(value):
            return "date"
        if ISO_TIME.match(value) and valid_time(value):
            return "timestamp"
        if ISO_ZONED.match(value) and valid_time(value):
            return "timestamp zoned"
    return "string"


def valid_time(text):
    try:
        datetime.datetime.fromisoformat(text)
        return True
    except ValueError:
        return False


def joined(a, b):
    if a is None or a == b:
        return b
    if {a, b} == {"int", "double"}:
        return "double"
    if {a, b} == {"date", "timestamp"}:
        return "timestamp"
    return "string"


def column_type(values):
    result = None
    for value in values:
        if hasattr(value, "item"):
            value = value.item()
        if not is_null(value):
            result = joined(result, kind(value))
    return {"timestamp zoned": "timestamp", None: "string"}.get(result, result)


def is_null(value):
    return value is None or (isinstance(value, float) and math.isnan(value))


def cell(value, type_):
    if hasattr(value, "item"):
        value = value.item()
    if is_null(value):
        return None
    if isinstance(value, (list, dict)):
        return {"s": json.dumps(value, separators=(",", ":"), ensure_ascii=False)}
    if type_ == "string":
        if isinstance(value, bool):
            return {"s": "true" if value else "false"}
        if isinstance(value, (int, float)):
            return {"s": repr(value) if isinstance(value, float) else str(value)}
        return {"s": value}
    if type_ == "int" and isinstance(value, float):
        return {"i": str(int(value))}
    if type_ == "timestamp":
        moment = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=datetime.timezone.utc)
        delta = moment - datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
        return {"t": (delta.days * 86400 + delta.seconds) * 10**6 + delta.microseconds}
    if isinstance(value, bool):
        return {"b": value}
    if isinstance(value, int) and type_ == "int":
        return {"i": str(value)}
    if isinstance(value, (int, float)):
        return {"f": repr(float(value))}
    return {"s": value}


def leaves(records):
    """Each leaf name (arrays and scalars are leaves) with its values, in the order names first appear."""
    values = {}

    def walk(value, prefix):
        for key, inner in value.items():
            name = f"{prefix}.{key}" if prefix else key
            if isinstance(inner, dict):
                walk(inner, name)
            else:
                values.setdefault(name, []).append(inner)

    for record in records:
        walk(record, "")
    return values


def mended(value):
    """The value with each lone surrogate (which Python keeps and UTF-8 cannot hold) as U+FFFD."""
    if isinstance(value, str):
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if isinstance(value, list):
        return [mended(inner) for inner in value]
    if isinstance(value, dict):
        return {mended(key): mended(inner) for key, inner in value.items()}
    return value


def records_of(path):
    """The rows as Python's json module reads them, and a DataFrame pandas makes of them."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as source:
        text = source.read()
    if ".jsonl" in path:
        records = [mended(json.loads(line)) for line in text.splitlines() if line.strip()]
        return records, pd.json_normalize(records) if records else pd.DataFrame()
    document = json.loads(text)
    if isinstance(document, list):
        return document, pd.json_normalize(document)
    if all(isinstance(v, list) for v in document.values()):
        frame = pd.read_json(path, dtype=False)
        records = frame.to_dict(orient="records")
        return records, pd.json_normalize(records)
    return [document], pd.json_normalize([document])


def expect(folder):
    answers = {}
    for name in sorted(os.listdir(folder)):
        path = f"{folder}/{name}"
        try:
            records, frame = records_of(path)
        except json.JSONDecodeError as error:
            line = error.lineno
            if ".jsonl" in name:
                with open(path, encoding="utf-8") as source:
                    text = source.read()
                failing = next(i for i, l in enumerate(text.splitlines()) if l.strip() and not parses(l))
                line = failing + 1
            answers[name] = {"error": {"line": line, "column": error.colno}}
            continue
        except (UnicodeDecodeError, RecursionError, ValueError):
            answers[name] = {"error": {}}
            continue
        values = leaves(records)
        names = list(values)
        assert set(names) == set(frame.columns), (name, names, list(frame.columns))
        types = [column_type(values[c]) for c in names]
        rows = [[cell(frame[c].iloc[row], t) for c, t in zip(names, types)] for row in range(len(frame))]
        answers[name] = {"columns": names, "types": types, "rows": rows}
    json.dump(answers, sys.stdout)


def parses(line):
    try:
        json.loads(line)
        return True
    except (json.JSONDecodeError, RecursionError):
        return False


if __name__ == "__main__":
    {"write": write, "expect": expect}[sys.argv[1]](sys.argv[2])
