import AssayCore

/// How a CSV source's dates and timestamps are read, from the loader's options:
/// `dayfirst=yes` reads slash dates that no value decides as `DD/MM/YYYY` (default `MM/DD/YYYY`,
/// as pandas does); `date-format=COL=FORMAT` (several joined by `;`) reads a column in a
/// strftime-style format (see `CustomTimeFormat`); `epoch=COL` or `epoch=COL=ms` (several joined by
/// `;`) reads a column of integers as Unix seconds or milliseconds; `tz=UTC` or `tz=+05:30` shows
/// zone-aware timestamps (written with a zone, or Unix time) at that offset instead of the
/// source's. A value that does not fit the format the reader found for its column makes the column
/// text; one that does not fit a forced format is an error at its line (`ForcedTimeCheck`).
struct CSVTimeOptions: Sendable {
  /// Read undecided `A/B/YYYY` dates day first.
  var dayFirst = false
  /// Per loaded column: the kind it is read as from the start (a forced format), else `.empty`.
  var startKinds: [FieldKind]
  /// Per loaded column: its custom format, if given.
  var customFormats: [CustomTimeFormat?]
  /// The zone form zone-aware timestamps are shown in, when one is asked for.
  var displayZone: TimeZoneForm?

  /// No forced formats for `columns` columns, month first.
  init(columns: Int) {
    startKinds = [FieldKind](repeating: .empty, count: columns)
    customFormats = [CustomTimeFormat?](repeating: nil, count: columns)
  }

  /// The options named in `options.named` for the loaded columns `names`; a malformed value or a
  /// column the source does not load is an `AssayError` naming `source`.
  init(_ options: SourceOptions, names: [String], source: String) throws {
    self.init(columns: names.count)
    if let text = options.named["dayfirst"] {
      switch text.lowercased() {
      case "yes", "true", "1", "": dayFirst = true
      case "no", "false", "0": dayFirst = false
      default:
        throw AssayError(
          message: "\(source): dayfirst=\(text) is not yes or no", hint: "e.g. -O dayfirst=yes")
      }
    }
    displayZone = try TimeZoneForm.shown(by: options, source: source)
    for (column, format) in try Self.pairs(options.named["date-format"], key: "date-format", names, source) {
      guard let custom = CustomTimeFormat(format) else {
        throw AssayError(
          message: "\(source): date-format '\(format)' uses a directive Assay does not read",
          hint: "use %Y %y %m %d %j %H %M %S %f %b %B %z and %%")
      }
      customFormats[column] = custom
      startKinds[column] = FieldKind(custom.hasTime ? .timestamp : .date, .custom)
    }
    for (column, unit) in try Self.pairs(
      options.named["epoch"], key: "epoch", names, source, optionalValue: "s")
    {
      switch unit {
      case "s": startKinds[column] = FieldKind(.timestamp, .epochSeconds)
      case "ms": startKinds[column] = FieldKind(.timestamp, .epochMilliseconds)
      default:
        throw AssayError(
          message: "\(source): epoch unit '\(unit)' is not s or ms", hint: "e.g. -O epoch=time=ms")
      }
    }
  }

  /// The `COL=VALUE` pairs of a `;`-separated option as (column index, value).
  private static func pairs(
    _ text: String?, key: String, _ names: [String], _ source: String, optionalValue: String? = nil
  ) throws -> [(Int, String)] {
    guard let text else { return [] }
    return try text.split(separator: ";").map { pair in
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
      guard let value = parts.count == 2 ? parts[1] : optionalValue, !value.isEmpty else {
        throw AssayError(
          message: "\(source): \(key) takes COLUMN=VALUE, not '\(pair)'", hint: "e.g. -O \(key)=when=...")
      }
      guard let column = names.firstIndex(of: parts[0]) else {
        throw AssayError(
          message: "\(source): \(key) names '\(parts[0])', which is not a loaded column",
          hint: "columns: \(names.joined(separator: ", "))")
      }
      return (column, value)
    }
  }
}
