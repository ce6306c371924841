import AssayCore
import AssayGrid
import Foundation

/// A whole table as aligned text: the form `describe` and `freq` print.
public enum TableText {
  /// The significant digits doubles are printed with unless a caller asks otherwise (`33.3333`).
  public static let defaultSignificantDigits = 6

  /// Renders every row of `table` under a header row (role `.header`) and a rule line. Numbers
  /// are right-aligned, other values left-aligned, nulls blank; doubles keep at most
  /// `significantDigits` significant digits when given, else their shortest exact form.
  /// Columns are two spaces apart; control characters in cells are shown as visible symbols, and
  /// a cell or name wider than `maxCellWidth` is cut there, ending in `…`.
  public static func render(_ table: Table, significantDigits: Int? = defaultSignificantDigits) -> Grid {
    var whole = Grid(width: 0, height: 0)
    forEachBlock(table, significantDigits: significantDigits, rowsPerBlock: Swift.max(1, table.rowCount)) {
      whole = $0
    }
    return whole
  }

  /// The same text as `render`, handed over in grids of at most `rowsPerBlock` rows (the first also
  /// holding the header and rule), so that a table of millions of rows is printed without ever
  /// holding all of it as cells.
  public static func forEachBlock(
    _ table: Table, significantDigits: Int? = defaultSignificantDigits, rowsPerBlock: Int = 4096,
    _ body: (Grid) throws -> Void
  ) rethrows {
    let columns = table.columns.map { column in
      (0..<column.count).map { shown(cellText(column, row: $0, significantDigits: significantDigits)) }
    }
    let names = table.columns.map { shown($0.name) }
    let widths = zip(names, columns).map { name, cells in
      cells.reduce(DisplayWidth.of(name)) { Swift.max($0, DisplayWidth.of($1)) }
    }
    let gap = 2
    let totalWidth = widths.reduce(0, +) + gap * Swift.max(0, widths.count - 1)
    var start = 0
    repeat {
      let end = Swift.min(table.rowCount, start + rowsPerBlock)
      let header = start == 0 ? 2 : 0
      var grid = Grid(width: totalWidth, height: end - start + header)
      var x = 0
      for (index, column) in table.columns.enumerated() {
        let width = widths[index]
        let rightAligned = column.type.isNumeric
        if header > 0 {
          put(
            names[index], in: &grid, x: x, y: 0, width: width, rightAligned: rightAligned,
            style: Style(.header))
          grid.put(String(repeating: "─", count: width), x: x, y: 1, style: Style(.border))
        }
        for row in start..<end {
          put(
            columns[index][row], in: &grid, x: x, y: row - start + header, width: width,
            rightAligned: rightAligned, style: Style(rightAligned ? .number : .text))
        }
        x += width + gap
      }
      try body(grid)
      start = end
    } while start < table.rowCount
  }

  /// The same lines as `render(table).trimmedLines()`, each ended by a newline, written straight
  /// to `write` in pieces of about 64 KB: plain text of millions of rows without a grid.
  public static func writePlain(
    _ table: Table, significantDigits: Int? = defaultSignificantDigits, to write: (String) throws -> Void
  ) rethrows {
    let texts = table.columns.map { column in
      (0..<column.count).map { shown(cellText(column, row: $0, significantDigits: significantDigits)) }
    }
    let names = table.columns.map { shown($0.name) }
    let widths = names.indices.map { c in
      texts[c].reduce(DisplayWidth.of(names[c])) { Swift.max($0, DisplayWidth.of($1)) }
    }
    let rightAligned = table.columns.map(\.type.isNumeric)
    var out: [UInt8] = []
    func addLine(_ cell: (Int) -> String) {
      let start = out.count
      for c in widths.indices {
        let text = cell(c)
        let padding = widths[c] - DisplayWidth.of(text)
        if c > 0 { out += [0x20, 0x20] }
        if rightAligned[c] { out += repeatElement(0x20, count: padding) }
        out += text.utf8
        if !rightAligned[c] { out += repeatElement(0x20, count: padding) }
      }
      while out.count > start && out.last == 0x20 { out.removeLast() }
      out.append(0x0A)
    }
    addLine { names[$0] }
    addLine { String(repeating: "─", count: widths[$0]) }
    for row in 0..<table.rowCount {
      addLine { texts[$0][row] }
      if out.count >= 1 << 16 {
        try write(String(decoding: out, as: UTF8.self))
        out.removeAll(keepingCapacity: true)
      }
    }
    try write(String(decoding: out, as: UTF8.self))
  }

  /// The widest a cell or column name is shown, in terminal columns.
  public static let maxCellWidth = 64

  /// `text` with control characters made visible, cut to `maxCellWidth` columns ending in `…`.
  static func shown(_ text: String) -> String {
    let visible = SafeText.visible(text)
    guard DisplayWidth.of(visible) > maxCellWidth else { return visible }
    var cut = ""
    var width = 0
    for character in visible {
      width += DisplayWidth.of(character)
      if width > maxCellWidth - 1 { break }
      cut.append(character)
    }
    return cut + "…"
  }

  /// A cell as the table shows it: a binary value as its size and first bytes (`BinarySummary`); a
  /// double with at most `significantDigits` significant digits when given (`33.3333`), unless its
  /// column declares decimal places (`12.50`); every other value (and every double when nil) as
  /// `Column.text(of:)`.
  public static func cellText(_ column: Column, row: Int, significantDigits: Int?) -> String {
    let value = column[row]
    if column.isBinary, case .string(let hex) = value { return BinarySummary.text(hex) }
    if case .double(let v) = value, let digits = significantDigits, column.decimalPlaces == nil {
      return significantText(v, digits: max(1, digits))
    }
    return column.text(of: value)
  }

  /// `v` with at most `digits` significant digits; large numbers are rounded in their integer
  /// digits too (`1234567.891` → `1234570` at six digits).
  static func significantText(_ v: Double, digits: Int) -> String {
    guard v.isFinite, v != 0 else { return NumberFormatting.shortest(v) }
    let magnitude = Int(floor(log10(abs(v))))
    if magnitude >= digits && magnitude < 15 {
      let unit = pow(10, Double(magnitude - digits + 1))
      return NumberFormatting.significant((v / unit).rounded() * unit, digits: digits)
    }
    return NumberFormatting.significant(v, digits: digits)
  }

  private static func put(
    _ text: String, in grid: inout Grid, x: Int, y: Int, width: Int, rightAligned: Bool, style: Style
  ) {
    let shown = DisplayWidth.of(SafeText.visible(text))
    grid.put(text, x: rightAligned ? x + width - shown : x, y: y, style: style, maxWidth: width)
  }
}
