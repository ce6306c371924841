#!/usr/bin/env python3
"""Prints, as JSON, the cells pandas reads from a CSV file with the read_csv options given as a
JSON object (comment, skiprows, header, ...): {"columns": [...], "rows": [[cell, ...], ...]}, each
cell null, a number or a string. Usage: pandas_cells.py FILE OPTIONS_JSON"""
import json
import math
import sys

import pandas as pd

path, options = sys.argv[1], json.loads(sys.argv[2])
frame = pd.read_csv(path, **options)


def cell(value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):
        value = value.item()
    return value if isinstance(value, (int, float)) else str(value)


columns = [str(c) for c in frame.columns] if options.get("header", 0) is not None else None
json.dump({"columns": columns, "rows": [[cell(v) for v in row] for row in frame.itertuples(index=False)]},
          sys.stdout)
