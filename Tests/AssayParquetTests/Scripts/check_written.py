#!/usr/bin/env python3
"""Checks a Parquet file that Assay wrote: pyarrow, polars and DuckDB must each read back exactly
the table Assay meant to write.

Usage:
  Tests/AssayParquetTests/Scripts/check_written.py FILE.parquet EXPECTED.json [--strict-layout]
  Tests/AssayParquetTests/Scripts/check_written.py --self-test [DIR]

EXPECTED.json is in the reference format of reference.py. The file is read with `pq.read_table`,
`pl.read_parquet` and DuckDB's `SELECT * FROM read_parquet(...)`; each reader's column types are
mapped to Assay's seven types from that reader's own type names, its values are converted to
reference cells (through Arrow), and the result is compared with EXPECTED.json cell by cell. A
column EXPECTED.json calls `duration` may come back as a plain integer (Assay may write it as
INT64 TIME(MICROS) or as bare INT64); its cells are then compared as integers.

Prints one line per reader ("pyarrow: 1000 rows, 9 columns, equal", or the first difference with
its row, column and both values), then one line per column from the footer: physical and logical
type, codec (exact: LZ4 and LZ4_RAW told apart), statistics (min/max, null_count) in how many row
groups, and whether it is dictionary-encoded. With --strict-layout, a column not stored as Assay
writes its type (int: INT64; double: DOUBLE; bool: BOOLEAN; date: INT32 DATE; timestamp: INT64
TIMESTAMP(MICROS) with isAdjustedToUTC as its zone; duration: INT64 TIME(MICROS) or INT64;
string: BYTE_ARRAY STRING) fails the check too; without it such columns are only reported.

Exit status 0 only when all three readers agree with EXPECTED.json.

--self-test writes a file with pyarrow in Assay's layout plus its reference (made with the same
converter make_corpus.py uses), checks that it passes, and that a changed cell, type or zone in
the reference is caught.
"""
import json
import os
import re
import sys
import tempfile

import duckdb
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pqfile  # noqa: E402
import reference  # noqa: E402

DUCKDB_INTS = {"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER",
               "UBIGINT", "UHUGEINT"}


def polars_type(dtype):
    """(Assay type, zone) of a polars dtype."""
    if dtype.is_integer():
        return "int", None
    if dtype.is_float():
        return "double", None
    if isinstance(dtype, pl.Decimal):
        return ("double" if (dtype.precision or 38) <= reference.DOUBLE_DECIMAL_PRECISION else "string"), None
    if dtype == pl.Boolean:
        return "bool", None
    if dtype == pl.Date:
        return "date", None
    if isinstance(dtype, pl.Datetime):
        return "timestamp", ("utc" if dtype.time_zone else "naive")
    if dtype == pl.Time:
        return "duration", None
    if dtype in (pl.String, pl.Binary, pl.Null) or isinstance(dtype, (pl.Categorical, pl.Enum)) or dtype.is_nested():
        return "string", None
    raise ValueError(f"no Assay type for polars type {dtype}")


def duckdb_type(name):
    """(Assay type, zone) of a DuckDB type name."""
    name = name.upper()
    if name.endswith("]") or name.startswith(("STRUCT", "MAP", "UNION")):
        return "string", None
    if name in DUCKDB_INTS:
        return "int", None
    if name in ("FLOAT", "DOUBLE"):
        return "double", None
    if name.startswith("DECIMAL"):
        precision = int(re.match(r"DECIMAL\((\d+)", name).group(1))
        return ("double" if precision <= reference.DOUBLE_DECIMAL_PRECISION else "string"), None
    if name == "BOOLEAN":
        return "bool", None
    if name == "DATE":
        return "date", None
    if name in ("TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ", "TIMESTAMPTZ_NS"):
        return "timestamp", "utc"
    if name in ("TIMESTAMP", "TIMESTAMP_S", "TIMESTAMP_MS", "TIMESTAMP_NS"):
        return "timestamp", "naive"
    if name in ("TIME", "TIME_NS", "TIME WITH TIME ZONE"):
        return "duration", None
    if name in ("VARCHAR", "BLOB", "UUID", "BIT", '"NULL"', "NULL") or name.startswith("ENUM"):
        return "string", None
    raise ValueError(f"no Assay type for DuckDB type {name}")


def build(names, types, columns, rows):
    return {"rows": rows, "columns": [{"name": n, "type": k, "zone": z, "cells": reference.column_cells(c)}
                                      for n, (k, z), c in zip(names, types, columns)]}


def read_pyarrow(path):
    table = pq.read_table(path)
    return build(table.column_names, [reference.assay_type(f.type) for f in table.schema], table.columns,
                 table.num_rows)


