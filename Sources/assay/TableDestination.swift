import AssayCore
import AssayParquet
import AssayUI
import Foundation

/// Where a command writes the table it makes: a file whose extension chooses the format
/// (`-o out.parquet`), or CSV on standard output (no `-o`, or `-o -`), its control characters shown
/// as symbols when standard output is a terminal.
struct TableDestination {
  /// The file and its format; nil for standard output.
  let file: (path: String, format: ExportFormat)?
  /// The compression of a Parquet file's pages.
  let compression: ParquetWriter.Compression

  /// The destination `-o` names, checked before any work is done: an extension that names no format,
  /// or a place no file can be written (a missing or read-only folder), is an `AssayError`.
  init(path: String?, compression: ParquetWriter.Compression = .snappy) throws {
    self.compression = compression
    guard let path, path != "-" else {
      file = nil
      return
    }
    guard let format = ExportRequest.format(forPath: path) else {
      throw AssayError(message: "\(path): name the file \(ExportRequest.extensions) to choose the format")
    }
    try AtomicFile.checkWritable(path)
    file = (path, format)
  }

  /// A sink of text for standard output, its control characters shown as symbols on a terminal.
  static func standardOutput() -> (String) throws -> Void {
    let onTerminal = isatty(STDOUT_FILENO) == 1
    return { text in try StandardOutput.write(onTerminal ? SafeText.visibleKeepingLayout(text) : text) }
  }

  /// True when the table goes to standard output.
  var isStandardOutput: Bool { file == nil }

  /// Writes `table` to the destination (a file atomically), telling on standard error what JSON
  /// wrote as null.
  func write(_ table: Table) throws {
    guard let file else { return try TableWriter.write(table, format: .csv, to: Self.standardOutput()) }
    try Self.perform(
      ExportRequest(table: table, path: file.path, format: file.format, compression: compression))
  }

  /// Writes `request`'s file, telling its note (`ExportRequest.write`) on standard error.
  static func perform(_ request: ExportRequest) throws {
    if let note = try request.write() { LoadedSource.print(["\(request.path): \(note)"]) }
  }
}
