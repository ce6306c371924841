"""Workbooks for the .xlsx reader's tests, written with openpyxl, and what openpyxl reads from them.

    python3 workbooks.py make DIR     writes the workbooks (and the damaged ones) into DIR
    python3 workbooks.py expect FILE  prints each sheet as openpyxl reads it, shaped as a table

The table's shape follows the reader's rules (the span of the cells with values, the first row as the
header when any of its cells is text, else column letters; a header cell in a merged range named by
the range's first cell; repeated names given _2, _3); the values are openpyxl's own. Each cell is
null or [kind, value]: ["n", "42"] a number (as text, so no digit is lost), ["s", text], ["b", bool],
["t", microseconds] a date or date-time (since 1970-01-01 00:00) or a time or duration (as a length).
Error values (#DIV/0!) and empty text are null, as the reader has them.
"""

import datetime
import io
import json
import os
import re
import struct
import sys
import zipfile

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import MAC_EPOCH

EPOCH = datetime.datetime(1970, 1, 1)


def corpus(path):
    """Several sheets: every kind of value, empty cells and rows, merged headers, an empty sheet."""
    wb = openpyxl.Workbook()
    sales = wb.active
    sales.title = "Sales"
    sales.append(["id", "product", "qty", "price", "big", "huge", "flag", "when", "at", "custom",
                  "builtin", "time", "elapsed", "mixed", "notes", "stamp"])
    rows = [
        [1, "Café crème", 3, 2.5, 9007199254740993, 1e20, True, datetime.date(2024, 3, 1),
         datetime.datetime(2024, 3, 1, 8, 30, 15), datetime.date(2023, 12, 31), datetime.date(1900, 2, 1),
         datetime.time(8, 30), datetime.timedelta(hours=30, minutes=5), 1, "first", datetime.date(2024, 1, 2)],
        [2, "日本語の名前", -7, -0.125, -9007199254740993, -3.5e-10, False, datetime.date(1999, 12, 31),
         datetime.datetime(1999, 12, 31, 23, 59, 59, 500000), datetime.date(2000, 2, 29),
         datetime.date(2020, 7, 4), datetime.time(23, 59, 59), datetime.timedelta(seconds=1), "two", None,
         datetime.datetime(2024, 1, 2, 12, 0)],
        [None] * 16,
        [4, "emoji 🎉 and \"quotes\", commas", 0, 1e-5, 0, 123456789.125, True, datetime.date(1970, 1, 1),
         datetime.datetime(1904, 1, 2, 0, 0, 1), datetime.date(1900, 3, 1), datetime.date(1900, 1, 1),
         datetime.time(0, 0, 1), datetime.timedelta(days=400), 3, "  spaced  ", datetime.date(2024, 1, 3)],
    ]
    for row in rows:
        sales.append(row)
    formats = {"H": "yyyy-mm-dd", "I": "yyyy-mm-dd hh:mm:ss", "J": "dd/mm/yyyy", "K": "mm-dd-yy",
               "L": "h:mm:ss", "M": "[h]:mm:ss", "P": "[$-409]mmmm d, yyyy;@"}
    for letter, code in formats.items():
        for row in range(2, 6):
            sales[f"{letter}{row}"].number_format = code
    sales["O7"] = "after a blank row"

    merged = wb.create_sheet("Merged")
    merged.append(["Region", None, "Total", None, "Note"])
    merged.merge_cells("A1:B1")
    merged.merge_cells("C1:D1")
    merged.append(["North", "East", 10, 11.5, "x"])
    merged.append(["South", "West", 20, 21.5, None])

    wb.create_sheet("Empty")

    numbers = wb.create_sheet("NoHeader")
    numbers.append([1, 2.5, True])
    numbers.append([3, 4.5, False])

    offset = wb.create_sheet("Offset")
    offset["C3"] = "name"
    offset["E3"] = "name"
    offset["C4"] = "a"
    offset["D4"] = 1
    offset["E4"] = "b"
    offset["C5"] = "c"
    offset["D5"] = 2

    hidden = wb.create_sheet("Hidden")
    hidden.sheet_state = "hidden"
    hidden.append(["secret"])
    hidden.append(["42"])
    rich = wb.create_sheet("Rich")
    rich.append(["text"])
    rich["A2"] = "RICH-PLACEHOLDER"
    wb.save(path)
    shared(path)


