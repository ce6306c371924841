import AssayCSV
import AssayCore
import Foundation

/// A Parquet file as a table source: the footer is read when it opens (a damaged file is refused
/// then), the row groups when it loads, several at once, with a snapshot after each batch.
public struct ParquetSource: TableSource {
  /// The locator as given.
  public let displayName: String
  let reader: ParquetReader

  /// Opens `bytes` (named `name`) and reads its footer, to load the fields `columns` names (nil:
  /// every field).
  public init(name: String, bytes: any ParquetBytes, columns: [String]?) throws {
    displayName = name
    do {
      let footer = try ParquetFooter(bytes)
      reader = try ParquetReader(bytes: bytes, footer: footer, columns: columns, name: name)
    } catch let failure as ParquetFailure {
      throw failure.error(in: name)
    }
  }

  /// Opens the local file at `path`.
  public init(path: String, name: String, columns: [String]?) throws {
    try InputChecks.checkFile(path: path, name: name)
    try self.init(
      name: name, bytes: MappedBytes(file: try MappedFile(path: path, name: name)), columns: columns)
  }

  /// Loads every row group on the calling thread, without snapshots.
  public func loadNow() throws -> Table { try run(control: LoadControl()) }

  /// Loads on a background thread, yielding a snapshot after each batch of row groups; cancelling
  /// the consuming task stops the load after the chunks being decoded.
  public func load() -> AsyncThrowingStream<LoadUpdate, Error> {
    AsyncThrowingStream(bufferingPolicy: .bufferingNewest(1)) { continuation in
      let control = LoadControl(interval: .zero) { table, progress in
        continuation.yield(LoadUpdate(table: table, progress: progress))
      }
      continuation.onTermination = { _ in control.cancel() }
      let source = self
      Thread.detachNewThread {
        do {
          _ = try source.run(control: control)
          continuation.finish()
        } catch is CancellationError {
          continuation.finish()
        } catch {
          continuation.finish(throwing: error)
        }
      }
    }
  }

  /// Reads every row group on the calling thread, reporting to `control`.
  func run(control: LoadControl) throws -> Table {
    var table = reader.emptyTable(name: displayName)
    let groups = reader.rowGroupRows
    let chunkBytes = reader.footer.metadata.rowGroups.map { group in
      reader.plans.reduce(0) { sum, plan in
        plan.field.leaves.reduce(sum) { $0 + Int(group.columns[$1].compressedSize) }
      }
    }
    let totalBytes = chunkBytes.reduce(0, +)
    let batch = max(1, ProcessInfo.processInfo.activeProcessorCount)
    var next = 0
    var bytesRead = 0
    var rows = 0
    var columns = table.columns
    control.send(table, LoadProgress(bytesRead: 0, totalBytes: totalBytes, rows: 0, finished: groups.isEmpty))
    while next < groups.count {
      // The first batch is one row group, so the first rows show at once.
      let end = min(groups.count, next == 0 ? 1 : next + batch)
      let decoded: [[ColumnChunk]]
      do {
        decoded = try reader.read(groups: next..<end) { control.isCancelled }
      } catch let failure as ParquetFailure {
        throw failure.error(in: displayName)
      }
      for chunks in decoded {
        for (c, chunk) in chunks.enumerated() { columns[c].append([chunk]) }
      }
      bytesRead += chunkBytes[next..<end].reduce(0, +)
      rows += groups[next..<end].reduce(0, +)
      next = end
      table = Table(name: displayName, columns: columns)
      control.send(
        table,
        LoadProgress(bytesRead: bytesRead, totalBytes: totalBytes, rows: rows, finished: next == groups.count)
      )
      if control.isCancelled { throw CancellationError() }
    }
    return table
  }
}