def read_polars(path):
    frame = pl.read_parquet(path)
    return build(frame.columns, [polars_type(d) for d in frame.dtypes], [s.to_arrow() for s in frame.get_columns()],
                 frame.height)


def read_duckdb(path):
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    relation = con.sql("SELECT * FROM read_parquet('" + path.replace("'", "''") + "')")
    types = [duckdb_type(str(t)) for t in relation.types]
    table = relation.to_arrow_table()
    return build(table.column_names, types, table.columns, table.num_rows)


READERS = {"pyarrow": read_pyarrow, "polars": read_polars, "duckdb": read_duckdb}


def accept_integer_durations(expected, actual):
    """A duration column read back as a plain integer compares by its integer values."""
    for want, got in zip(expected.get("columns", []), actual.get("columns", [])):
        if want["type"] == "duration" and got["type"] == "int":
            got["type"] = "duration"
            got["cells"] = [None if c is None else int(c) for c in got["cells"]]
    return actual


def layout_problem(column, kind, zone):
    """Why a column's storage is not how Assay writes `kind`, or None."""
    physical = column.physical_type
    logical = json.loads(column.logical_type.to_json()) if column.logical_type.type != "NONE" else {}
    name = logical.get("Type")
    want = {"int": ("INT64", {None, "Int"}), "double": ("DOUBLE", {None}), "bool": ("BOOLEAN", {None}),
            "date": ("INT32", {"Date"}), "timestamp": ("INT64", {"Timestamp"}), "duration": ("INT64", {"Time", None}),
            "string": ("BYTE_ARRAY", {"String"})}[kind]
    if physical != want[0] or name not in want[1]:
        return f"{physical} {name or ''}".strip() + f", expected {want[0]} {' or '.join(sorted(str(n) for n in want[1]))}"
    if name in ("Timestamp", "Time") and logical.get("timeUnit") != "microseconds":
        return f"{name} in {logical.get('timeUnit')}, expected microseconds"
    if name == "Timestamp" and logical.get("isAdjustedToUTC") != (zone == "utc"):
        return f"isAdjustedToUTC={logical.get('isAdjustedToUTC')} for zone {zone}"
    return None


def logical_text(column):
    """The logical type in short: Timestamp(isAdjustedToUTC=true, timeUnit=microseconds), or "-"."""
    if column.logical_type.type == "NONE":
        return "-"
    fields = json.loads(column.logical_type.to_json())
    kind = fields.pop("Type")
    details = [f"{k}={json.dumps(v)}" for k, v in fields.items() if k not in ("is_from_converted_type",
                                                                               "force_set_converted_type")]
    return f"{kind}({', '.join(details)})" if details else kind


def describe_columns(path, expected):
    """Lines about each column's storage, and the layout problems found."""
    meta = pq.ParquetFile(path).metadata
    codecs = pqfile.codec_names(path)
    kinds = {c["name"]: (c["type"], c["zone"]) for c in expected.get("columns", [])}
    lines, problems = [], []
    groups = meta.num_row_groups
    for i in range(meta.num_columns):
        column = meta.schema.column(i)
        chunks = [meta.row_group(g).column(i) for g in range(groups)]
        stats = [c.statistics for c in chunks]
        min_max = sum(1 for s in stats if s is not None and s.has_min_max)
        nulls = sum(1 for s in stats if s is not None and s.has_null_count)
        dictionary = sum(1 for c in chunks if c.has_dictionary_page
                         or {"RLE_DICTIONARY", "PLAIN_DICTIONARY"} & set(c.encodings))
        encodings = sorted({e for c in chunks for e in c.encodings})
        logical = logical_text(column)
        problem = layout_problem(column, *kinds[column.path]) if column.path in kinds else None
        if problem:
            problems.append(f"{column.path}: {problem}")
        lines.append(f"  {column.path}: {column.physical_type} {logical}; codec {codecs.get(column.path)}; "
                     f"min/max in {min_max}/{groups} row groups, null_count in {nulls}/{groups}; "
                     f"{'dictionary-encoded' if dictionary else 'not dictionary-encoded'}"
                     f"{f' in {dictionary}/{groups} row groups' if 0 < dictionary < groups else ''}; "
                     f"encodings {', '.join(encodings)}")
    return lines, problems


