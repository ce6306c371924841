#!/usr/bin/env python3
"""Writes the Parquet corpus for Assay's Parquet reader tests, with a reference for each file.

Usage: Tests/AssayParquetTests/Scripts/make_corpus.py OUT_DIR

Everything is generated from fixed seeds, so the same library versions give the same files.
For every OUT_DIR/NAME.parquet it writes OUT_DIR/NAME.expected.json: the file read back with
pyarrow (`pq.read_table`) in the format described in reference.py. It also writes:

  OUT_DIR/hive/year=.../month=.../part-0.parquet   a Hive-partitioned dataset, with
  OUT_DIR/hive.expected.json                       the whole dataset (partition columns last,
                                                   "partition_columns" names pyarrow's types)
  OUT_DIR/bad/NAME.parquet + NAME.expected.json    damaged files, each {"error": true}
  OUT_DIR/manifest.json                            [{"file" | "folder", "writer", "what"}, ...]

Writers: pyarrow, polars (`write_parquet`), DuckDB (`COPY ... TO`), "Spark-style" (pyarrow with
INT96 timestamps, flavor='spark', no Arrow schema in the footer), and one Hadoop-framed LZ4 file
made by re-framing pyarrow's LZ4_RAW pages (no installed writer produces that codec).

The script checks itself as it goes: every reference is validated against the format, the
encodings, page kinds and codecs each file is meant to exercise are asserted from the page
headers (pqfile.py), and every bad file is tried with pyarrow, polars and DuckDB (the table
printed at the end says which of them reject it; Assay must reject all of them). pyarrow, polars
and DuckDB all read bad/magic_start.parquet, checking only the trailing magic; the format puts
"PAR1" at both ends.

Left out on purpose: DuckDB's PARQUET_VERSION v2 files with full-range INT32 columns (DuckDB 2.0
writes their DELTA_BINARY_PACKED miniblocks 33 bits wide, which pyarrow refuses, so there is no
pyarrow reference), UUID and INTERVAL columns (no agreed text form), BROTLI and LZO codecs.
"""
import datetime
import decimal
import json
import os
import shutil
import struct
import sys
import time
from collections import Counter

import duckdb
import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pqfile  # noqa: E402
import reference  # noqa: E402

SEED = 20250611
D = decimal.Decimal
WORDS = ("alpha bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar "
         "papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu").split()
UNICODE = ["", "héllo wörld", "日本語のテキスト", "emoji 😀🎉", "line\nbreak\ttab", '"quoted", with comma',
           " leading and trailing ", "Ελληνικά", "עברית", "x" * 5000]


def rng(tag):
    """A generator of its own for each table, so adding a table changes no other."""
    return np.random.default_rng([SEED, tag])


def with_nulls(values, r, rate=0.08, keep=0):
    """`values` with about `rate` of them None; the first `keep` (the edge cases) stay."""
    mask = r.random(len(values)) < rate
    mask[:keep] = False
    return [None if m else v for v, m in zip(values, mask)]


def edge_then(specials, randoms, n):
    """The special values first, then random ones, n in all."""
    return (list(specials) + list(randoms))[:n]


def column(specials, randoms, n, arrow_type, r, rate=0.08):
    return pa.array(with_nulls(edge_then(specials, randoms, n), r, rate, keep=len(specials)), arrow_type)


def raw_column(specials, randoms, n, arrow_type, r, storage=pa.int64()):
    """A temporal column built from integers in its own unit."""
    values = with_nulls(edge_then(specials, [int(v) for v in randoms], n), r, keep=len(specials))
    return pa.array(values, storage).cast(arrow_type)


def words(r, n, lo=1, hi=4):
    return [" ".join(WORDS[j] for j in r.integers(0, len(WORDS), r.integers(lo, hi + 1))) for _ in range(n)]


def nested_columns(r, n):
    """list<int64>, list<string>, struct<a,b>, map<string,int64>, list<struct<x,y,z>>, with nulls at every level."""
    lists = [[1, 2, 3], [], None, [None, 5], [-2**63, 2**63 - 1]]
    lists += [None if r.random() < 0.08 else [int(v) for v in r.integers(-1000, 1000, r.integers(0, 5))]
              for _ in range(n - len(lists))]
    strings = [["a", "b"], [], [None], ["ü😀", ""], None]
    strings += [None if r.random() < 0.08 else words(r, int(r.integers(0, 4)), 1, 1) for _ in range(n - len(strings))]
    structs = [{"a": 1, "b": "x"}, {"a": None, "b": None}, None, {"a": -7, "b": "日本"}]
    structs += [None if r.random() < 0.08 else {"a": int(r.integers(-99, 99)), "b": words(r, 1)[0]}
                for _ in range(n - len(structs))]
    maps = [[("a", 1), ("b", None)], [], None, [("zz", 3), ("aa", 4)]]
    maps += [None if r.random() < 0.08 else
             [(w, int(r.integers(0, 100))) for w in dict.fromkeys(words(r, int(r.integers(0, 3)), 1, 1))]
             for _ in range(n - len(maps))]
    point = pa.struct([("x", pa.int64()), ("y", pa.string()), ("z", pa.float64())])
    list_structs = [[{"x": 1, "y": "p", "z": 0.5}, None, {"x": None, "y": None, "z": None}], [], None]
    list_structs += [None if r.random() < 0.08 else
                     [{"x": int(r.integers(0, 9)), "y": words(r, 1, 1, 1)[0], "z": float(r.integers(0, 8)) / 4}
                      for _ in range(r.integers(0, 3))] for _ in range(n - len(list_structs))]
    return {
        "list_i64": pa.array(lists[:n], pa.list_(pa.int64())),
        "list_str": pa.array(strings[:n], pa.list_(pa.string())),
        "struct_ab": pa.array(structs[:n], pa.struct([("a", pa.int64()), ("b", pa.string())])),
        "map_si": pa.array(maps[:n], pa.map_(pa.string(), pa.int64())),
        "list_struct": pa.array(list_structs[:n], pa.list_(point)),
    }


