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
  /// The filter whose rows alone are wanted, as text: row groups whose statistics (and files whose
  /// partition values) rule it out are not read. The rows read are filtered by the caller.
  var filter: String?
  /// The zone form zone-aware timestamps (UTC-adjusted ones) are shown in, when one is asked for.
  var displayZone: TimeZoneForm?

  /// `bounds` of the column `plan` reads, with the offset its zone-aware timestamps are shown at.
  private func shown(_ bounds: ColumnBounds?, _ plan: ColumnPlan) -> ColumnBounds? {
    guard var bounds, let zone = displayZone, case .timestamp(_, let own) = plan.emptyChunk.values,
      own.isAware
    else { return bounds }
    bounds.shownOffset = zone.seconds
    return bounds
  }

  /// Whether row group `group` of `part` may hold a row `expression` keeps.
  private func mayHold(_ expression: FilterExpression, part: ParquetPart, group: Int) -> Bool {
    let width = part.reader.plans.count
    let rows = part.reader.rowGroupRows[group]
    return expression.mayHold { column in
      guard column >= width else {
        return shown(part.reader.bounds(group: group, column: column), part.reader.plans[column])
      }
      switch part.partitions[column - width] {
      case .null: return ColumnBounds(minimum: nil, maximum: nil, nulls: rows, rows: rows)
      case .int(let x):
        return ColumnBounds(minimum: .number(Double(x)), maximum: .number(Double(x)), nulls: 0, rows: rows)
      case .string(let s):
        return ColumnBounds(
          minimum: .text(Array(s.utf8)), maximum: .text(Array(s.utf8)), nulls: 0, rows: rows)
      default: return nil
      }
    }
  }

  /// Reads everything on the calling thread, reporting to `control`.
  func run(control: LoadControl) throws -> Table {
    let parts = self.parts
    guard let first = parts.first else { throw AssayError(message: "\(name): no Parquet files") }
    var columns =
      (first.reader.emptyTable(name: name).columns
      + partitionColumns.map { Column(name: $0.name, type: $0.type, chunks: []) }).map {
        $0.shown(in: displayZone)
      }
    let types = first.reader.plans.map { ($0.name, $0.type) } + partitionColumns.map { ($0.name, $0.type) }
    let expression = filter.flatMap { try? FilterExpression.parse($0, columns: types) }
    let pieces = parts.indices.flatMap { p in
      parts[p].reader.rowGroupRows.indices.map { (part: p, group: $0) }
    }.filter { piece in expression.map { mayHold($0, part: parts[piece.part], group: piece.group) } ?? true }
    let sizes = parts.map(\.reader.rowGroupBytes)
    let totalBytes = sizes.joined().reduce(0, +)
    var next = 0
    var bytesRead = 0
    var rows = 0
    control.send(
      Table(name: name, columns: columns),
      LoadProgress(bytesRead: 0, totalBytes: totalBytes, rows: 0, finished: pieces.isEmpty))
    // Every column chunk of every row group is one piece of work, taken in order by as many
    // threads as there are cores; the rows are added in order as their row group completes.
    let tasks = pieces.flatMap { piece in parts[piece.part].reader.plans.indices.map { (piece, $0) } }
    let results = ResultSlots<ColumnChunk>(count: tasks.count)
    Thread.detachNewThread {
      DispatchQueue.concurrentPerform(iterations: tasks.count) { t in
        let (piece, column) = tasks[t]
        let reader = parts[piece.part].reader
        guard !control.isCancelled else { return results.set(t, .failure(CancellationError())) }
        results.set(t, Result { try reader.chunk(group: piece.group, plan: reader.plans[column]) })
      }
    }
    var done = 0
    for piece in pieces {
      let part = parts[piece.part]
      let width = part.reader.plans.count
      let chunks: [ColumnChunk]
      do {
        chunks = try results.values(done..<(done + width))
      } catch let failure as ParquetFailure {
        throw failure.error(in: name)
      }
      done += width
      let groupRows = part.reader.rowGroupRows[piece.group]
      for (c, chunk) in chunks.enumerated() { columns[c].append([chunk.shown(ifAwareIn: displayZone)]) }
      for (k, value) in part.partitions.enumerated() {
        columns[width + k].append([
          ColumnChunk.make(type: partitionColumns[k].type, values: Array(repeating: value, count: groupRows))
        ])
      }
      bytesRead += sizes[piece.part][piece.group]
      rows += groupRows
      next += 1
      if next == pieces.count || control.snapshotDue() {
        control.send(
          Table(name: name, columns: columns),
          LoadProgress(
            bytesRead: bytesRead, totalBytes: totalBytes, rows: rows, finished: next == pieces.count))
      }
      if control.isCancelled { throw CancellationError() }
    }
    return Table(name: name, columns: columns)
  }
}
