import AssayCore
import Foundation

/// One worksheet of a workbook as a table source. Loading reads the workbook's shared strings and
/// styles, then the sheet's XML, showing the rows read so far as it goes.
public struct SheetSource: TableSource {
  /// The workbook.
  public let workbook: Workbook
  let sheet: WorkbookIndex.Sheet
  let options: SourceOptions

  /// `book.xlsx?sheet=Sales`, the locator that opens it again.
  public var displayName: String { "\(workbook.name)?sheet=\(sheet.name)" }

  /// Loads on a thread of its own; cancelling the consuming task stops the read at the next row.
  public func load() -> AsyncThrowingStream<LoadUpdate, Error> {
    AsyncThrowingStream(bufferingPolicy: .bufferingNewest(1)) { continuation in
      let monitor = WorkMonitor()
      continuation.onTermination = { _ in monitor.stop() }
      let source = self
      Thread.detachNewThread {
        do {
          _ = try source.read(monitor: monitor) { continuation.yield($0) }
          continuation.finish()
        } catch is CancellationError {
          continuation.finish()
        } catch {
          continuation.finish(throwing: error)
        }
      }
    }
  }

  /// Reads the sheet on the calling thread, handing `deliver` a snapshot about every 100 ms (the
  /// rows so far, rebuilt when they have doubled) and the finished table last; stops with
  /// `CancellationError` once `monitor` is stopped.
  public func read(monitor: WorkMonitor = WorkMonitor(), deliver: (LoadUpdate) -> Void = { _ in }) throws
    -> Table
  {
    guard let part = sheet.part else {
      throw AssayError(message: "\(workbook.name): the sheet '\(SafeText.visible(sheet.name))' has no part")
    }
    let archive = try workbook.archive()
    let reader = SheetReader(context: try workbook.context(archive))
    let cursor = try XMLCursor(try archive.read(part), part: "\(workbook.name): \(part)")
    let shape = SheetTable(
      name: displayName, header: options.header, columns: options.columns, cellLimit: workbook.limits.cells)
    let clock = ContinuousClock()
    var (shown, shownValues, lastUpdate) = (Table(name: displayName, columns: []), 0, clock.now)
    let cells = try reader.read(cursor) { cells, bytesRead in
      try monitor.checkStopped()
      guard clock.now - lastUpdate >= .milliseconds(100) else { return }
      if cells.count >= 2 * max(shownValues, 1_000) {
        (shown, shownValues) = (try shape.table(cells), cells.count)
      }
      lastUpdate = clock.now
      let progress = LoadProgress(
        bytesRead: bytesRead, totalBytes: cursor.totalBytes, rows: shown.rowCount, finished: false)
      deliver(LoadUpdate(table: shown, progress: progress))
    }
    let table = try shape.table(cells)
    deliver(
      LoadUpdate(
        table: table,
        progress: LoadProgress(
          bytesRead: cursor.totalBytes, totalBytes: cursor.totalBytes, rows: table.rowCount, finished: true)))
    return table
  }
}
