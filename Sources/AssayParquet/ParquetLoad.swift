import AssayCSV
import AssayCore
import Foundation

/// One file of a load, with the values its path gives the partition columns (`year=2024/`).
struct ParquetPart: Sendable {
  /// The file's reader.
  let reader: ParquetReader
  /// One value per partition column.
  let partitions: [Value]
}

/// Reads the row groups of one file or of a dataset's files into one table: several row groups at
/// once, a snapshot after each batch, the partition columns filled from each file's path.
struct ParquetLoad {
  /// The table's name.
  let name: String
  /// The files, in order; every one has the first one's columns.
  let parts: [ParquetPart]
  /// The partition columns, after the files' own.
  let partitionColumns: [(name: String, type: ColumnType)]

  /// Reads everything on the calling thread, reporting to `control`.
  func run(control: LoadControl) throws -> Table {
    guard let first = parts.first else { throw AssayError(message: "\(name): no Parquet files") }
    var columns =
      first.reader.emptyTable(name: name).columns
      + partitionColumns.map { Column(name: $0.name, type: $0.type, chunks: []) }
    let pieces = parts.indices.flatMap { p in
      parts[p].reader.rowGroupRows.indices.map { (part: p, group: $0) }
    }
    let sizes = parts.map(\.reader.rowGroupBytes)
    let totalBytes = sizes.joined().reduce(0, +)
    let batch = max(1, ProcessInfo.processInfo.activeProcessorCount)
    var next = 0
    var bytesRead = 0
    var rows = 0
    control.send(
      Table(name: name, columns: columns),
      LoadProgress(bytesRead: 0, totalBytes: totalBytes, rows: 0, finished: pieces.isEmpty))
    while next < pieces.count {
      // The first batch is one row group, so the first rows show at once.
      let end = min(pieces.count, next == 0 ? 1 : next + batch)
      let slice = pieces[next..<end]
      let decoded: [[ColumnChunk]]
      do {
        decoded = try ParquetReader.read(slice.map { (parts[$0.part].reader, $0.group) }) {
          control.isCancelled
        }
      } catch let failure as ParquetFailure {
        throw failure.error(in: name)
      }
      for (piece, chunks) in zip(slice, decoded) {
        let part = parts[piece.part]
        let groupRows = part.reader.rowGroupRows[piece.group]
        for (c, chunk) in chunks.enumerated() { columns[c].append([chunk]) }
        for (k, value) in part.partitions.enumerated() {
          let column = chunks.count + k
          columns[column].append([
            ColumnChunk.make(
              type: partitionColumns[k].type, values: Array(repeating: value, count: groupRows))
          ])
        }
        bytesRead += sizes[piece.part][piece.group]
        rows += groupRows
      }
      next = end
      control.send(
        Table(name: name, columns: columns),
        LoadProgress(bytesRead: bytesRead, totalBytes: totalBytes, rows: rows, finished: next == pieces.count)
      )
      if control.isCancelled { throw CancellationError() }
    }
    return Table(name: name, columns: columns)
  }
}
