import AssayCore

/// A sheet to write to a file, as the run loop does it (atomically).
public struct ExportRequest: Equatable, Sendable {
  /// The rows and columns to write.
  public var table: Table
  /// Where to write.
  public var path: String
  /// How to write.
  public var format: TableFormat

  /// A request.
  public init(table: Table, path: String, format: TableFormat) {
    self.table = table
    self.path = path
    self.format = format
  }

  /// The format a file name's extension names (`.csv`, `.tsv`, `.json`, `.jsonl`), if any.
  public static func format(forPath path: String) -> TableFormat? {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    return TableFormat(rawValue: path[path.index(after: dot)...].lowercased())
  }

  /// Writes the table; returns the status line's report.
  public func perform() throws -> String {
    try AtomicFile.write(to: path) { write in try TableWriter.write(table, format: format, to: write) }
    return "wrote \(NumberFormatting.grouped(table.rowCount)) rows to \(path)"
  }
}