INLINE = re.compile(r'<c ([^>]*?)t="inlineStr"([^>]*)><is><t(?: xml:space="preserve")?>(.*?)</t></is></c>', re.S)


def shared(path):
    """Rewrites the workbook at `path` so that its cells' text is in a shared-strings part, as Excel
    writes it (openpyxl writes inline strings), with one rich-text item of two runs and a phonetic run."""
    strings = ['<si><r><rPr><b/></rPr><t>rich</t></r><r><t xml:space="preserve"> text</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si>']
    index = {"RICH-PLACEHOLDER": 0}

    def to_shared(match):
        text = match.group(3)
        if text not in index:
            index[text] = len(strings)
            strings.append(f'<si><t xml:space="preserve">{text}</t></si>')
        return f'<c {match.group(1)}t="s"{match.group(2)}><v>{index[text]}</v></c>'

    with zipfile.ZipFile(path) as old:
        parts = {item.filename: old.read(item.filename) for item in old.infolist()}
    for name in [n for n in parts if n.startswith("xl/worksheets/")]:
        parts[name] = INLINE.sub(to_shared, parts[name].decode()).encode()
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    parts["xl/sharedStrings.xml"] = (f'<sst xmlns="{main}" count="{len(strings)}">' + "".join(strings) + "</sst>").encode()
    kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    parts["xl/_rels/workbook.xml.rels"] = rels.replace(
        "</Relationships>", f'<Relationship Id="rIdStrings" Type="{kind}" Target="sharedStrings.xml"/></Relationships>').encode()
    content = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
    types = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = types.replace(
        "</Types>", f'<Override PartName="/xl/sharedStrings.xml" ContentType="{content}"/></Types>').encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in parts.items():
            new.writestr(name, data)


def dates1904(path):
    """A workbook in the 1904 date system."""
    wb = openpyxl.Workbook()
    wb.epoch = MAC_EPOCH
    ws = wb.active
    ws.title = "Mac"
    ws.append(["day", "moment"])
    # (openpyxl reads a serial below 1 as a time of day, so day 0 itself is left to the unit tests.)
    ws.append([datetime.date(1904, 1, 2), datetime.datetime(2001, 9, 9, 1, 46, 40)])
    ws.append([datetime.date(2024, 2, 29), datetime.datetime(1904, 1, 5, 12, 0)])
    wb.save(path)


def streamed(path):
    """A write-only workbook (openpyxl's streaming writer records no <dimension>): a sheet of 2,000
    rows under a header, then a sheet of numbers alone."""
    wb = openpyxl.Workbook(write_only=True)
    rows = wb.create_sheet("Rows")
    rows.append(["n", "square"])
    for n in range(2000):
        rows.append([n, n * n])
    numbers = wb.create_sheet("Numbers")
    numbers.append([1, 2])
    wb.save(path)


def late_date(path):
    """A 1904 workbook whose date column holds serial 2958465.9999, which is past 9999-12-31 there."""
    wb = openpyxl.Workbook()
    wb.epoch = MAC_EPOCH
    ws = wb.active
    ws.title = "Late"
    ws.append(["moment"])
    ws.append([datetime.datetime(2001, 9, 9, 1, 46, 40)])
    ws["A3"] = 2958465.9999
    for row in (2, 3):
        ws[f"A{row}"].number_format = "yyyy-mm-dd hh:mm:ss"
    wb.save(path)