def types_table(n=500, tag=1, nested=True):
    """Every scalar type of the corpus, edge values first, nulls in every column but id."""
    r = rng(tag)
    i = lambda lo, hi: r.integers(lo, hi, n, endpoint=True)  # noqa: E731
    f32_specials = [float("nan"), float("inf"), float("-inf"), -0.0, 0.0, 0.1, 3.4028234663852886e38, 1e-45, -1.5]
    f64_specials = [float("nan"), float("inf"), float("-inf"), -0.0, 0.0, 0.1, 1.7976931348623157e308, 5e-324,
                    float(2**53 + 2), 1 / 3]
    day = datetime.date(1970, 1, 1)
    dates = [datetime.date(1970, 1, 1), datetime.date(1969, 12, 31), datetime.date(1900, 1, 1),
             datetime.date(1, 1, 1), datetime.date(9999, 12, 31), datetime.date(2000, 2, 29)]
    us_specials = [0, -1, 1, -62135596800000000, 253402300799999999, -86400000000]
    ns_specials = [0, -1, -999, -1000, -1001, 1, 999, 1001, -2**62, 2**62]
    cols = {
        "id": pa.array(range(n), pa.int64()),
        "i8": column([-128, 127, 0, -1], i(-128, 127), n, pa.int8(), r),
        "i16": column([-32768, 32767, 0], i(-32768, 32767), n, pa.int16(), r),
        "i32": column([-2**31, 2**31 - 1, 0], i(-2**31, 2**31 - 1), n, pa.int32(), r),
        "i64": column([-2**63, 2**63 - 1, 0, -1, 2**53 + 1], i(-2**62, 2**62), n, pa.int64(), r),
        "u8": column([0, 255], i(0, 255), n, pa.uint8(), r),
        "u16": column([0, 65535], i(0, 65535), n, pa.uint16(), r),
        "u32": column([0, 2**32 - 1], i(0, 2**32 - 1), n, pa.uint32(), r),
        "u64": column([0, 2**63 - 1], [int(v) for v in i(0, 2**62)], n, pa.uint64(), r),
        "f32": column(f32_specials, r.normal(0, 1000, n).astype(np.float32).tolist(), n, pa.float32(), r),
        "f64": column(f64_specials, r.normal(0, 1e6, n).tolist(), n, pa.float64(), r),
        "b": column([True, False], (r.random(n) < 0.4).tolist(), n, pa.bool_(), r),
        "s": column(UNICODE, words(r, n), n, pa.string(), r),
        "ls": column(list(reversed(UNICODE)), words(r, n, 2, 6), n, pa.large_string(), r),
        "bin_utf8": column([b"", "ünïcode".encode(), b"abc"], [w.encode() for w in words(r, n)], n, pa.binary(), r),
        "bin_raw": column([b"\xff\xfe\x00", b"\x80abc", b"\xc3\x28"], [r.bytes(int(k)) for k in i(1, 12)], n,
                          pa.binary(), r),
        "fsb4": column([b"abcd", b"\x00\x01\x02\x03", b"\xff\xff\xff\xff"], [r.bytes(4) for _ in range(n)], n,
                       pa.binary(4), r),
        "dec9_2": column([D("9999999.99"), D("-9999999.99"), D("0.00"), D("-0.01")],
                         [D(int(v)).scaleb(-2) for v in i(-10**9 + 1, 10**9 - 1)], n, pa.decimal128(9, 2), r),
        "dec18_4": column([D("99999999999999.9999"), D("-99999999999999.9999"), D("0.0000"), D("-0.0001")],
                          [D(int(v)).scaleb(-4) for v in i(-10**17, 10**17)], n, pa.decimal128(18, 4), r),
        "dec38_10": column([D("9999999999999999999999999999.9999999999"), D("-1234.5000000000"), D("0E-10")],
                           [D(int(a) * 10**19 + int(b)).scaleb(-10) for a, b in zip(i(-10**18, 10**18), i(0, 10**18))],
                           n, pa.decimal128(38, 10), r),
        "date": column(dates, [day + datetime.timedelta(days=int(v)) for v in i(-40000, 40000)], n, pa.date32(), r),
    }
    for unit, specials, lo, hi in [("s", [0, -1, -62135596800, 253402300799], -4e9, 4e9),
                                   ("ms", [0, -1, -62135596800000, 253402300799999], -4e12, 4e12),
                                   ("us", us_specials, -4e15, 4e15),
                                   ("ns", ns_specials, -4e18, 4e18)]:
        values = i(int(lo), int(hi))
        cols[f"ts_{unit}"] = raw_column(specials, values, n, pa.timestamp(unit), r)
        cols[f"ts_{unit}_utc"] = raw_column(specials, values[::-1], n, pa.timestamp(unit, "UTC"), r)
    cols["ts_us_new_york"] = raw_column(us_specials, i(-4e15, 4e15), n, pa.timestamp("us", "America/New_York"), r)
    cols["time_ms"] = raw_column([0, 86399999, 43200000], i(0, 86399999), n, pa.time32("ms"), r, pa.int32())
    cols["time_us"] = raw_column([0, 86399999999, 1], i(0, 86399999999), n, pa.time64("us"), r)
    cols["time_ns"] = raw_column([0, 1, 999, 1001, 86399999999999], i(0, 86399999999999), n, pa.time64("ns"), r)
    cols["cat"] = column(["", "ünï"], [WORDS[k] for k in i(0, 7)], n, pa.string(), r).dictionary_encode()
    if nested:
        cols.update(nested_columns(r, n))
    cols["all_null"] = pa.array([None] * n, pa.string())
    return pa.table(cols)


