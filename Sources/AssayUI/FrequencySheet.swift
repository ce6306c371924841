import AssayAnalysis
import AssayCore

/// The frequency table of a column as a sheet: value, count, percent, cumulative and a bar.
enum FrequencySheet {
  /// Widest bar, for the most frequent value.
  static let barWidth = 30

  /// The frequency table of `column` with a `histogram` column of bars scaled to the largest count.
  static func table(_ column: Column) -> Table {
    let rows = Frequency.compute(column)
    let counted = Frequency.table(rows, columnName: column.name)
    let largest = max(1, rows.map(\.count).max() ?? 1)
    let bars = rows.map { row -> Value in
      let eighths = Int((Double(row.count) / Double(largest) * Double(barWidth * 8)).rounded())
      return .string(bar(eighths: eighths))
    }
    return Table(
      name: counted.name,
      columns: counted.columns + [Column(name: "histogram", type: .string, values: bars)])
  }

  /// A bar `eighths / 8` cells long, drawn with full and partial blocks.
  static func bar(eighths: Int) -> String {
    let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    return String(repeating: "█", count: eighths / 8) + partials[eighths % 8]
  }

  /// The filter constant that matches `value` in the column it was counted in.
  static func constant(_ value: Value) -> FilterConstant {
    switch value {
    case .null: return .null
    case .bool(let b): return .number(b ? 1 : 0)
    case .int(let x): return .number(Double(x))
    case .double(let x): return .number(x)
    case .date(let d): return .date(d)
    case .string(let s): return .text(s)
    }
  }
}
