/// A table's rows as CSV or TSV bytes, read straight from each column's typed chunks: no `Value`
/// and no `String` per cell, so millions of rows are written in about the time the bytes take.
/// The text of each cell is `Value.description`, escaped for the format.
struct DelimitedRows {
  /// How cell text is escaped.
  enum Escaping {
    /// RFC 4180: quoted when it holds a comma, quote, CR or LF, quotes doubled.
    case csv
    /// The same with a tab for the comma: quoted when it holds a tab, quote, CR or LF, as
    /// spreadsheets, pandas and Assay's own reader read tab-separated text.
    case tsv
  }

  let escaping: Escaping

  /// Writes the header (unless `header` is false) and every row of `table`, handing `sink` pieces
  /// of about 64 KB.
  func write(_ table: Table, header: Bool = true, to sink: (String) throws -> Void) rethrows {
    let separator: UInt8 = escaping == .csv ? 0x2C : 0x09
    var out: [UInt8] = []
    out.reserveCapacity(1 << 17)
    if header {
      for (c, name) in table.columnNames.enumerated() {
        if c > 0 { out.append(separator) }
        var name = name
        name.withUTF8 { append($0, to: &out) }
      }
      out.append(0x0A)
    }
    var cursors = table.columns.map { ColumnCursor(column: $0) }
    for _ in 0..<table.rowCount {
      for c in cursors.indices {
        if c > 0 { out.append(separator) }
        cursors[c].appendCell(to: &out, escaping: self)
      }
      out.append(0x0A)
      if out.count >= 1 << 16 {
        try sink(String(decoding: out, as: UTF8.self))
        out.removeAll(keepingCapacity: true)
      }
    }
    try sink(String(decoding: out, as: UTF8.self))
  }

  /// Appends `text` escaped for the format.
  func append(_ text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    let separator: UInt8 = escaping == .csv ? 0x2C : 0x09
    guard text.contains(where: { $0 == separator || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
      out.append(contentsOf: text)
      return
    }
    out.append(0x22)
    for byte in text {
      if byte == 0x22 { out.append(0x22) }
      out.append(byte)
    }
    out.append(0x22)
  }
}

/// Walks one column row by row, chunk by chunk, appending each cell's text. Cells are written a
/// window of rows at a time (one pass over the chunk's typed values); each row then copies its slice.
private struct ColumnCursor {
  /// Rows written per window.
  static let windowRows = 4096

  let column: Column
  private var chunk = -1
  /// The current window: rows `start..<end` of the current chunk.
  private var start = 0
  private var end = 0
  private var row = 0
  /// The window's cells, escaped, back to back.
  private var cells: [UInt8] = []
  /// `cells[ends[i - 1]..<ends[i]]` is the cell of the window's row i (from 0 for row 0).
  private var ends: [Int] = []
  /// The escaped texts of the dictionary of chunk `dictionaryChunk`, kept across its windows.
  private var dictionaryTexts: [[UInt8]] = []
  private var dictionaryChunk = -1

  init(column: Column) { self.column = column }

  /// Appends the next row's cell and moves on.
  mutating func appendCell(to out: inout [UInt8], escaping: DelimitedRows) {
    while row >= end {
      if chunk < 0 || end >= column.chunks[chunk].count {
        chunk += 1
        end = 0
      }
      start = end
      end = min(column.chunks[chunk].count, start + Self.windowRows)
      row = start
      render(column.chunks[chunk], rows: start..<end, escaping: escaping)
    }
    let index = row - start
    let first = index == 0 ? 0 : ends[index - 1]
    cells.withUnsafeBufferPointer {
      out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[first..<ends[index]]))
    }
    row += 1
  }

  /// Writes the cells of `rows` of `chunk` into `cells`, nulls as nothing.
  private mutating func render(_ chunk: ColumnChunk, rows: Range<Int>, escaping: DelimitedRows) {
    cells.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    func each(_ write: (Int, inout [UInt8]) -> Void) {
      for row in rows {
        if !chunk.isNull(row) { write(row, &cells) }
        ends.append(cells.count)
      }
    }
    switch chunk.values {
    case .bool(let values):
      each { row, out in out += values[row] ? DecimalText.trueText : DecimalText.falseText }
    case .int(let values): each { row, out in DecimalText.append(values[row], to: &out) }
    case .double(let values):
      if let places = column.decimalPlaces {
        each { row, out in out += NumberFormatting.written(values[row], decimalPlaces: places).utf8 }
      } else {
        each { row, out in out += NumberFormatting.shortest(values[row]).utf8 }
      }
    case .date(let values): each { row, out in DecimalText.appendDate(values[row], to: &out) }
    case .timestamp(let values, let zone):
      each { row, out in out += TimeText.iso(values[row], zone: zone).utf8 }
    case .duration(let values): each { row, out in out += TimeText.duration(values[row]).utf8 }
    case .string(.packed(let bytes, let offsets)):
      bytes.withUnsafeBufferPointer { b in
        each { row, out in
          escaping.append(
            UnsafeBufferPointer(rebasing: b[Int(offsets[row])..<Int(offsets[row + 1])]), to: &out)
        }
      }
    case .string(.dictionary(let codes, let dictionary)):
      if dictionaryChunk != self.chunk {
        dictionaryTexts = dictionary.map { text in
          var escaped: [UInt8] = []
          Array(text.utf8).withUnsafeBufferPointer { escaping.append($0, to: &escaped) }
          return escaped
        }
        dictionaryChunk = self.chunk
      }
      let texts = dictionaryTexts
      each { row, out in out += texts[Int(codes[row])] }
    }
  }
}

/// Integers, ISO dates and booleans written as ASCII straight into a byte buffer.
enum DecimalText {
  /// `true` in ASCII.
  static let trueText = Array("true".utf8)
  /// `false` in ASCII.
  static let falseText = Array("false".utf8)

  /// Appends `value` in decimal, as `String(value)` spells it.
  static func append(_ value: Int64, to out: inout [UInt8]) {
    if value < 0 { out.append(0x2D) }
    var magnitude = value.magnitude
    var digits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      repeat {
        buffer[31 - count] = UInt8(truncatingIfNeeded: 0x30 + magnitude % 10)
        magnitude /= 10
        count += 1
      } while magnitude > 0
      out.append(contentsOf: buffer[(32 - count)...])
    }
  }

  /// Appends a date (days since 1970-01-01) as `CivilDate.iso` spells it.
  static func appendDate(_ days: Int32, to out: inout [UInt8]) {
    let date = CivilDate(daysSinceEpoch: days)
    guard (0...9999).contains(date.year) else {
      out += date.iso.utf8
      return
    }
    for (value, width) in [(date.year, 4), (date.month, 2), (date.day, 2)] {
      if width == 2 { out.append(0x2D) }
      var divisor = width == 4 ? 1000 : 10
      while divisor > 0 {
        out.append(UInt8(0x30 + value / divisor % 10))
        divisor /= 10
      }
    }
  }
}