def mixed_table(n, tag):
    """A smaller mix of the common types, for the codec, writer and page files."""
    r = rng(tag)
    base = datetime.datetime(2020, 1, 1)
    return pa.table({
        "id": pa.array(range(n), pa.int64()),
        "i32": column([-2**31, 2**31 - 1], r.integers(-1000, 1000, n), n, pa.int32(), r),
        "x": column([float("nan"), -0.0, float("inf")], r.normal(50, 10, n).round(3), n, pa.float64(), r),
        "f32": column([], r.normal(0, 1, n).astype(np.float32).tolist(), n, pa.float32(), r),
        "s": column(UNICODE[:8], words(r, n), n, pa.string(), r),
        "b": column([], (r.random(n) < 0.3).tolist(), n, pa.bool_(), r),
        "d": column([datetime.date(1969, 7, 20)],
                    [datetime.date(2000, 1, 1) + datetime.timedelta(days=int(v)) for v in r.integers(0, 9000, n)],
                    n, pa.date32(), r),
        "ts": column([datetime.datetime(1960, 1, 1, 0, 0, 0, 1)],
                     [base + datetime.timedelta(seconds=float(v)) for v in r.uniform(-1e8, 1e8, n).round(6)],
                     n, pa.timestamp("us", "UTC"), r),
        "dec": column([D("-12.5000")], [D(int(v)).scaleb(-4) for v in r.integers(-10**12, 10**12, n)], n,
                      pa.decimal128(18, 4), r),
        "bin": column([b"\xff\x00"], [w.encode() for w in words(r, n)], n, pa.binary(), r),
        "tags": pa.array([None if r.random() < 0.08 else words(r, int(r.integers(0, 3)), 1, 1) for _ in range(n)],
                         pa.list_(pa.string())),
    })


def page_summary(path):
    """{column: Counter of (page type, encoding)} and {column: codec} from the page headers."""
    with open(path, "rb") as f:
        data = f.read()
    meta, _ = pqfile.read_footer(data)
    pages, codecs = {}, {}
    for _, _, cmd in pqfile.column_chunks(meta):
        name = ".".join(p.decode() for p in pqfile.get(cmd, 3)[1])
        codecs.setdefault(name, set()).add(pqfile.CODECS[pqfile.get(cmd, 4)])
        counts = pages.setdefault(name, Counter())
        for page in pqfile.chunk_pages(data, cmd):
            counts[(page["type"], page["encoding"])] += 1
    return pages, codecs


class Corpus:
    def __init__(self, out):
        self.out = out
        self.manifest = []

    def path(self, name):
        return os.path.join(self.out, name)

    def reference(self, rel, table, writer, what, key="file"):
        expected = reference.table_reference(table)
        problems = reference.validate(expected)
        if problems:
            raise SystemExit(f"{rel}: reference does not follow the format: {problems[:3]}")
        base = rel[:-len(".parquet")] if rel.endswith(".parquet") else rel
        reference.write_reference(expected, self.path(base + ".expected.json"))
        self.manifest.append({key: rel, "writer": writer, "what": what})
        return expected

    def add(self, name, writer, what):
        """Records a file already written: reads it back with pyarrow for its reference."""
        return self.reference(name, pq.read_table(self.path(name)), writer, what)

    def pyarrow(self, name, table, what, writer="pyarrow", **options):
        pq.write_table(table, self.path(name), **options)
        return self.add(name, writer, what)

    def expect(self, name, check, message):
        """Asserts something about a file's page headers: check(pages, codecs) must hold."""
        pages, codecs = page_summary(self.path(name))
        if not check(pages, codecs):
            raise SystemExit(f"{name}: {message}\npages: {pages}\ncodecs: {codecs}")


def has_pages(pages, column, *kinds):
    return all(pages[column][kind] > 0 for kind in kinds)


def write_pyarrow_types(c):
    table = types_table()
    c.pyarrow("types_pyarrow.parquet", table, "every scalar and nested type, dictionary pages, v1 data pages, snappy")
    c.pyarrow("types_pyarrow_v2.parquet", table, "every type, data pages v2, zstd", data_page_version="2.0",
              compression="zstd")
    c.expect("types_pyarrow_v2.parquet", lambda p, _: has_pages(p, "s", ("DATA_PAGE_V2", "RLE_DICTIONARY")),
             "expected v2 dictionary pages")
    c.pyarrow("types_pyarrow_plain.parquet", table, "every type, PLAIN only (no dictionary), uncompressed",
              use_dictionary=False, compression="none")
    c.expect("types_pyarrow_plain.parquet", lambda p, _: has_pages(p, "i64", ("DATA_PAGE", "PLAIN"))
             and not any(k[0] == "DICTIONARY_PAGE" for cs in p.values() for k in cs), "expected no dictionary pages")
    c.pyarrow("types_pyarrow_no_arrow_schema.parquet", table,
              "every type without the ARROW:schema footer entry (types from Parquet metadata alone)", store_schema=False)
    decimals = table.select(["id", "dec9_2", "dec18_4", "dec38_10"])
    c.pyarrow("decimals_as_integers.parquet", decimals,
              "decimals stored as INT32 (precision 9) and INT64 (18), FIXED_LEN_BYTE_ARRAY (38)",
              store_decimal_as_integer=True)
    r = rng(2)
    c.pyarrow("types_null_type.parquet", pa.table({"id": pa.array(range(20), pa.int64()),
                                                   "nothing": pa.nulls(20),
                                                   "x": column([], r.normal(0, 1, 20).tolist(), 20, pa.float64(), r)}),
              "a column of Arrow's null type (Parquet UNKNOWN logical type): string, all null")


