/// Text formats a table can be written in.
public enum TableFormat: String, Sendable, CaseIterable {
  /// RFC 4180 comma-separated values with a header row.
  case csv
  /// Tab-separated values with a header row; tabs and newlines in cells are escaped as `\t`, `\n`.
  case tsv
  /// One JSON array of objects, one object per row.
  case json
  /// JSON lines: one object per row per line.
  case jsonl
}

/// Writes tables as CSV, TSV or JSON, streaming text to a sink in pieces.
public enum TableWriter {
  /// Writes every row of `table` in `format`, handing text to `sink` in pieces of a few kilobytes;
  /// CSV and TSV start with the header row unless `header` is false (rows that follow earlier ones).
  /// JSON writes a text cell for which `numberInText(column, row)` holds as the bare number its
  /// text spells, when it spells one (a summary's extremes of a number column).
  public static func write(
    _ table: Table, format: TableFormat, header: Bool = true, numberInText: ((Int, Int) -> Bool)? = nil,
    to sink: (String) throws -> Void
  ) rethrows {
    var buffer = ""
    buffer.reserveCapacity(1 << 16)
    func flushIfFull() throws {
      if buffer.utf8.count >= 1 << 16 {
        try sink(buffer)
        buffer.removeAll(keepingCapacity: true)
      }
    }
    let names = table.columnNames
    switch format {
    case .csv, .tsv:
      return try DelimitedRows(escaping: format == .csv ? .csv : .tsv).write(table, header: header, to: sink)
    case .json, .jsonl:
      let keys = names.map(jsonString)
      if format == .json { buffer += "[" }
      for row in 0..<table.rowCount {
        if format == .json { buffer += row == 0 ? "\n  " : ",\n  " }
        buffer += "{"
        for (c, column) in table.columns.enumerated() {
          if c > 0 { buffer += ", " }
          buffer += keys[c] + ": "
          if numberInText?(c, row) == true, case .string(let text) = column[row], isJSONNumber(text) {
            buffer += text
          } else {
            buffer += jsonValue(column, row: row)
          }
        }
        buffer += format == .json ? "}" : "}\n"
        try flushIfFull()
      }
      if format == .json { buffer += table.rowCount == 0 ? "]\n" : "\n]\n" }
    }
    try sink(buffer)
  }

  /// The whole table as one string in `format`.
  public static func string(_ table: Table, format: TableFormat) -> String {
    var out = ""
    write(table, format: format) { out += $0 }
    return out
  }

  /// A column's row as JSON: numbers (with their column's declared decimal places) and booleans
  /// bare; dates, timestamps (ISO 8601), durations and text as strings; null as `null`.
  public static func jsonValue(_ column: Column, row: Int) -> String {
    let value = column[row]
    switch value {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let v): return String(v)
    case .double(let v): return v.isFinite ? column.text(of: value) : "null"
    case .date, .timestamp, .duration, .string: return jsonString(value.description)
    }
  }

  /// The infinite numbers of `table`'s double columns, which JSON, having no infinity, writes as
  /// null.
  public static func infiniteNumbers(in table: Table) -> Int {
    var count = 0
    for column in table.columns where column.type == .double {
      column.forEachDouble { if $0.isInfinite { count += 1 } }
    }
    return count
  }

  /// A note for people when JSON has written `count` infinite numbers as null: how many, and which
  /// formats keep them; nil for none.
  public static func infinityNote(count: Int) -> String? {
    guard count > 0 else { return nil }
    return
      "\(NumberFormatting.counted(count, "infinite number")) written as null: JSON has no infinity"
      + " (.csv, .tsv and .parquet keep them)"
  }

  /// Whether `text` is a number as JSON writes one: `-12`, `0.5`, `1e+20` (no `+` sign, leading
  /// zero, `inf` or `nan`).
  public static func isJSONNumber(_ text: String) -> Bool {
    var bytes = Substring(text).utf8[...]
    func digits() -> Int {
      let count = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
      bytes = bytes.dropFirst(count)
      return count
    }
    if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
    let leadingZero = bytes.first == UInt8(ascii: "0")
    let whole = digits()
    guard whole > 0, !(leadingZero && whole > 1) else { return false }
    if bytes.first == UInt8(ascii: ".") {
      bytes = bytes.dropFirst()
      guard digits() > 0 else { return false }
    }
    if let mark = bytes.first, mark == UInt8(ascii: "e") || mark == UInt8(ascii: "E") {
      bytes = bytes.dropFirst()
      if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
        bytes = bytes.dropFirst()
      }
      guard digits() > 0 else { return false }
    }
    return bytes.isEmpty
  }

  /// A JSON string literal with the required escapes.
  public static func jsonString(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
