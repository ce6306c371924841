import AssayCore

/// Synchronous loading of a whole CSV into a table, for tools and tests.
///
/// How text is read (the same for `CSVSource.load()`):
/// - RFC 4180 quoting (`""` escapes, line breaks inside quotes); LF, CRLF and lone CR line ends;
///   a UTF-8 byte order mark is skipped; a file in UTF-16 (with its byte order mark) or Latin-1
///   (`encoding=latin1`) is converted to UTF-8 first (`TextEncoding`); blank lines are skipped.
/// - An empty input (or only blank lines) is a table with no columns and no rows; a header
///   alone gives its columns, typed string, with no rows.
/// - Header: given by `SourceOptions.header`, else assumed when the first row has text above
///   data of another type, or when every row is text; without one, columns are `column1...`.
///   Empty names become `columnN`, repeats get `_2`, `_3`.
/// - Types per column: int (Int64), double, bool (`true`/`True`/`TRUE`, `false`/...), date
///   and timestamp (real days and times only), else string; int and double meet in double, a
///   date and a timestamp written alike in timestamp, other mixes in string.
/// - Times: one form per column (`TimeForm`): ISO 8601 with `T` or a space, seconds and a fraction
///   optional (up to 9 digits, truncated to the microsecond as Python does), `Z` or `±hh[:mm]`
///   on every value or on none; `YYYY/MM/DD`; `DD.MM.YYYY`; English month names (`Jan 1 2000`,
///   `1 January 2000`, `2000-Jan-01`); `A/B/YYYY` read day first when some value's A is above 12
///   (or only that order names a real day), month first when some B is, else as the `dayfirst`
///   option says (default month first). Each may carry a time `HH:MM[:SS[.f]]`: with one the
///   column is a timestamp, without a date. The `date-format` and `epoch` options force a column's
///   form (see `CSVTimeOptions`). A value that does not fit its column's form makes it text.
///   An integer beyond Int64 makes its column text (a double would lose its digits). Numbers
///   are read exactly (correctly rounded); text with surrounding spaces is not a number.
/// - Null: the empty field (quoted or not) and `NA`, `N/A`, `NaN`, `nan`, `null`, `NULL`,
///   `None`, `-` (or the texts the `null` option lists), in every column type.
/// - A row with fewer fields than the first is padded with nulls, one with more keeps its extra
///   fields in added `_extraN` text columns; lines starting with a comment marker (given, or
///   proposed when such lines break the rows) are skipped, and so are leading lines with at most
///   half the fields of the rows below (a preamble); each repair is a warning on the load's last
///   update (`CSVRepairOptions`, `RaggedLines`). With `strict=yes` a ragged row is an error.
///   A trailing delimiter is one more (empty) field.
/// - Errors (ragged rows, unclosed quotes, text after a closing quote, invalid UTF-8, NUL) name
///   the line, the field number and the byte offset.
public enum CSVReader {
  /// Reads the file at `path` (plain or gzipped); errors are `AssayError`s naming `path`.
  public static func read(path: String, options: SourceOptions = SourceOptions()) throws -> Table {
    try CSVSource(locator: path, options: options).run(control: LoadControl())
  }

  /// Reads CSV text held in memory; `name` names the table and the source in errors.
  public static func read(bytes: [UInt8], name: String, options: SourceOptions = SourceOptions()) throws
    -> Table
  {
    try read(bytes: bytes, name: name, options: options, chunkSize: 4 << 20, parallel: true)
  }

  /// `read(bytes:name:options:)` with the chunk size and parallelism chosen, so tests and fuzz
  /// targets can split an input into many chunks and compare the parallel and sequential paths.
  public static func read(
    bytes: [UInt8], name: String, options: SourceOptions, chunkSize: Int, parallel: Bool
  ) throws -> Table {
    let storage = bytes.isEmpty ? [0] : bytes
    return try storage.withUnsafeBufferPointer { buffer in
      let base = buffer.baseAddress.unsafelyUnwrapped
      try InputChecks.checkText(
        UnsafeBufferPointer(rebasing: buffer[0..<min(bytes.count, 1 << 16)]), name: name)
      return try load(
        base: base, count: bytes.count, name: name, options: options, chunkSize: chunkSize,
        parallel: parallel,
        control: LoadControl(), release: { _, _ in })
    }
  }

  /// Loads `count` bytes at `base` (a whole input in memory); `notes` say what was done to the bytes
  /// before (a conversion to UTF-8), and go first among the load's warnings.
  static func load(
    base: UnsafePointer<UInt8>, count: Int, name: String, options: SourceOptions, chunkSize: Int,
    parallel: Bool,
    control: LoadControl, release: @escaping @Sendable (Int, Int) -> Void, notes: [String] = []
  ) throws -> Table {
    let bytes = UnsafeBufferPointer(start: base, count: count)
    let start = InputChecks.byteOrderMarkLength(base, count)
    guard
      var layout = try CSVLayout.detect(
        bytes, start: start, name: name, options: options)
    else {
      let empty = Table(name: name, columns: [])
      control.send(
        empty,
        LoadProgress(
          bytesRead: count, totalBytes: count, rows: 0, finished: true, warnings: [CSVLayout.emptyInputNote]))
      return empty
    }
    layout.notes = notes + layout.notes
    let input = layout.input(base: base, limit: count, isFinal: true)
    let load = MappedLoad(
      input: input, name: name, layout: layout, chunkSize: max(1, chunkSize), parallel: parallel,
      control: control,
      release: release)
    return try load.run()
  }
}