def write_encodings(c):
    n = 3000
    r = rng(3)
    sorted_ts = np.cumsum(r.integers(0, 10**6, n)) + 1_600_000_000_000_000
    urls = sorted(f"https://example.org/{WORDS[k % 26]}/{k:06d}/{w}" for k, w in
                  zip(r.integers(0, 10**6, n), words(r, n, 1, 2)))
    table = pa.table({
        "i32_random": column([-2**31, 2**31 - 1, 0], r.integers(-2**31, 2**31, n), n, pa.int32(), r),
        "i32_sorted": pa.array(np.sort(r.integers(-10**6, 10**6, n)).astype(np.int32)),
        "i64_random": column([-2**63, 2**63 - 1, 0], r.integers(-2**63, 2**63 - 1, n, dtype=np.int64), n,
                             pa.int64(), r),
        "i64_sorted": column([], sorted_ts, n, pa.int64(), r, rate=0.02),
        "date": column([datetime.date(1900, 1, 1)],
                       [datetime.date(1970, 1, 1) + datetime.timedelta(days=int(v)) for v in r.integers(-9000, 20000, n)],
                       n, pa.date32(), r),
        "ts_us": raw_column([0, -1], sorted_ts, n, pa.timestamp("us"), r),
        "s": column(UNICODE, words(r, n), n, pa.string(), r),
        "url": column([], urls, n, pa.string(), r),
        "bin": column([b"\xff\xfe"], [w.encode() for w in words(r, n)], n, pa.binary(), r),
        "fsb4": column([b"\x80\x81\x82\x83"], [r.bytes(4) for _ in range(n)], n, pa.binary(4), r),
        "f32": column([float("nan"), float("-inf"), -0.0], r.normal(0, 100, n).astype(np.float32).tolist(), n,
                      pa.float32(), r),
        "f64": column([float("nan"), float("inf"), -0.0, 5e-324], r.normal(0, 1e9, n).tolist(), n, pa.float64(), r),
        "dec18_4": column([D("-0.0001")], [D(int(v)).scaleb(-4) for v in r.integers(-10**17, 10**17, n)], n,
                          pa.decimal128(18, 4), r),
        "b": column([True, False], (r.random(n) < 0.2).tolist(), n, pa.bool_(), r),
    })
    plans = [
        ("delta_binary_packed", "DELTA_BINARY_PACKED", ["i32_random", "i32_sorted", "i64_random", "i64_sorted",
                                                        "date", "ts_us"]),
        ("delta_length_byte_array", "DELTA_LENGTH_BYTE_ARRAY", ["s", "url", "bin"]),
        ("delta_byte_array", "DELTA_BYTE_ARRAY", ["s", "url", "bin"]),
        ("delta_byte_array_flba", "DELTA_BYTE_ARRAY", ["fsb4"]),
        ("byte_stream_split", "BYTE_STREAM_SPLIT", ["f32", "f64", "i32_random", "i64_random"]),
        ("byte_stream_split_flba", "BYTE_STREAM_SPLIT", ["fsb4", "dec18_4"]),
        ("rle_boolean", "RLE", ["b"]),
        ("plain", "PLAIN", list(table.column_names)),
    ]
    for label, encoding, columns in plans:
        for version in ("1.0", "2.0"):
            name = f"enc_{label}_v{version[0]}.parquet"
            page = "DATA_PAGE" if version == "1.0" else "DATA_PAGE_V2"
            note = " (FIXED_LEN_BYTE_ARRAY; polars 2.1 cannot read it" + \
                (", nor DuckDB 2.0)" if encoding == "BYTE_STREAM_SPLIT" else ")") if label.endswith("flba") else ""
            c.pyarrow(name, table.select(columns), f"{encoding} on {', '.join(columns)}; data pages v{version[0]}{note}",
                      use_dictionary=False, column_encoding={col: encoding for col in columns},
                      data_page_version=version)
            c.expect(name, lambda p, _: all(has_pages(p, col, (page, encoding)) for col in columns),
                     f"expected {encoding} {page}s")


