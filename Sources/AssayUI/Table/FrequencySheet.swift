import AssayAnalysis
import AssayCharts
import AssayCore

/// The frequency table of a column as a sheet: value, count, percent, cumulative and a bar.
enum FrequencySheet {
  /// Widest bar, for the most frequent value.
  static let barWidth = 30

  /// The sheet of `counted`, the frequency table of the column `columnName` of the sheet below
  /// (`Frequency.typedTable`): Enter on a row opens the rows holding its value. The percents read
  /// as `assay freq` prints them (`33.3333`); the values keep every digit, as the sheet below
  /// shows them and as Enter matches them.
  static func sheet(_ counted: Table, columnName: String) -> Sheet {
    let withBars = table(counted)
    // The shares (percent and cumulative, after the value and the count), as `assay freq` prints them.
    let digits = withBars.columns.indices.map {
      [2, 3].contains($0) ? TableText.defaultSignificantDigits : nil
    }
    var sheet = Sheet(title: "\(columnName) frequency", table: withBars, significantDigits: digits)
    sheet.origin = FrequencyOrigin(columnName: columnName)
    return sheet
  }

  /// A frequency table (`Frequency.typedTable`) with a `histogram` column of bars scaled to the
  /// largest count (`histogram_2` beside a counted column of that name). The bars are
  /// dictionary-coded: one text per bar length, one code per row.
  private static func table(_ counted: Table) -> Table {
    var counts: [Int64] = []
    if counted.columns.count > 1, case .int(let values) = counted.columns[1].chunks.first?.values {
      counts = values
    }
    let largest = Double(max(1, counts.max() ?? 1))
    let codes = counts.map { UInt32((Double($0) / largest * Double(barWidth * 8)).rounded()) }
    let bars = ColumnChunk(
      values: .string(.dictionary(codes: codes, dictionary: (0...barWidth * 8).map(bar(eighths:)))),
      validity: nil)
    return Table(
      name: counted.name,
      columns: counted.columns + [
        Column(
          name: UniqueNames.make(counted.columnNames + ["histogram"]).last ?? "histogram", type: .string,
          chunks: [bars])
      ])
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
    case .int(let x): return .integer(x)
    case .double(let x): return .number(x)
    case .date(let d): return .time(micros: Int64(d) * TimeText.microsPerDay, hasZone: true)
    case .timestamp(let t): return .time(micros: t.microseconds, hasZone: true)
    case .duration(let d): return .number(Double(d) / 1e6)
    case .string(let s): return .text(s)
    }
  }
}
