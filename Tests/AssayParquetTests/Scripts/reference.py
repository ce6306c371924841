"""The reference format that Assay's Parquet tests compare against, made from Arrow data.

Shared by make_corpus.py (which writes NAME.expected.json beside each corpus file) and
check_written.py (which reads files Assay wrote back with pyarrow, polars and DuckDB).

    {"rows": N, "columns": [{"name": "a", "type": T, "zone": Z, "cells": [...]}, ...]}

`type` is the type Assay gives the column: bool, int, double, date, timestamp, duration, string.
`zone` is "utc" for a timestamp with a time zone (isAdjustedToUTC), "naive" for one without, and
null otherwise. Cells are JSON null for nulls, else:

  int        every signed and unsigned width; the decimal text ("-12"), exact for 64 bits
  double     float32 (widened), float64, and decimals of precision <= 15 (float(Decimal)), or
             wider ones whose unscaled values are all below 10^15 (see small_decimals);
             repr of the float as text: "0.1", "nan", "inf", "-inf", "-0.0"
  bool       true / false
  date       days since 1970-01-01
  timestamp  microseconds since 1970-01-01T00:00:00; finer units floor-divided (toward minus
             infinity), coarser ones multiplied; INT96 reads back as nanoseconds, same rule
  duration   time-of-day types (time32, time64): microseconds since midnight, same rule
  string     utf8 text as is; binary and fixed-size binary decoded as UTF-8 when valid and free
             of NUL, else "0x" + lowercase hex; decimals of precision > 15 as exact text with exactly `scale`
             digits after the point; dictionary columns by their decoded values and value type;
             nested values (list, struct, map, list of struct) as compact JSON text of
             pyarrow's to_pylist() value, maps as objects with text keys in stored order;
             a column of Arrow's null type (Parquet's UNKNOWN logical type) as string, all null.

Not a command; imported by the scripts beside it.
"""
import decimal
import json

import pyarrow as pa
import pyarrow.types as t

ASSAY_TYPES = ("bool", "int", "double", "date", "timestamp", "duration", "string")
DOUBLE_DECIMAL_PRECISION = 15  # decimals up to this precision become doubles, wider ones exact text

_TO_MICROS = {"s": (1_000_000, 1), "ms": (1000, 1), "us": (1, 1), "ns": (1, 1000)}


def assay_type(arrow_type):
    """(Assay type, zone) of an Arrow type; ValueError for a type the corpus does not use."""
    if isinstance(arrow_type, pa.BaseExtensionType):
        return assay_type(arrow_type.storage_type)
    if t.is_dictionary(arrow_type):
        return assay_type(arrow_type.value_type)
    if t.is_integer(arrow_type):
        return "int", None
    if t.is_floating(arrow_type):
        return "double", None
    if t.is_decimal(arrow_type):
        return ("double" if arrow_type.precision <= DOUBLE_DECIMAL_PRECISION else "string"), None
    if t.is_boolean(arrow_type):
        return "bool", None
    if t.is_date(arrow_type):
        return "date", None
    if t.is_timestamp(arrow_type):
        return "timestamp", ("utc" if arrow_type.tz is not None else "naive")
    if t.is_time(arrow_type):
        return "duration", None
    if is_text(arrow_type) or is_binary(arrow_type) or is_nested(arrow_type) or t.is_null(arrow_type):
        return "string", None
    raise ValueError(f"no Assay type for Arrow type {arrow_type}")


def is_text(arrow_type):
    return t.is_string(arrow_type) or t.is_large_string(arrow_type) or t.is_string_view(arrow_type)


def is_binary(arrow_type):
    return (t.is_binary(arrow_type) or t.is_large_binary(arrow_type) or t.is_binary_view(arrow_type)
            or t.is_fixed_size_binary(arrow_type))


def is_nested(arrow_type):
    return (t.is_list(arrow_type) or t.is_large_list(arrow_type) or t.is_fixed_size_list(arrow_type)
            or t.is_list_view(arrow_type) or t.is_large_list_view(arrow_type)
            or t.is_struct(arrow_type) or t.is_map(arrow_type))


def binary_text(value):
    if b"\x00" not in value:
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            pass
    return "0x" + value.hex()


def decimal_text(value, scale):
    with decimal.localcontext() as context:
        context.prec = 100
        return format(value.quantize(decimal.Decimal(1).scaleb(-scale)), "f")


