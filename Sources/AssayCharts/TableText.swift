import AssayCore
import Foundation

/// A whole table as aligned text: the form `describe` and `freq` print.
public enum TableText {
  /// Renders every row of `table` under a header row (role `.header`) and a rule line. Numbers
  /// are right-aligned, other values left-aligned, nulls blank; doubles keep at most
  /// `significantDigits` significant digits when given, else their shortest exact form.
  /// Columns are two spaces apart; control characters in cells are shown as visible symbols.
  public static func render(_ table: Table, significantDigits: Int? = 6) -> Grid {
    let columns = table.columns.map { column in
      (0..<column.count).map { cellText(column[$0], significantDigits: significantDigits) }
    }
    let widths = zip(table.columns, columns).map { column, cells in
      cells.reduce(DisplayWidth.of(SafeText.visible(column.name))) {
        Swift.max($0, DisplayWidth.of(SafeText.visible($1)))
      }
    }
    let gap = 2
    let totalWidth = widths.reduce(0, +) + gap * Swift.max(0, widths.count - 1)
    var grid = Grid(width: totalWidth, height: table.rowCount + 2)
    var x = 0
    for (index, column) in table.columns.enumerated() {
      let width = widths[index]
      let rightAligned = column.type.isNumeric
      put(column.name, in: &grid, x: x, y: 0, width: width, rightAligned: rightAligned, style: Style(.header))
      grid.put(String(repeating: "─", count: width), x: x, y: 1, style: Style(.border))
      for (row, text) in columns[index].enumerated() {
        put(
          text, in: &grid, x: x, y: row + 2, width: width, rightAligned: rightAligned,
          style: Style(rightAligned ? .number : .text))
      }
      x += width + gap
    }
    return grid
  }

  /// A cell as the table shows it.
  static func cellText(_ value: Value, significantDigits: Int?) -> String {
    if case .double(let v) = value, let digits = significantDigits {
      return significantText(v, digits: max(1, digits))
    }
    return value.description
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