def write_many_pages(c):
    """20,000 rows in small pages: columns span many pages and dictionaries fall back to PLAIN."""
    n = 20_000
    r = rng(4)
    table = pa.table({
        "id": pa.array(range(n), pa.int64()),
        "s": column([], [f"row-{k:05d}-{w}" for k, w in enumerate(words(r, n))], n, pa.string(), r),
        "cat": column([], [WORDS[k] for k in r.integers(0, 12, n)], n, pa.string(), r),
        "x": column([float("nan")], r.normal(0, 1, n).tolist(), n, pa.float64(), r),
        "b": column([], (r.random(n) < 0.5).tolist(), n, pa.bool_(), r),
        "l": pa.array([None if r.random() < 0.1 else [int(v) for v in r.integers(0, 100, r.integers(0, 4))]
                       for _ in range(n)], pa.list_(pa.int64())),
    })
    small = dict(data_page_size=2048, dictionary_pagesize_limit=4096, write_batch_size=256)
    for version, groups in (("1.0", n), ("2.0", 7000)):
        name = f"pages_dictionary_fallback_v{version[0]}.parquet"
        page = "DATA_PAGE" if version == "1.0" else "DATA_PAGE_V2"
        c.pyarrow(name, table, f"20,000 rows in 2 KB pages, v{version[0]}; dictionary falls back to PLAIN mid-column "
                  f"for id, s, x; cat stays dictionary; {'one row group' if groups == n else '3 row groups'}",
                  data_page_version=version, row_group_size=groups, **small)
        c.expect(name, lambda p, _: has_pages(p, "s", ("DICTIONARY_PAGE", "PLAIN"), (page, "RLE_DICTIONARY"),
                                              (page, "PLAIN"))
                 and sum(p["s"].values()) > 20 and has_pages(p, "cat", (page, "RLE_DICTIONARY"))
                 and not p["cat"][(page, "PLAIN")], "expected dictionary fallback in s and none in cat")
    delta = pa.table({"id": table["id"], "seq": pa.array(np.cumsum(r.integers(-1000, 10**6, n))),
                      "s": table["s"], "x": table["x"],
                      "ts": raw_column([], np.cumsum(r.integers(-10**6, 10**7, n)), n, pa.timestamp("ns"), r)})
    enc = {"id": "DELTA_BINARY_PACKED", "seq": "DELTA_BINARY_PACKED", "s": "DELTA_BYTE_ARRAY",
           "x": "BYTE_STREAM_SPLIT", "ts": "DELTA_BINARY_PACKED"}
    c.pyarrow("pages_delta_many.parquet", delta, "20,000 rows, DELTA/BYTE_STREAM_SPLIT spanning many 2 KB v2 pages, zstd",
              use_dictionary=False, column_encoding=enc, data_page_version="2.0", compression="zstd", **small)
    # sequential ids delta-encode to next to nothing: one page
    c.expect("pages_delta_many.parquet",
             lambda p, _: all(p[k][("DATA_PAGE_V2", e)] > 5 for k, e in enc.items() if k != "id"),
             "expected many delta pages")


def write_codecs(c):
    table = mixed_table(2000, 5)
    for codec, label in (("none", "UNCOMPRESSED"), ("snappy", "SNAPPY"), ("gzip", "GZIP"), ("zstd", "ZSTD"),
                         ("lz4", "LZ4_RAW")):
        for version in ("1.0", "2.0"):
            name = f"codec_{label.lower()}_v{version[0]}.parquet"
            c.pyarrow(name, table, f"codec {label}, data pages v{version[0]}, mixed types", compression=codec,
                      data_page_version=version, data_page_size=8192)
            c.expect(name, lambda _, codecs: all(v == {label} for v in codecs.values()), f"expected {label}")
    raw = c.path("codec_lz4_raw_source.tmp")
    pq.write_table(table, raw, compression="lz4", data_page_version="1.0", data_page_size=8192)
    with open(raw, "rb") as f:
        framed = pqfile.reframe_lz4_raw_as_hadoop(f.read())
    os.remove(raw)
    with open(c.path("codec_lz4_hadoop.parquet"), "wb") as f:
        f.write(framed)
    c.add("codec_lz4_hadoop.parquet", "pyarrow",
          "codec LZ4 (Hadoop framing: big-endian sizes before each block), pyarrow's LZ4_RAW pages re-framed")
    c.expect("codec_lz4_hadoop.parquet", lambda _, codecs: all(v == {"LZ4"} for v in codecs.values()), "expected LZ4")
    if not reference.table_reference(pq.read_table(c.path("codec_lz4_hadoop.parquet"))) == \
            reference.table_reference(table):
        raise SystemExit("codec_lz4_hadoop.parquet does not read back as written")


def write_polars(c):
    source = types_table(600, tag=6, nested=False).drop_columns(["ls", "fsb4", "ts_s", "ts_s_utc", "ts_us_new_york"])
    nested = nested_columns(rng(7), 600)
    source = source.append_column("list_i64", nested["list_i64"]).append_column("struct_ab", nested["struct_ab"])
    frame = pl.from_arrow(source).with_columns(pl.col("cat").cast(pl.Categorical))
    for codec in ("uncompressed", "snappy", "gzip", "zstd", "lz4"):
        name = f"polars_{codec}.parquet"
        frame.write_parquet(c.path(name), compression=codec, statistics=True, row_group_size=250)
        c.add(name, "polars", f"polars write_parquet, {codec}, statistics, 3 row groups, categorical, decimals, "
                              "times, nested")
    sorted_frame = pl.from_arrow(stats_table()).sort("id")
    sorted_frame.write_parquet(c.path("stats_sorted_polars.parquet"), statistics=True, row_group_size=500)
    c.add("stats_sorted_polars.parquet", "polars", "sorted, 10 row groups with disjoint min/max, statistics=True")


def duckdb_source(n, tag):
    r = rng(tag)
    t = types_table(n, tag=tag, nested=True)
    return r, pa.table({k: t[k] for k in ("id", "i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "f32", "f64",
                                          "b", "s", "bin_raw", "dec9_2", "dec18_4", "dec38_10", "date", "ts_us",
                                          "ts_us_utc", "ts_ms", "ts_ns", "time_us", "cat", "list_i64", "list_str",
                                          "struct_ab", "map_si", "list_struct", "all_null")})


