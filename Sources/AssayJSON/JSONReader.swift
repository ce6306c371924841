import AssayCSV
import AssayCore

/// Synchronous loading of JSON and JSON Lines into a table, for tools and tests.
///
/// How text is read (the same for `JSONSource.load()`):
/// - JSON Lines: one object per line; blank lines are skipped. A document: an array of objects,
///   an object whose members are all arrays (each a column, each element a row), or one object
///   (one row); a `.json` file whose first object is followed by more is read as lines.
/// - Nested objects are flattened: `{"user": {"city": "Oslo"}}` is the column `user.city`. Arrays
///   are cells holding their compact JSON text (`[1,2,"a"]`). A key missing from a row is null.
///   Columns are in the order their names first appear. A key repeated in one object keeps its
///   first value.
/// - Types per column, as the CSV reader's: int (Int64), double, bool, date and timestamp (strings
///   in ISO 8601 that name real days and times), else string; int and double meet in double, a
///   date and a timestamp in timestamp, other mixes in string, where numbers and booleans are
///   their JSON text (`12`, `1.5`, `true`). A number no Int64 or double keeps (an integer beyond
///   Int64, more than 15 significant digits a double writes back otherwise, a magnitude beyond a
///   double's range) is its exact text, and its column text.
/// - Strings are decoded (`\u00e9`, surrogate pairs); a lone surrogate becomes U+FFFD; `\u0000`
///   is refused, as are invalid UTF-8 and control characters inside strings.
/// - Errors name the line and column; objects and arrays may nest 512 deep.
public enum JSONReader {
  /// Reads the file at `path` (plain or gzipped) in the format its name says (else JSON Lines);
  /// errors are `AssayError`s naming `path`.
  public static func read(path: String, options: SourceOptions = SourceOptions()) throws -> Table {
    let format = JSONFormat(name: path) ?? .lines
    return try JSONSource(locator: path, format: format, options: options).run(control: LoadControl())
  }

  /// Reads JSON text held in memory; `name` names the table and the source in errors. The chunk
  /// size and parallelism can be chosen, so tests and fuzz targets can split an input into many
  /// chunks and compare the parallel and sequential paths.
  public static func read(
    bytes: [UInt8], name: String, format: JSONFormat, options: SourceOptions = SourceOptions(),
    chunkSize: Int = 4 << 20, parallel: Bool = true
  ) throws -> Table {
    let storage = bytes.isEmpty ? [0] : bytes
    return try storage.withUnsafeBufferPointer { buffer in
      try load(
        base: buffer.baseAddress.unsafelyUnwrapped, count: bytes.count, name: name, format: format,
        options: options, chunkSize: chunkSize, parallel: parallel, control: LoadControl(),
        release: { _, _ in })
    }
  }

  /// Loads `count` bytes at `base` (a whole input in memory).
  static func load(
    base: UnsafePointer<UInt8>, count: Int, name: String, format: JSONFormat, options: SourceOptions,
    chunkSize: Int, parallel: Bool, control: LoadControl, release: @escaping @Sendable (Int, Int) -> Void
  ) throws -> Table {
    let start = InputChecks.byteOrderMarkLength(base, count)
    let settings = LoadSettings(
      name: name, columns: options.columns, chunkSize: max(1, chunkSize), parallel: parallel,
      control: control, release: release, displayZone: try TimeZoneForm.shown(by: options, source: name))
    switch format {
    case .lines:
      let input = RecordInput(base: base, limit: count, layout: .lines, wanted: settings.wanted)
      return try LinesLoad(input: input, start: start, settings: settings).run()
    case .document:
      return try DocumentLoad(base: base, count: count, start: start, settings: settings).run()
    }
  }
}
