"""Low-level access to a Parquet file's Thrift metadata, for the corpus scripts.

Parses and re-serialises Thrift compact-protocol structures generically (a struct is a list of
[field id, wire type, value]), which is enough to read the footer and page headers, to name the
codec of each column chunk exactly (pyarrow shows LZ4 and LZ4_RAW alike), to list the pages of a
column chunk with their encodings, and to rewrite pages and footer (make_corpus.py uses it to
produce a Hadoop-framed LZ4 file, which no installed writer makes, and to find the bytes of a
compressed data page to corrupt).

Not a command; imported by make_corpus.py and check_written.py.
"""
import struct

CODECS = {0: "UNCOMPRESSED", 1: "SNAPPY", 2: "GZIP", 3: "LZO", 4: "BROTLI", 5: "LZ4", 6: "ZSTD", 7: "LZ4_RAW"}
ENCODINGS = {0: "PLAIN", 2: "PLAIN_DICTIONARY", 3: "RLE", 4: "BIT_PACKED", 5: "DELTA_BINARY_PACKED",
             6: "DELTA_LENGTH_BYTE_ARRAY", 7: "DELTA_BYTE_ARRAY", 8: "RLE_DICTIONARY", 9: "BYTE_STREAM_SPLIT"}
PAGE_TYPES = {0: "DATA_PAGE", 1: "INDEX_PAGE", 2: "DICTIONARY_PAGE", 3: "DATA_PAGE_V2"}

# Compact-protocol wire types.
STOP, TRUE, FALSE, BYTE, I16, I32, I64, DOUBLE, BINARY, LIST, SET, MAP, STRUCT = range(13)


class Reader:
    def __init__(self, data, pos=0):
        self.data, self.pos = data, pos

    def byte(self):
        b = self.data[self.pos]
        self.pos += 1
        return b

    def varint(self):
        shift = result = 0
        while True:
            b = self.byte()
            result |= (b & 0x7F) << shift
            if not b & 0x80:
                return result
            shift += 7

    def zigzag(self):
        n = self.varint()
        return (n >> 1) ^ -(n & 1)

    def value(self, wire):
        if wire in (TRUE, FALSE):  # inside a list: one byte
            return self.byte() == TRUE
        if wire == BYTE:
            return struct.unpack("b", bytes([self.byte()]))[0]
        if wire in (I16, I32, I64):
            return self.zigzag()
        if wire == DOUBLE:
            self.pos += 8
            return struct.unpack("<d", self.data[self.pos - 8:self.pos])[0]
        if wire == BINARY:
            n = self.varint()
            self.pos += n
            return bytes(self.data[self.pos - n:self.pos])
        if wire in (LIST, SET):
            head = self.byte()
            size, elem = head >> 4, head & 0x0F
            if size == 15:
                size = self.varint()
            return (elem, [self.value(elem) for _ in range(size)])
        if wire == MAP:
            size = self.varint()
            if size == 0:
                return (0, 0, [])
            types = self.byte()
            k, v = types >> 4, types & 0x0F
            return (k, v, [(self.value(k), self.value(v)) for _ in range(size)])
        if wire == STRUCT:
            return self.struct()
        raise ValueError(f"unknown Thrift wire type {wire}")

    def struct(self):
        fields, last = [], 0
        while True:
            head = self.byte()
            wire = head & 0x0F
            if wire == STOP:
                return fields
            delta = head >> 4
            fid = last + delta if delta else self.zigzag()
            last = fid
            if wire in (TRUE, FALSE):
                fields.append([fid, wire, wire == TRUE])
            else:
                fields.append([fid, wire, self.value(wire)])


def _varint(n):
    out = bytearray()
    while True:
        if n < 0x80:
            out.append(n)
            return bytes(out)
        out.append((n & 0x7F) | 0x80)
        n >>= 7


def _zigzag(n):
    return _varint((n << 1) ^ (n >> 63))


def _value(wire, v):
    if wire in (TRUE, FALSE):
        return bytes([TRUE if v else FALSE])
    if wire == BYTE:
        return struct.pack("b", v)
    if wire in (I16, I32, I64):
        return _zigzag(v)
    if wire == DOUBLE:
        return struct.pack("<d", v)
    if wire == BINARY:
        return _varint(len(v)) + v
    if wire in (LIST, SET):
        elem, items = v
        head = bytes([(len(items) << 4) | elem]) if len(items) < 15 else bytes([0xF0 | elem]) + _varint(len(items))
        return head + b"".join(_value(elem, x) for x in items)
    if wire == MAP:
        k, t, items = v
        if not items:
            return b"\x00"
        return _varint(len(items)) + bytes([(k << 4) | t]) + b"".join(_value(k, a) + _value(t, b) for a, b in items)
    if wire == STRUCT:
        return serialize(v)
    raise ValueError(f"unknown Thrift wire type {wire}")