def _scaled(array, unit):
    """Integer microseconds of a timestamp or time array (None for nulls)."""
    multiply, divide = _TO_MICROS[unit]
    width = pa.int32() if t.is_time32(array.type) else pa.int64()
    raw = array.cast(width).to_pylist()
    return [None if v is None else v * multiply // divide for v in raw]


def nested_value(value, arrow_type):
    """A to_pylist() value made JSON-ready: maps become objects, leaves stay ints, strings, bools, floats."""
    if value is None:
        return None
    if t.is_map(arrow_type):
        return {str(k): nested_value(v, arrow_type.item_type) for k, v in value}
    if t.is_struct(arrow_type):
        return {f.name: nested_value(value[f.name], f.type) for f in arrow_type}
    if is_nested(arrow_type):
        return [nested_value(v, arrow_type.value_type) for v in value]
    if t.is_dictionary(arrow_type):
        return nested_value(value, arrow_type.value_type)
    if isinstance(value, (bool, int, str, float)):
        if isinstance(value, float) and value != value:
            raise ValueError("NaN inside a nested value has no JSON text")
        return value
    raise ValueError(f"nested values are kept to ints, strings, bools and floats, not {type(value).__name__}")


def array_cells(array):
    """The reference cells of one Arrow array (not chunked)."""
    arrow_type = array.type
    if isinstance(arrow_type, pa.BaseExtensionType):
        return array_cells(array.storage)
    if t.is_dictionary(arrow_type):
        return array_cells(array.dictionary_decode())
    if t.is_null(arrow_type):
        return [None] * len(array)
    if t.is_timestamp(arrow_type) or t.is_time(arrow_type):
        return _scaled(array, arrow_type.unit)
    if t.is_date32(arrow_type):
        return array.cast(pa.int32()).to_pylist()
    if t.is_date64(arrow_type):
        return [None if v is None else v // 86_400_000 for v in array.cast(pa.int64()).to_pylist()]
    values = array.to_pylist()
    if t.is_integer(arrow_type):
        return [None if v is None else str(v) for v in values]
    if t.is_floating(arrow_type):
        return [None if v is None else repr(float(v)) for v in values]
    if t.is_decimal(arrow_type):
        if arrow_type.precision <= DOUBLE_DECIMAL_PRECISION:
            return [None if v is None else repr(float(v)) for v in values]
        return [None if v is None else decimal_text(v, arrow_type.scale) for v in values]
    if t.is_boolean(arrow_type) or is_text(arrow_type):
        return values
    if is_binary(arrow_type):
        return [None if v is None else binary_text(v) for v in values]
    if is_nested(arrow_type):
        return [None if v is None else json.dumps(nested_value(v, arrow_type), separators=(",", ":"), ensure_ascii=False)
                for v in values]
    raise ValueError(f"no reference cells for Arrow type {arrow_type}")


def column_cells(column):
    """The reference cells of an Array or ChunkedArray."""
    if isinstance(column, pa.ChunkedArray):
        return [cell for chunk in column.chunks for cell in array_cells(chunk)]
    return array_cells(column)


def small_decimals(field_type, column):
    """True for a decimal column wider than DOUBLE_DECIMAL_PRECISION whose every value is below
    10^15 in magnitude once unscaled: its values keep all their digits as doubles, so Assay reads
    them as doubles too (it decides from the row groups' statistics)."""
    if not t.is_decimal(field_type) or field_type.precision <= DOUBLE_DECIMAL_PRECISION:
        return False
    values = [v for v in column.to_pylist() if v is not None]
    return bool(values) and all(abs(v.scaleb(field_type.scale)) < 10 ** 15 for v in values)


def table_reference(table):
    """The reference dict of a pyarrow Table."""
    columns = []
    for field, column in zip(table.schema, table.columns):
        kind, zone = assay_type(field.type)
        cells = column_cells(column)
        if small_decimals(field.type, column):
            kind, cells = "double", [None if v is None else repr(float(v)) for v in column.to_pylist()]
        columns.append({"name": field.name, "type": kind, "zone": zone, "cells": cells})
    return {"rows": table.num_rows, "columns": columns}


def write_reference(reference, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(reference, f, ensure_ascii=False)


def validate(reference):
    """Problems with a reference dict's shape (an empty list when it follows the format)."""
    problems = []
    if reference == {"error": True}:
        return problems
    if not isinstance(reference.get("rows"), int) or not isinstance(reference.get("columns"), list):
        return ["needs an int `rows` and a list `columns`"]
    extra = set(reference) - {"rows", "columns", "partition_columns"}
    if extra:
        problems.append(f"unexpected keys {sorted(extra)}")
    for column in reference["columns"]:
        name = column.get("name")
        if set(column) != {"name", "type", "zone", "cells"} or not isinstance(name, str):
            problems.append(f"column {name!r}: keys {sorted(column)}")
            continue
        kind, zone, cells = column["type"], column["zone"], column["cells"]
        if kind not in ASSAY_TYPES:
            problems.append(f"column {name}: type {kind!r}")
        if (kind == "timestamp") != (zone in ("utc", "naive")) or (kind != "timestamp" and zone is not None):
            problems.append(f"column {name}: zone {zone!r} for type {kind}")
        if len(cells) != reference["rows"]:
            problems.append(f"column {name}: {len(cells)} cells for {reference['rows']} rows")
        wanted = {"bool": bool, "int": str, "double": str, "date": int, "timestamp": int, "duration": int,
                  "string": str}.get(kind)
        for row, cell in enumerate(cells):
            if cell is None:
                continue
            if type(cell) is not wanted:
                problems.append(f"column {name} row {row}: {cell!r} is not a {wanted.__name__}")
                break
            if kind == "int" and str(int(cell)) != cell:
                problems.append(f"column {name} row {row}: {cell!r} is not canonical integer text")
                break
            if kind == "double" and repr(float(cell)) != cell:
                problems.append(f"column {name} row {row}: {cell!r} is not repr of a float")
                break
    return problems


def first_difference(expected, actual):
    """A sentence naming the first difference between two reference dicts, or None when equal."""
    if expected.get("error") or actual.get("error"):
        return None if expected == actual else f"expected {expected}, got {actual}"
    if expected["rows"] != actual["rows"]:
        return f"rows: expected {expected['rows']}, got {actual['rows']}"
    ours, theirs = expected["columns"], actual["columns"]
    if [c["name"] for c in ours] != [c["name"] for c in theirs]:
        return f"column names: expected {[c['name'] for c in ours]}, got {[c['name'] for c in theirs]}"
    for want, got in zip(ours, theirs):
        for key in ("type", "zone"):
            if want[key] != got[key]:
                return f"column {want['name']}: {key} expected {want[key]!r}, got {got[key]!r}"
        for row, (a, b) in enumerate(zip(want["cells"], got["cells"])):
            if a != b or type(a) is not type(b):
                return f"row {row}, column {want['name']}: expected {a!r}, got {b!r}"
    return None