HANDMADE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<dimension ref="A1:D6"/>
<sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>label</t></is></c><c r="B1" t="inlineStr"><is><t>sum</t></is></c>
<c r="C1" t="inlineStr"><is><t>said</t></is></c><c r="D1" t="inlineStr"><is><t>check</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> and plain</t></r></is></c>
<c r="B2"><f>1+2</f><v>3</v></c><c r="C2" t="str"><f>"hi"</f><v>hi &amp; bye</v></c><c r="D2" t="b"><f>TRUE()</f><v>1</v></c></row>
<row><c t="inlineStr"><is><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></is></c><c><f>1/0</f><v>2.75</v></c>
<c t="e"><f>1/0</f><v>#DIV/0!</v></c><c t="b"><v>0</v></c></row>
<row r="5"><c r="A5" t="inlineStr"><is><t>no cache</t></is></c><c r="B5"><f>A1*2</f></c></row>
<row r="6"><c r="A6" t="inlineStr"><is><t>&lt;tag&gt; &amp; &#233;</t></is></c><c r="B6"><v>-12</v></c></row>
</sheetData>
</worksheet>"""


def replaced(source, target, parts):
    """Copies the zip `source` to `target` with the parts in `parts` replaced (None: left out)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            if item.filename in parts:
                if parts[item.filename] is not None:
                    new.writestr(item.filename, parts[item.filename])
            else:
                new.writestr(item, old.read(item.filename))


def handmade(path, folder):
    """Inline strings, rich text, phonetic runs, formulas with cached values, rows without `r`."""
    base = os.path.join(folder, ".base.xlsx")
    wb = openpyxl.Workbook()
    wb.active.title = "Inline"
    wb.active["A1"] = "placeholder"
    wb.save(base)
    replaced(base, path, {"xl/worksheets/sheet1.xml": HANDMADE})
    os.remove(base)


LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>"""


def patched(source, target, name, form, local, central, value):
    """Copies the zip `source` to `target` with the field `form` (a struct format) of the part
    `name` set to `value`, at `local` in its local header and `central` in its directory entry."""
    data = bytearray(open(source, "rb").read())
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo(name)
    struct.pack_into(form, data, info.header_offset + local, value)
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + length] == name.encode():
            struct.pack_into(form, data, at + central, value)
        at = data.find(b"PK\x01\x02", at + 46)
    open(target, "wb").write(data)


def lying(source, target, name):
    """Copies the zip `source` to `target` with the part `name` claiming to inflate to 100 bytes."""
    patched(source, target, name, "<I", 22, 24, 100)


def unended(source, target, name):
    """Copies the zip `source` to `target` with the part `name` deflated as a stream that runs past
    the part's data: one stored block, not the last, claiming 65,535 bytes, then the XML."""
    with zipfile.ZipFile(source) as archive:
        xml = archive.read(name)
    replaced(source, target, {name: None})
    with zipfile.ZipFile(target, "a", zipfile.ZIP_STORED) as archive:
        archive.writestr(name, b"\x00\xff\xff\x00\x00" + xml)
    # The method, 8 (deflated), in both headers: the stored bytes are now read as a deflate stream.
    patched(target, target, name, "<H", 8, 10, 8)