# i32 and u32 are halved: DuckDB 2.0's PARQUET_VERSION v2 writer takes INT32 deltas in 64 bits, so
# full-range values give DELTA_BINARY_PACKED miniblocks 33 bits wide, which pyarrow refuses.
DUCKDB_SELECT = """
    SELECT id, i8::TINYINT AS i8, i16::SMALLINT AS i16, (i32 // 2)::INTEGER AS i32, i64::BIGINT AS i64,
           u8::UTINYINT AS u8, u16::USMALLINT AS u16, (u32 // 2)::UINTEGER AS u32, u64::UBIGINT AS u64,
           f32::FLOAT AS f32, f64::DOUBLE AS f64, b, s::VARCHAR AS s, bin_raw::BLOB AS bin,
           ((i16 % 10000) / 10)::DECIMAL(4,1) AS dec4_1, dec9_2::DECIMAL(9,2) AS dec9_2,
           dec18_4::DECIMAL(18,4) AS dec18_4, dec38_10::DECIMAL(38,10) AS dec38_10,
           "date"::DATE AS d, ts_us::TIMESTAMP AS ts, ts_us_utc::TIMESTAMPTZ AS tstz,
           ts_ms::TIMESTAMP_MS AS ts_ms, ts_ns::TIMESTAMP_NS AS ts_ns, time_us::TIME AS t,
           cat::VARCHAR::ENUM('alpha','bravo','charlie','delta','echo','foxtrot','golf','hotel','', 'ünï') AS e,
           list_i64, list_str, struct_ab, map_si, list_struct, all_null
    FROM src ORDER BY id"""


def write_duckdb(c):
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    _, src = duckdb_source(1500, 8)
    con.register("src", src)
    for codec in ("uncompressed", "snappy", "gzip", "zstd", "lz4"):
        name = f"duckdb_{codec}.parquet"
        con.execute(f"COPY ({DUCKDB_SELECT}) TO '{c.path(name)}' (FORMAT parquet, COMPRESSION {codec}, "
                    "ROW_GROUP_SIZE 2048)")
        c.add(name, "duckdb", f"DuckDB COPY, {codec}, every DuckDB scalar type incl. unsigned, DECIMAL as "
                              "INT32/INT64/FLBA, TIMESTAMP_MS/NS, TIMESTAMPTZ, TIME, ENUM, LIST/STRUCT/MAP")
    for codec in ("snappy", "zstd"):
        name = f"duckdb_v2_{codec}.parquet"
        con.execute(f"COPY ({DUCKDB_SELECT}) TO '{c.path(name)}' (FORMAT parquet, COMPRESSION {codec}, "
                    "PARQUET_VERSION v2)")
        c.add(name, "duckdb", f"DuckDB COPY, {codec}, PARQUET_VERSION v2: DELTA_BINARY_PACKED for integers, dates, "
                              "times; DELTA_LENGTH_BYTE_ARRAY for strings; BYTE_STREAM_SPLIT for floats (v1 page headers)")
        c.expect(name, lambda p, _: has_pages(p, "i64", ("DATA_PAGE", "DELTA_BINARY_PACKED"))
                 and has_pages(p, "s", ("DATA_PAGE", "DELTA_LENGTH_BYTE_ARRAY"))
                 and has_pages(p, "f64", ("DATA_PAGE", "BYTE_STREAM_SPLIT")), "expected DELTA and BYTE_STREAM_SPLIT pages")
    big = stats_table(10_000)
    con.register("big", big)
    con.execute(f"COPY (SELECT * FROM big ORDER BY id) TO '{c.path('stats_sorted_duckdb.parquet')}' "
                "(FORMAT parquet, ROW_GROUP_SIZE 2048)")
    c.add("stats_sorted_duckdb.parquet", "duckdb", "sorted, 2,048-row groups with disjoint min/max statistics")


def write_spark(c):
    n = 800
    r = rng(9)
    table = pa.table({
        "id": pa.array(range(n), pa.int64()),
        "order id": column([], r.integers(0, 10**6, n), n, pa.int32(), r),
        "name": column(UNICODE[:5], words(r, n), n, pa.string(), r),
        "day": column([datetime.date(1969, 12, 31)],
                      [datetime.date(2000, 1, 1) + datetime.timedelta(days=int(v)) for v in r.integers(-20000, 9000, n)],
                      n, pa.date32(), r),
        "event_time": raw_column([0, -1, -1001, 1001, -2208988800000000000, 4102444800000000000],
                                 r.integers(-2 * 10**18, 4 * 10**18, n), n, pa.timestamp("ns"), r),
        "event_time_utc": raw_column([0, -1, 86_400_000_000], r.integers(-2 * 10**15, 4 * 10**15, n), n,
                                     pa.timestamp("us", "UTC"), r),
        "amount": column([D("-0.01"), D("99999999.99")], [D(int(v)).scaleb(-2) for v in r.integers(-10**10, 10**10, n)],
                         n, pa.decimal128(10, 2), r),
        "big_amount": column([D("-1234.5000000000")], [D(int(v)).scaleb(-10) for v in r.integers(-10**17, 10**17, n)],
                             n, pa.decimal128(38, 10), r),
        "score": column([float("nan")], r.normal(0, 1, n).tolist(), n, pa.float64(), r),
        "flag": column([], (r.random(n) < 0.5).tolist(), n, pa.bool_(), r),
    })
    c.pyarrow("spark_int96.parquet", table, "Spark-style: INT96 timestamps (read back as ns, naive), flavor='spark' "
              "(column names sanitised: 'order id' -> 'order_id'), no ARROW:schema, snappy", writer="spark",
              flavor="spark", use_deprecated_int96_timestamps=True, store_schema=False)
    meta = pq.ParquetFile(c.path("spark_int96.parquet")).metadata
    if meta.schema.column(4).physical_type != "INT96":
        raise SystemExit("spark_int96.parquet: expected INT96 timestamps")