def serialize(fields):
    """The compact-protocol bytes of a struct given as [[field id, wire type, value], ...]."""
    out, last = bytearray(), 0
    for fid, wire, v in fields:
        if wire in (TRUE, FALSE):
            wire = TRUE if v else FALSE
        delta = fid - last
        out += bytes([(delta << 4) | wire]) if 0 < delta <= 15 else bytes([wire]) + _zigzag(fid)
        last = fid
        if wire not in (TRUE, FALSE):
            out += _value(wire, v)
    out.append(STOP)
    return bytes(out)


def get(fields, fid, default=None):
    for f in fields:
        if f[0] == fid:
            return f[2]
    return default


def put(fields, fid, value):
    for f in fields:
        if f[0] == fid:
            f[2] = value
            return
    raise KeyError(fid)


def read_footer(data):
    """(FileMetaData fields, offset where the footer starts) of a whole file's bytes."""
    if data[:4] != b"PAR1" or data[-4:] != b"PAR1":
        raise ValueError("not a Parquet file (magic)")
    length = struct.unpack("<I", data[-8:-4])[0]
    start = len(data) - 8 - length
    return Reader(data, start).struct(), start


def column_chunks(meta):
    """(row group index, column index, ColumnMetaData fields) of every column chunk."""
    for g, group in enumerate(get(meta, 4)[1]):
        for c, chunk in enumerate(get(group, 1)[1]):
            yield g, c, get(chunk, 3)


def chunk_pages(data, cmd):
    """The pages of one column chunk: dicts with offset, header_size, header fields, type name,
    encoding name, compressed and uncompressed sizes."""
    start = get(cmd, 11) or get(cmd, 9)
    end = start + get(cmd, 7)
    pos, pages = start, []
    while pos < end:
        r = Reader(data, pos)
        header = r.struct()
        kind = get(header, 1)
        sub = get(header, {0: 5, 2: 7, 3: 8}.get(kind, 6)) or []
        encoding = get(sub, 4 if kind == 3 else 2)
        size = get(header, 3)
        pages.append({"offset": pos, "header_size": r.pos - pos, "header": header, "type": PAGE_TYPES.get(kind, kind),
                      "encoding": ENCODINGS.get(encoding, encoding), "compressed": size, "uncompressed": get(header, 2),
                      "num_values": get(sub, 1)})
        pos = r.pos + size
    return pages


def codec_names(path):
    """{column path: exact codec name} over the file's column chunks (first row group's codec per column)."""
    with open(path, "rb") as f:
        data = f.read()
    meta, _ = read_footer(data)
    names = {}
    for _, _, cmd in column_chunks(meta):
        names.setdefault(".".join(p.decode() for p in get(cmd, 3)[1]), CODECS.get(get(cmd, 4)))
    return names


def reframe_lz4_raw_as_hadoop(data):
    """A copy of a file whose column chunks are all LZ4_RAW with v1 data pages, in which every
    page's payload is framed as Hadoop's Lz4Codec does (big-endian uncompressed size, big-endian
    compressed size, then the raw LZ4 block) and the codec says LZ4; offsets and sizes follow."""
    meta, footer_start = read_footer(data)
    out = bytearray(b"PAR1")
    for group in get(meta, 4)[1]:
        group_start, group_compressed = None, 0
        for chunk in get(group, 1)[1]:
            cmd = get(chunk, 3)
            if get(cmd, 4) != 7:
                raise ValueError("expected LZ4_RAW column chunks")
            chunk_start = len(out)
            first_data = None
            for page in chunk_pages(data, cmd):
                if page["type"] == "DATA_PAGE_V2":
                    raise ValueError("v2 data pages keep levels outside the compressed block; use v1")
                body_at = page["offset"] + page["header_size"]
                body = data[body_at:body_at + page["compressed"]]
                framed = struct.pack(">II", page["uncompressed"], len(body)) + body
                header = page["header"]
                put(header, 3, len(framed))
                if page["type"] == "DATA_PAGE" and first_data is None:
                    first_data = len(out)
                out += serialize(header) + framed
            put(cmd, 4, 5)
            put(cmd, 7, len(out) - chunk_start)
            put(cmd, 9, first_data)
            if get(cmd, 11) is not None:
                put(cmd, 11, chunk_start)
            if get(chunk, 2) is not None:
                put(chunk, 2, chunk_start)
            # page indexes (chunk fields 4-7) and bloom filters (metadata fields 14-15) are not carried over
            if any(get(chunk, fid) is not None for fid in (4, 5, 6, 7)) or get(cmd, 14) is not None:
                raise ValueError("page indexes or bloom filters are not supported here")
            group_start = chunk_start if group_start is None else group_start
            group_compressed += len(out) - chunk_start
        if get(group, 5) is not None:
            put(group, 5, group_start)
        if get(group, 6) is not None:
            put(group, 6, group_compressed)
    footer = serialize(meta)
    out += footer + struct.pack("<I", len(footer)) + b"PAR1"
    return bytes(out)
