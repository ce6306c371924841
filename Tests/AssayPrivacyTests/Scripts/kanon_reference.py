#!/usr/bin/env python3
"""k-anonymity and l-diversity of a CSV file computed by pandas, the reference `assay anonymize
--quasi ... --sensitive ... --k K` is checked against.

Usage: kanon_reference.py FILE.csv QUASI(a,b,c) SENSITIVE K

Prints one JSON object: classes (the number of equivalence classes of the quasi-identifier
columns, a missing value counting as a value of its own), k (groupby(...).size().min()), l (the
smallest nunique() of the sensitive column in a class, missing values not counted), and the
rows and classes smaller than K.
"""
import json
import sys

import pandas as pd


def main():
    path, quasi, sensitive, k = sys.argv[1], sys.argv[2].split(","), sys.argv[3], int(sys.argv[4])
    # Cells are compared as the file writes them, as Assay compares the anonymized table's values.
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    groups = frame.groupby(quasi, dropna=False)
    sizes = groups.size()
    print(
        json.dumps(
            {
                "classes": int(len(sizes)),
                "k": int(sizes.min()),
                "l": int(groups[sensitive].nunique().min()),
                "small_rows": int(sizes[sizes < k].sum()),
                "small_classes": int((sizes < k).sum()),
            }
        )
    )


if __name__ == "__main__":
    main()