def stats_table(n=5000):
    """Rows sorted on every column but `maybe`, so row groups cover disjoint ranges; `maybe` is
    null in all of rows 1,500-1,999 (one whole 500-row group) and never null in the first 500."""
    r = rng(10)
    ids = np.arange(n)
    maybe = [None if (1500 <= k < 2000) or (k >= 500 and r.random() < 0.2) else int(k) for k in ids]
    return pa.table({
        "id": pa.array(ids, pa.int64()),
        "ts": pa.array(1_700_000_000_000_000 + ids * 60_000_000, pa.int64()).cast(pa.timestamp("us", "UTC")),
        "day": pa.array((18000 + ids // 10).astype(np.int32)).cast(pa.date32()),
        "key": pa.array([f"k{k:06d}" for k in ids]),
        "x": pa.array(ids * 0.5 - 100.0),
        "maybe": pa.array(maybe, pa.int64()),
        "noise": pa.array(r.normal(0, 1, n)),
    })


def write_shapes(c):
    c.pyarrow("empty_0_rows.parquet", mixed_table(0, 11), "0 rows, 11 typed columns")
    table = mixed_table(1, 12)
    c.pyarrow("one_row.parquet", table, "1 row, 11 typed columns")
    data = mixed_table(300, 13)
    with pq.ParquetWriter(c.path("empty_row_group.parquet"), data.schema) as writer:
        writer.write_table(data.slice(0, 0))
        writer.write_table(data.slice(0, 120))
        writer.write_table(data.slice(120))
    c.add("empty_row_group.parquet", "pyarrow", "an empty row group, then row groups of 120 and 180 rows")
    groups = [pq.ParquetFile(c.path("empty_row_group.parquet")).metadata.row_group(g).num_rows for g in range(3)]
    if groups != [0, 120, 180]:
        raise SystemExit(f"empty_row_group.parquet: row groups {groups}")
    r = rng(14)
    many = pa.table({"id": pa.array(range(2000), pa.int64()),
                     "x": column([], r.normal(0, 1, 2000).tolist(), 2000, pa.float64(), r),
                     "s": column([], words(r, 2000), 2000, pa.string(), r)})
    c.pyarrow("row_groups_1000.parquet", many, "1,000 row groups of 2 rows", row_group_size=2)
    if pq.ParquetFile(c.path("row_groups_1000.parquet")).metadata.num_row_groups != 1000:
        raise SystemExit("row_groups_1000.parquet: expected 1,000 row groups")
    wide, base = {}, mixed_table(40, 15)
    kinds = ["i32", "x", "s", "b", "d", "ts", "dec", "id"]
    for k in range(200):
        source = kinds[k % len(kinds)]
        wide[f"c{k:03d}_{source}"] = base[source]
    c.pyarrow("wide_200_columns.parquet", pa.table(wide), "200 columns of 8 types, 40 rows")
    c.pyarrow("stats_sorted.parquet", stats_table(), "sorted, 10 row groups of 500 rows with disjoint min/max; "
              "`maybe` all null in group 3, no nulls in group 0", row_group_size=500, write_statistics=True)
    meta = pq.ParquetFile(c.path("stats_sorted.parquet")).metadata
    ranges = [(meta.row_group(g).column(0).statistics.min, meta.row_group(g).column(0).statistics.max)
              for g in range(meta.num_row_groups)]
    if any(a[1] >= b[0] for a, b in zip(ranges, ranges[1:])) or meta.row_group(3).column(5).statistics.null_count != 500:
        raise SystemExit(f"stats_sorted.parquet: unexpected statistics {ranges}")


def write_hive(c):
    r = rng(16)
    parts = [("2023", "11", 120), ("2024", "03", 80), ("2024", "11", 50), ("2025", "01", 1)]
    rows = []
    for year, month, n in parts:
        for _ in range(n):
            rows.append((year, month))
    n = len(rows)
    table = pa.table({
        "id": pa.array(range(n), pa.int64()),
        "amount": column([], r.normal(100, 20, n).round(2).tolist(), n, pa.float64(), r),
        "who": column([], words(r, n, 1, 2), n, pa.string(), r),
        "year": pa.array([y for y, _ in rows]),
        "month": pa.array([m for _, m in rows]),
    })
    folder = c.path("hive")
    pq.write_to_dataset(table, folder, partition_cols=["year", "month"], basename_template="part-{i}.parquet")
    for year, month, _ in parts:
        if not os.path.exists(os.path.join(folder, f"year={year}", f"month={month}", "part-0.parquet")):
            raise SystemExit(f"hive: missing year={year}/month={month}/part-0.parquet")
    dataset = pq.read_table(folder)
    expected = c.reference("hive", dataset, "pyarrow", "Hive-partitioned folder: year=YYYY/month=MM/part-0.parquet, "
                           "4 partitions; year and month are inferred as int32 (dictionary-encoded) and come last",
                           key="folder")
    expected["partition_columns"] = [{"name": f, "pyarrow_type": str(dataset.schema.field(f).type),
                                      "type": reference.assay_type(dataset.schema.field(f).type)[0]}
                                     for f in ("year", "month")]
    # pyarrow hands partition columns over dictionary-encoded: dictionary<values=int32, indices=int32>
    if dataset.column_names[-2:] != ["year", "month"] or \
            any(reference.assay_type(dataset.schema.field(f).type)[0] != "int" for f in ("year", "month")):
        raise SystemExit(f"hive: unexpected schema {dataset.schema}")
    reference.write_reference(expected, c.path("hive.expected.json"))


def flip(data, at, count):
    return data[:at] + bytes(b ^ 0xFF for b in data[at:at + count]) + data[at + count:]


def first_data_page(data):
    meta, _ = pqfile.read_footer(data)
    for _, _, cmd in pqfile.column_chunks(meta):
        for page in pqfile.chunk_pages(data, cmd):
            if page["type"].startswith("DATA_PAGE"):
                return page["offset"] + page["header_size"], page["compressed"]
    raise ValueError("no data page")


def write_bad(c):
    bad = c.path("bad")
    os.makedirs(bad, exist_ok=True)
    r = rng(17)
    table = pa.table({"s": words(r, 3000, 3, 8), "x": r.normal(0, 1, 3000)})
    sink = {}
    for codec in ("snappy", "zstd"):
        out = pa.BufferOutputStream()
        pq.write_table(table, out, compression=codec, use_dictionary=False)
        sink[codec] = out.getvalue().to_pybytes()
    good = sink["snappy"]
    _, footer_start = pqfile.read_footer(good)
    footer_length = len(good) - 8 - footer_start
    files = {
        "magic_start.parquet": b"PAR0" + good[4:],
        "magic_end.parquet": good[:-4] + b"PAR2",
        "truncated_footer.parquet": good[:footer_start + footer_length // 2],
        "footer_length_outside.parquet": good[:-8] + struct.pack("<I", len(good) * 2) + b"PAR1",
        "footer_garbage.parquet": good[:footer_start] + b"\xff" * footer_length + good[-8:],
        "zeros.parquet": bytes(4096),
        "empty.parquet": b"",
        "magic_only.parquet": b"PAR1",
        "csv_text.parquet": b"a,b,c\n1,2,3\n",
    }
    for codec, data in sink.items():
        at, size = first_data_page(data)
        # the start of the compressed block (snappy's length preamble, zstd's frame magic) and its middle
        files[f"corrupt_page_{codec}.parquet"] = flip(flip(data, at, 4), at + size // 2, 16)
    verdicts = {}
    for name, data in files.items():
        path = os.path.join(bad, name)
        with open(path, "wb") as f:
            f.write(data)
        reference.write_reference({"error": True}, os.path.join(bad, name[:-len(".parquet")] + ".expected.json"))
        verdicts[name] = rejected_by(path)
    return verdicts


def rejected_by(path):
    """{reader: True when it refuses the file} for pyarrow, polars and DuckDB."""
    readers = {
        "pyarrow": lambda: pq.read_table(path),
        "polars": lambda: pl.read_parquet(path),
        "duckdb": lambda: duckdb.connect().execute("SELECT * FROM read_parquet(?)", [path]).fetchall(),
    }
    verdict = {}
    for reader, read in readers.items():
        try:
            read()
            verdict[reader] = False
        except Exception:  # noqa: BLE001 - any refusal counts
            verdict[reader] = True
    return verdict


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    started = time.monotonic()
    if os.path.exists(out):
        for entry in os.listdir(out):  # a fresh corpus, leaving the folder itself in place
            target = os.path.join(out, entry)
            shutil.rmtree(target) if os.path.isdir(target) else os.remove(target)
    os.makedirs(out, exist_ok=True)
    c = Corpus(out)
    write_pyarrow_types(c)
    write_encodings(c)
    write_many_pages(c)
    write_codecs(c)
    write_polars(c)
    write_duckdb(c)
    write_spark(c)
    write_shapes(c)
    write_hive(c)
    verdicts = write_bad(c)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(c.manifest, f, ensure_ascii=False, indent=1)

    listed = {e.get("file") for e in c.manifest}
    on_disk = {name for name in os.listdir(out) if name.endswith(".parquet")}
    if listed - {None} != on_disk:
        sys.exit(f"manifest and files differ: {sorted(on_disk ^ (listed - {None}))}")
    for name in sorted(on_disk):
        with open(os.path.join(out, name[:-len(".parquet")] + ".expected.json"), encoding="utf-8") as f:
            problems = reference.validate(json.load(f))
        if problems:
            sys.exit(f"{name}: {problems[:3]}")
    for entry in c.manifest:
        rel = entry.get("file") or entry["folder"]
        size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(os.path.join(out, rel)) for f in fs) \
            if "folder" in entry else os.path.getsize(os.path.join(out, rel))
        pf = pq.ParquetDataset(os.path.join(out, rel)) if "folder" in entry else pq.ParquetFile(os.path.join(out, rel))
        if "folder" in entry:
            print(f"{rel + '/':<44} {entry['writer']:<8} {size:>9,} B  {pf.read().num_rows:>6} rows  {len(pf.files)} files")
        else:
            meta = pf.metadata
            print(f"{rel:<44} {entry['writer']:<8} {size:>9,} B  {meta.num_rows:>6} rows  {meta.num_columns:>3} cols  "
                  f"{meta.num_row_groups:>4} groups")
    print("\nbad files (rejected by):")
    for name, verdict in verdicts.items():
        who = ", ".join(k for k, v in verdict.items() if v) or "none"
        accepted = [k for k, v in verdict.items() if not v]
        print(f"  bad/{name:<32} {who}" + (f"   (accepted by {', '.join(accepted)})" if accepted else ""))
    print(f"\n{len(on_disk)} files, 1 Hive folder, {len(verdicts)} bad files in {out}; "
          f"{time.monotonic() - started:.1f} s")


if __name__ == "__main__":
    main()
