/// A Parquet file's footer, read and checked: the magic at both ends, the metadata, its schema as
/// a tree, and every column chunk's byte range inside the file.
struct ParquetFooter: Sendable {
  /// The decoded metadata.
  let metadata: FileMetadata
  /// The schema tree.
  let schema: ParquetSchema

  /// The footer of the file `bytes` holds.
  init(_ bytes: any ParquetBytes) throws {
    let size = bytes.size
    guard size >= 12 else {
      throw ParquetFailure.damaged(
        size == 0 ? "the file is empty" : "the file is \(size) bytes, too short for Parquet")
    }
    let magic = Array("PAR1".utf8)
    let head = try bytes.withBytes(offset: 0, count: 4) { Array($0) }
    guard head == magic else { throw ParquetFailure.damaged("it does not start with PAR1") }
    let tail = try bytes.withBytes(offset: size - 8, count: 8) { Array($0) }
    guard Array(tail[4...]) == magic else {
      throw ParquetFailure.damaged("it does not end with PAR1 (the file may be cut short)")
    }
    let length = tail[0..<4].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
    guard length > 0, length <= size - 12 else {
      throw ParquetFailure.damaged("its footer length (\(length) bytes) does not fit the file")
    }
    metadata = try bytes.withBytes(offset: size - 8 - length, count: length) { raw in
      var reader = ThriftCompactReader(raw)
      return try FileMetadata.read(&reader)
    }
    schema = try ParquetSchema(metadata.schema)
    for group in metadata.rowGroups {
      guard group.columns.count == schema.leaves.count else {
        throw ParquetFailure.damaged(
          "a row group has \(group.columns.count) columns for \(schema.leaves.count) in the schema")
      }
      guard group.rowCount >= 0, group.rowCount <= Int64(Int32.max) else {
        throw ParquetFailure.unsupported(
          "a row group of \(group.rowCount) rows is more than Assay reads at once")
      }
      // Runs of repeated values let a few bytes stand for many rows, but not for billions: a
      // bound on what a damaged footer can make the reader allocate.
      guard group.rowCount <= Int64(max(1 << 24, 64 * size)) else {
        throw ParquetFailure.damaged("a row group claims \(group.rowCount) rows in a file of \(size) bytes")
      }
      for chunk in group.columns where group.rowCount > 0 {
        guard chunk.filePath == nil else {
          throw ParquetFailure.unsupported("its columns are kept in other files, which Assay does not follow")
        }
        guard chunk.valueCount <= Int64(max(1 << 24, 64 * size)) else {
          throw ParquetFailure.damaged(
            "a column chunk claims \(chunk.valueCount) values in a file of \(size) bytes")
        }
        let start = chunk.start
        guard start >= 4, chunk.compressedSize >= 0, start + chunk.compressedSize <= Int64(size - 8 - length)
        else {
          throw ParquetFailure.damaged("a column chunk lies outside the file's data")
        }
      }
    }
  }
}
