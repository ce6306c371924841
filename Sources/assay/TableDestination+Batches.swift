import AssayCore
import AssayUI
import Foundation

extension TableDestination {
  /// The text format when rows can be written as they come, a batch at a time: CSV on standard
  /// output, or a .csv, .tsv or .jsonl file; nil for JSON (one array) and Parquet, written whole.
  var streamedFormat: TableFormat? {
    guard let file else { return .csv }
    return [.csv, .tsv, .jsonl].contains(file.format) ? TableFormat(rawValue: file.format.rawValue) : nil
  }

  /// Writes the header of `empty` (the columns, no rows), then every batch `produce` hands over, as
  /// the rows of one table: on standard output as they come, to a file atomically once the last is
  /// written. Only for a destination with a `streamedFormat`.
  func writeBatches<Result>(
    of empty: Table, _ produce: ((Table) throws -> Void) throws -> Result
  ) throws -> Result {
    let format = streamedFormat ?? .csv
    var infinities = 0
    func emit(to sink: (String) throws -> Void) throws -> Result {
      try TableWriter.write(empty, format: format, to: sink)
      return try withoutActuallyEscaping(sink) { sink in
        try produce { batch in
          try TableWriter.write(batch, format: format, header: false, to: sink)
          if format == .jsonl { infinities += TableWriter.infiniteNumbers(in: batch) }
        }
      }
    }
    guard let file else { return try emit(to: Self.standardOutput()) }
    var result: Result?
    try AtomicFile.write(to: file.path) { sink in result = try emit(to: sink) }
    if let note = TableWriter.infinityNote(count: infinities) {
      LoadedSource.print(["\(file.path): \(note)"])
    }
    return result!
  }
}
