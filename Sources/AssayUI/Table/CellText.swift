import AssayCharts
import AssayCore
import AssayGrid

/// How the table screen shows one cell: its text, alignment and role.
enum CellText {
  /// The cell's text as a person reads it, or nil for null: doubles with every digit (and the
  /// column's declared decimal places), or with `significantDigits` when given, as `assay freq`
  /// prints them (`TableText.cellText`). Only called for visible cells.
  static func text(_ column: Column, row: Int, significantDigits: Int?) -> String? {
    column[row].isNull ? nil : TableText.cellText(column, row: row, significantDigits: significantDigits)
  }

  /// Numbers and durations are right-aligned; text, dates, timestamps and booleans are left-aligned.
  static func alignsRight(_ type: ColumnType) -> Bool { type.isNumeric || type == .duration }

  /// The role a column's values are drawn in.
  static func role(for type: ColumnType) -> Role {
    switch type {
    case .int, .double, .duration: return .number
    case .string: return .string
    case .bool, .date, .timestamp: return .text
    }
  }

  /// Writes `text` into a field of `width` columns at (x, y): aligned, and cut with `…` when too long.
  static func put(
    _ text: String, into grid: inout Grid, x: Int, y: Int, width: Int, alignRight: Bool, style: Style
  ) {
    guard width > 0 else { return }
    let visible = SafeText.visible(text)
    let textWidth = DisplayWidth.of(visible)
    if textWidth <= width {
      let start = alignRight ? x + width - textWidth : x
      grid.put(visible, x: start, y: y, style: style, maxWidth: textWidth)
    } else {
      let written = grid.put(visible, x: x, y: y, style: style, maxWidth: width - 1)
      grid.put("…", x: x + written, y: y, style: style, maxWidth: 1)
    }
  }
}
