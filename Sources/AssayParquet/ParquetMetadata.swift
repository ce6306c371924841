/// The parts of a Parquet file's footer (`FileMetaData` in parquet.thrift) that reading uses.
struct FileMetadata: Sendable {
  /// The schema, flattened depth first as the footer stores it.
  var schema: [SchemaElement] = []
  /// Rows in the file.
  var rowCount: Int64 = 0
  /// The row groups, in order.
  var rowGroups: [RowGroup] = []
  /// The writer, as it names itself (`parquet-cpp-arrow version 26.0.1`).
  var createdBy: String?
}

/// One node of the schema: a group (with children) or a leaf column.
struct SchemaElement: Sendable {
  /// The physical type of a leaf; nil for a group.
  var physical: PhysicalType?
  /// Bytes per value of a FIXED_LEN_BYTE_ARRAY leaf.
  var typeLength: Int32 = 0
  /// REQUIRED (0), OPTIONAL (1) or REPEATED (2); nil for the root.
  var repetition: Repetition?
  /// The field's name.
  var name: String = ""
  /// How many children a group has (0 for a leaf).
  var childCount: Int = 0
  /// The older annotation (`ConvertedType`), as its number.
  var converted: Int32?
  /// A decimal's scale and precision (from either annotation).
  var scale: Int32 = 0
  var precision: Int32 = 0
  /// The newer annotation.
  var logical: LogicalType?
}

/// Parquet's physical types.
enum PhysicalType: Int32, Sendable {
  case boolean = 0, int32 = 1, int64 = 2, int96 = 3, float = 4, double = 5, byteArray = 6
  case fixedLenByteArray = 7
}

/// Whether a field must hold a value, may be null, or repeats.
enum Repetition: Int32, Sendable {
  case required = 0, optional = 1, repeated = 2
}

/// A time unit of the TIME and TIMESTAMP annotations.
enum TimeUnit: Sendable, Equatable {
  case millis, micros, nanos
}

/// The `LogicalType` annotation, for the cases that change how values read.
enum LogicalType: Sendable, Equatable {
  case string, map, list, enumeration, json, bson, uuid, float16, date, unknown
  case decimal(scale: Int32, precision: Int32)
  case time(utc: Bool, unit: TimeUnit)
  case timestamp(utc: Bool, unit: TimeUnit)
  case integer(bits: Int8, signed: Bool)
  /// A newer annotation this reader does not know; the physical type decides.
  case other
}

/// One row group: its rows and a chunk per leaf column.
struct RowGroup: Sendable {
  /// The column chunks, in leaf order.
  var columns: [ColumnChunkMetadata] = []
  /// Rows in the group.
  var rowCount: Int64 = 0
}

/// Where one leaf column's pages of a row group are and how they are written.
struct ColumnChunkMetadata: Sendable {
  /// A chunk kept in another file (`file_path`); Assay reads single files only.
  var filePath: String?
  /// The physical type, again.
  var physical: PhysicalType?
  /// The compression of every page.
  var codec: CompressionCodec = .uncompressed
  /// Values (with nulls and repetitions) in the chunk.
  var valueCount: Int64 = 0
  /// Bytes of the chunk's pages as stored, and decompressed.
  var compressedSize: Int64 = 0
  var uncompressedSize: Int64 = 0
  /// The first data page, and the dictionary page before it when there is one.
  var dataPageOffset: Int64 = 0
  var dictionaryPageOffset: Int64?
  /// The chunk's statistics, when written.
  var statistics: ChunkStatistics?
  /// Whether every data page is dictionary-encoded, when the chunk's page encoding counts say;
  /// nil when they were not written.
  var dictionaryPagesOnly: Bool?

  /// The first byte of the chunk: its dictionary page when it has one, else its first data page.
  /// Some writers set a dictionary offset of 0 for none, which is never past the data page.
  var start: Int64 {
    if let dictionaryPageOffset, dictionaryPageOffset > 0, dictionaryPageOffset < dataPageOffset {
      return dictionaryPageOffset
    }
    return dataPageOffset
  }
}

/// A column chunk's statistics: plain-encoded bounds and the null count, each when written.
struct ChunkStatistics: Sendable {
  /// Bounds under the column's sort order (`min_value`/`max_value`).
  var minimum: [UInt8]?
  var maximum: [UInt8]?
  /// The deprecated signed bounds (`min`/`max`), only trusted for types whose order they match.
  var legacyMinimum: [UInt8]?
  var legacyMaximum: [UInt8]?
  /// Null values in the chunk.
  var nullCount: Int64?
}

/// How pages are compressed.
enum CompressionCodec: Int32, Sendable {
  case uncompressed = 0, snappy = 1, gzip = 2, lzo = 3, brotli = 4, lz4 = 5, zstd = 6, lz4Raw = 7
}

/// How values are written in a page.
enum Encoding: Int32, Sendable {
  case plain = 0, plainDictionary = 2, rle = 3, bitPacked = 4, deltaBinaryPacked = 5
  case deltaLengthByteArray = 6, deltaByteArray = 7, rleDictionary = 8, byteStreamSplit = 9
}

/// A page's header.
struct PageHeader: Sendable {
  /// DATA_PAGE (0), INDEX_PAGE (1), DICTIONARY_PAGE (2) or DATA_PAGE_V2 (3).
  var type: Int32 = -1
  var uncompressedSize: Int = 0
  var compressedSize: Int = 0
  /// Values in the page (with nulls and repetitions).
  var valueCount: Int = 0
  /// The values' encoding.
  var encoding: Encoding = .plain
  /// A version 2 page's level byte lengths (stored uncompressed) and whether its values are compressed.
  var repetitionLevelBytes: Int = 0
  var definitionLevelBytes: Int = 0
  var valuesCompressed = true
}