def damaged(folder):
    """Files named .xlsx that are not whole workbooks."""
    good = os.path.join(folder, "corpus.xlsx")
    with zipfile.ZipFile(os.path.join(folder, "other-zip.xlsx"), "w") as other:
        other.writestr("readme.txt", "not a workbook")
    with open(good, "rb") as whole, open(os.path.join(folder, "truncated.xlsx"), "wb") as half:
        data = whole.read()
        half.write(data[: len(data) // 2])
    replaced(good, os.path.join(folder, "missing-sheet.xlsx"), {"xl/worksheets/sheet2.xml": None})
    replaced(good, os.path.join(folder, "malformed.xlsx"),
             {"xl/worksheets/sheet1.xml": "<worksheet><sheetData><row><c><v>1</v></row>"})
    replaced(good, os.path.join(folder, "laughs.xlsx"), {"xl/worksheets/sheet1.xml": LAUGHS})
    padded = "<worksheet><sheetData>" + " " * (3 << 20) + "</sheetData></worksheet>"
    replaced(good, os.path.join(folder, "bomb.xlsx"), {"xl/worksheets/sheet1.xml": padded})
    lying(os.path.join(folder, "bomb.xlsx"), os.path.join(folder, "lying-bomb.xlsx"), "xl/worksheets/sheet1.xml")
    unended(good, os.path.join(folder, "unended.xlsx"), "xl/worksheets/sheet1.xml")
    with open(os.path.join(folder, "text.xlsx"), "w") as text:
        text.write("a,b\n1,2\n")


def zip64(source, target):
    """Copies the zip `source` to `target` written as ZIP64: every directory entry's sizes and
    offset in its ZIP64 extra field, and the ZIP64 end record and locator before the end record."""
    limits = (zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT)
    zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT = 0, 0
    try:
        with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
            for item in old.infolist():
                new.writestr(item.filename, old.read(item.filename))
    finally:
        zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT = limits
    # The end record's counts, size and offset at their maximum, as when they overflow: a reader
    # must take them from the ZIP64 end record.
    data = bytearray(open(target, "rb").read())
    end = data.rfind(b"PK\x05\x06")
    struct.pack_into("<HHII", data, end + 8, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF)
    open(target, "wb").write(data)


def make(folder):
    os.makedirs(folder, exist_ok=True)
    corpus(os.path.join(folder, "corpus.xlsx"))
    dates1904(os.path.join(folder, "dates1904.xlsx"))
    handmade(os.path.join(folder, "inline.xlsx"), folder)
    single = openpyxl.Workbook()
    single.active.title = "Only"
    single.active.append(["name", "score"])
    single.active.append(["ada", 36])
    single.save(os.path.join(folder, "single.xlsx"))
    zip64(os.path.join(folder, "corpus.xlsx"), os.path.join(folder, "zip64.xlsx"))
    streamed(os.path.join(folder, "streamed.xlsx"))
    late_date(os.path.join(folder, "late-date.xlsx"))
    damaged(folder)


def cell(value, kind):
    """A cell as [kind, value], or None."""
    if value is None or kind == "e" or value == "":
        return None
    if isinstance(value, bool):
        return ["b", value]
    if isinstance(value, (int, float)):
        return ["n", repr(value)]
    if isinstance(value, str):
        return ["s", value]
    if isinstance(value, datetime.datetime):
        return ["t", str((value - EPOCH) // datetime.timedelta(microseconds=1))]
    if isinstance(value, datetime.date):
        return ["t", str((value - EPOCH.date()) // datetime.timedelta(microseconds=1))]
    if isinstance(value, datetime.time):
        since = datetime.datetime.combine(EPOCH.date(), value) - EPOCH
        return ["t", str(since // datetime.timedelta(microseconds=1))]
    if isinstance(value, datetime.timedelta):
        return ["t", str(value // datetime.timedelta(microseconds=1))]
    raise ValueError(f"unexpected {value!r}")


def unique(texts, first_column):
    names, used, suffixes = [], set(), {}
    for index, text in enumerate(texts):
        base = text if text else get_column_letter(first_column + index)
        candidate, suffix = base, suffixes.get(base, 2)
        while candidate in used:
            candidate, suffix = f"{base}_{suffix}", suffix + 1
        suffixes[base] = suffix
        used.add(candidate)
        names.append(candidate)
    return names


def sheet(ws):
    values = {}
    for row in ws.iter_rows():
        for item in row:
            value = cell(item.value, item.data_type)
            if value is not None:
                values[(item.row, item.column)] = value
    if not values:
        return {"name": ws.title, "columns": [], "rows": []}
    top, bottom = min(r for r, _ in values), max(r for r, _ in values)
    left, right = min(c for _, c in values), max(c for _, c in values)
    columns = range(left, right + 1)
    header = any(values.get((top, c), [None])[0] == "s" for c in columns)
    texts = []
    for column in columns:
        value = values.get((top, column))
        for merged in ws.merged_cells.ranges:
            if value is None and merged.min_row <= top <= merged.max_row and merged.min_col <= column <= merged.max_col:
                value = values.get((merged.min_row, merged.min_col))
        texts.append(value[1] if header and value else None)
    first = top + 1 if header else top
    rows = [[values.get((r, c)) for c in columns] for r in range(first, bottom + 1)]
    return {"name": ws.title, "columns": unique(texts, left), "rows": rows}


def expect(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    print(json.dumps([sheet(ws) for ws in wb.worksheets], ensure_ascii=False))


if __name__ == "__main__":
    {"make": make, "expect": expect}[sys.argv[1]](sys.argv[2])