def check(path, expected, strict_layout=False, out=print):
    """Runs the three readers and prints the report; True when all agree with `expected`."""
    ok = True
    for reader, read in READERS.items():
        try:
            actual = accept_integer_durations(expected, read(path))
        except Exception as error:  # noqa: BLE001 - a reader's refusal is a finding
            out(f"{reader}: failed to read: {type(error).__name__}: {str(error).splitlines()[0][:300]}")
            ok = False
            continue
        difference = reference.first_difference(expected, actual)
        summary = f"{actual['rows']} rows, {len(actual['columns'])} columns"
        out(f"{reader}: {summary}, " + ("equal" if difference is None else f"differs: {difference}"))
        ok = ok and difference is None
    try:
        meta = pq.ParquetFile(path).metadata
        out(f"file: {meta.num_rows} rows in {meta.num_row_groups} row groups, written by {meta.created_by}")
        lines, problems = describe_columns(path, expected)
        for line in lines:
            out(line)
        for problem in problems:
            out(f"layout: {problem}")
        if strict_layout and problems:
            ok = False
    except Exception as error:  # noqa: BLE001
        out(f"footer: unreadable: {error}")
        ok = False
    return ok


def self_test(folder):
    """Writes a file in Assay's layout and checks the checker on it."""
    n = 1000
    xs = [float("nan"), -0.0, float("inf"), float("-inf"), 0.1, None] + [k / 7 for k in range(n - 6)]
    micros = [0, -1, 1, None, -62135596800000000, 253402300799999999] + [k * 3_600_000_123 for k in range(n - 6)]
    times = [0, 86_399_999_999, None] + [k * 60_000_001 % 86_400_000_000 for k in range(n - 3)]
    table = pa.table({
        "id": pa.array([k if k % 97 else None for k in range(n)], pa.int64()),
        "x": pa.array(xs, pa.float64()),
        "flag": pa.array([None if k % 11 == 0 else k % 3 == 0 for k in range(n)]),
        "day": pa.array([None if k % 13 == 0 else k * 37 - 20000 for k in range(n)], pa.int32()).cast(pa.date32()),
        "at": pa.array(micros, pa.int64()).cast(pa.timestamp("us", "UTC")),
        "local": pa.array(micros[::-1], pa.int64()).cast(pa.timestamp("us")),
        "clock": pa.array(times, pa.int64()).cast(pa.time64("us")),
        "clock_int": pa.array(times, pa.int64()),
        "name": pa.array([None if k % 17 == 0 else ["", "héllo", "日本語", "😀", "a,b"][k % 5] + str(k % 40)
                          for k in range(n)]),
    })
    path = os.path.join(folder, "assay_layout.parquet")
    pq.write_table(table, path, compression="zstd", row_group_size=300)
    expected = reference.table_reference(table)
    clock_int = expected["columns"][7]
    clock_int["type"], clock_int["cells"] = "duration", [None if c is None else int(c) for c in clock_int["cells"]]
    assert not reference.validate(expected), reference.validate(expected)
    reference.write_reference(expected, os.path.join(folder, "assay_layout.expected.json"))

    print(f"self-test: {path}")
    passed = check(path, expected, strict_layout=True)
    silent = []
    mutations = [("cell", lambda e: e["columns"][1]["cells"].__setitem__(4, "0.2")),
                 ("type", lambda e: e["columns"][0].__setitem__("type", "double")),
                 ("zone", lambda e: e["columns"][4].__setitem__("zone", "naive")),
                 ("null", lambda e: e["columns"][8]["cells"].__setitem__(0, "x")),
                 ("rows", lambda e: e.__setitem__("rows", n + 1))]
    for label, mutate in mutations:
        changed = json.loads(json.dumps(expected))
        mutate(changed)
        caught = not check(path, changed, out=silent.append)
        print(f"self-test: a changed {label} is {'caught' if caught else 'MISSED'}")
        passed = passed and caught
    wrong_layout = os.path.join(folder, "wrong_layout.parquet")
    pq.write_table(table.set_column(0, "id", table["id"].cast(pa.int32())), wrong_layout)
    caught = not check(wrong_layout, expected, strict_layout=True, out=silent.append)
    print(f"self-test: an INT32 int column under --strict-layout is {'caught' if caught else 'MISSED'}")
    passed = passed and caught
    print("self-test: " + ("passed" if passed else "FAILED"))
    return passed


def main():
    args = sys.argv[1:]
    if args and args[0] == "--self-test":
        if len(args) > 1:
            os.makedirs(args[1], exist_ok=True)
            sys.exit(0 if self_test(args[1]) else 1)
        with tempfile.TemporaryDirectory() as folder:
            sys.exit(0 if self_test(folder) else 1)
    strict = "--strict-layout" in args
    args = [a for a in args if a != "--strict-layout"]
    if len(args) != 2:
        sys.exit(__doc__)
    with open(args[1], encoding="utf-8") as f:
        expected = json.load(f)
    problems = reference.validate(expected)
    if problems:
        sys.exit(f"{args[1]}: not in the reference format: {problems[:3]}")
    sys.exit(0 if check(args[0], expected, strict_layout=strict) else 1)


if __name__ == "__main__":
    main()
