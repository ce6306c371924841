import AssayCore

/// A column read in a format the options force (`--date-format`, `--epoch`) must fit it: the first
/// value that does not is an error with its line and column, rather than a column quietly read as
/// text (which is what a format the reader only guessed does).
enum ForcedTimeCheck {
  /// The error for the first value of a forced column that its format cannot read, if any;
  /// `firstLine` is the line of `chunks[0]`'s first row.
  static func failure(
    in chunks: [ParsedChunk], kinds target: [FieldKind], layout: CSVLayout, firstLine: Int, name: String
  ) -> AssayError? {
    for column in target.indices
    where layout.times.startKinds[column] != .empty && target[column].shape == .string {
      var line = firstLine
      for chunk in chunks {
        defer { line += chunk.lines }
        guard chunk.kinds[column].shape == .string,
          let row = (0..<chunk.rows).first(where: {
            !fits(chunk.columns[column].value(at: $0), column, layout)
          })
        else { continue }
        let value = chunk.columns[column].value(at: row).description
        let forced = layout.times.customFormats[column].map { "--date-format \($0.text)" } ?? "--epoch"
        // A chunk whose rows each take one line gives the row's own line; otherwise the chunk's first.
        let exactLine = chunk.lines == chunk.rows ? line + row : line
        return AssayError(
          message:
            "'\(SafeText.visible(value))' in column '\(layout.keptNames[column])' does not fit \(forced)",
          location: SourceLocation(
            source: name, line: exactLine, column: layout.projection.keptFields[column] + 1),
          hint:
            "fix the value, or leave out \(forced.split(separator: " ")[0]) to read the column as it comes")
      }
    }
    return nil
  }

  /// True when the cell is empty or its text reads in the column's forced format.
  private static func fits(_ value: Value, _ column: Int, _ layout: CSVLayout) -> Bool {
    let text = value.description
    if text.isEmpty { return true }
    var bytes = Array(text.utf8)
    if let custom = layout.times.customFormats[column] {
      return bytes.withUnsafeMutableBufferPointer { custom.parse($0.baseAddress!, $0.count) } != nil
    }
    // Unix time must be an integer whose microseconds fit a timestamp.
    let form = layout.times.startKinds[column].time
    return bytes.withUnsafeMutableBufferPointer {
      TimeParsing.parse($0.baseAddress!, $0.count, form: form, dayFirst: false)
    } != nil
  }
}
