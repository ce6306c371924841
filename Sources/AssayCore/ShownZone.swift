extension LoaderOption {
  /// The `tz` option of a source whose timestamps may carry a zone (`TimeZoneForm.shown(by:source:)`).
  public static let shownZone = LoaderOption(
    "tz", help: "UTC or +hh:mm: show timestamps written with a zone at that offset")
}

extension TimeZoneForm {
  /// The form a source's `tz` option (`UTC`, `Z` or a fixed offset `±hh[:mm]`) asks its zone-aware
  /// timestamps (written with a zone, or Unix time) to be shown in, nil without the option; a value
  /// that is neither is an `AssayError` naming `source`.
  public static func shown(by options: SourceOptions, source: String) throws -> TimeZoneForm? {
    guard let text = options.named["tz"] else { return nil }
    guard let zone = TimeZoneForm(named: text) else {
      throw AssayError(message: "\(source): tz=\(text) is not UTC or an offset", hint: "e.g. -O tz=+05:30")
    }
    return zone
  }

  /// `UTC`, `Z` or a fixed offset `±hh[:mm]` as a zone form; nil for any other text.
  public init?(named text: String) {
    if ["utc", "z"].contains(text.lowercased()) {
      self = .utc
      return
    }
    var text = text
    let parsed = text.withUTF8 { bytes -> TimeZoneForm? in
      guard let base = bytes.baseAddress else { return nil }
      var cursor = TimeCursor(base, bytes.count)
      guard let seconds = cursor.zone(), cursor.atEnd, seconds != TimeCursor.utc else { return nil }
      return .offset(seconds)
    }
    guard let parsed else { return nil }
    self = parsed
  }
}

extension ColumnChunk {
  /// The chunk with its zone-aware timestamps shown in `zone` (nil: as they are); a chunk of
  /// wall-clock times, or not of timestamps, as it is.
  public func shown(ifAwareIn zone: TimeZoneForm?) -> ColumnChunk {
    guard let zone, case .timestamp(_, let own) = values, own.isAware else { return self }
    return shown(in: zone)
  }
}

extension Column {
  /// The column with its zone-aware timestamps shown in `zone` (nil: as they are); a column of
  /// wall-clock times, or not of timestamps, as it is.
  public func shown(in zone: TimeZoneForm?) -> Column {
    guard let zone, type == .timestamp, timeZone?.isAware == true else { return self }
    return Column(
      name: name, type: type, chunks: chunks.map { $0.shown(ifAwareIn: zone) }, sourceFormat: sourceFormat,
      decimalPlaces: decimalPlaces, isBinary: isBinary)
  }
}
