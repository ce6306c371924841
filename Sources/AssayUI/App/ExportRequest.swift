import AssayCore
import AssayParquet

/// The formats a sheet can be written in: the text ones, and Parquet (snappy-compressed).
public enum ExportFormat: String, Sendable, Equatable, CaseIterable {
  case csv, tsv, json, jsonl, parquet

  /// The text format, for all but Parquet.
  var text: TableFormat? { TableFormat(rawValue: rawValue) }
}

/// A sheet to write to a file, as the run loop does it (atomically).
public struct ExportRequest: Equatable, Sendable {
  /// The rows and columns to write.
  public var table: Table
  /// Where to write.
  public var path: String
  /// How to write.
  public var format: ExportFormat
  /// The compression of a Parquet file's pages.
  public var compression: ParquetWriter.Compression

  /// A request.
  public init(
    table: Table, path: String, format: ExportFormat, compression: ParquetWriter.Compression = .snappy
  ) {
    self.table = table
    self.path = path
    self.format = format
    self.compression = compression
  }

  /// The format a file name's extension names (`.csv`, `.tsv`, `.json`, `.jsonl`, `.parquet`), if any.
  public static func format(forPath path: String) -> ExportFormat? {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    return ExportFormat(rawValue: path[path.index(after: dot)...].lowercased())
  }

  /// What to name a file for people: the extensions that choose a format.
  public static let extensions = ".csv, .tsv, .json, .jsonl or .parquet"

  /// Writes the table; returns the status line's report (with `write`'s note).
  public func perform() throws -> String {
    let note = try write()
    return "wrote \(NumberFormatting.grouped(table.rowCount)) rows to \(path)"
      + (note.map { "; " + $0 } ?? "")
  }

  /// Writes the table; returns what people should know of the file beyond its rows: infinite
  /// numbers that JSON wrote as null (`TableWriter.infinityNote`), or nil.
  public func write() throws -> String? {
    if let text = format.text {
      try AtomicFile.write(to: path) { write in try TableWriter.write(table, format: text, to: write) }
    } else {
      try AtomicFile.writeBytes(to: path) { write in
        try ParquetWriter(compression: compression).write(table, to: write)
      }
    }
    guard format == .json || format == .jsonl else { return nil }
    return TableWriter.infinityNote(count: TableWriter.infiniteNumbers(in: table))
  }
}
