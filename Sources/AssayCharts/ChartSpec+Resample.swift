import AssayAnalysis
import AssayCore

extension ChartSpec {
  /// The line chart's series resampled to `every`: one series per y column, or per category of
  /// `colorBy`; `resampling` combines each period's values.
  /// - Throws: `AssayError` when x holds no times, or a series would have too many periods.
  public func resampledSeries(_ table: Table) throws -> [ResampledSeries] {
    guard let xName = x, let every else { return [] }
    let column = try table.requireColumn(xName)
    guard let times = TimeValues(column) else { throw Self.notTimes(column, of: table) }
    let groups = try colorBy.map { CategoryCodes(try table.requireColumn($0)) }
    return try y.flatMap { name in
      try Resample.series(
        times: times, values: try table.requireNumbers(name), groups: groups, period: every,
        aggregate: resampling)
    }
  }

  /// The resampled series as a table, what `--format csv` prints: each period's start (a date, or
  /// the wall time a timestamp column shows), the series' name when there are several, and the
  /// value (empty for a gap).
  public func resampledTable(_ table: Table) throws -> Table {
    let series = try resampledSeries(table)
    let starts = series.flatMap(\.starts)
    let start: Column
    if try table.requireColumn(x ?? "").type == .date {
      let days = starts.map { Value.date(Int32($0 / CalendarPeriod.microsecondsPerDay)) }
      start = Column(name: "period", type: .date, values: days)
    } else {
      let times = starts.map { Value.timestamp(Timestamp(microseconds: $0)) }
      start = Column(name: "period", type: .timestamp, values: times)
    }
    let value = Column(
      name: "\(resampling.rawValue)_\(y.count == 1 ? y[0] : "value")", type: .double,
      values: series.flatMap { $0.values.map { $0.map(Value.double) ?? .null } })
    guard series.count > 1 || colorBy != nil else {
      return Table(name: table.name, columns: [start, value])
    }
    let names = Column(
      name: colorBy ?? "series", type: .string,
      values: series.flatMap { one in one.starts.map { _ in Value.string(one.name) } })
    return Table(name: table.name, columns: [start, names, value])
  }

  /// The line chart of the series resampled to `every`, a gap where a period holds no value.
  func resampledLines(_ table: Table, x xName: String, every: CalendarPeriod) throws -> XYChart {
    let column = try table.requireColumn(xName)
    let axis = AxisKind(column)
    guard case .time(let time) = axis else { throw Self.notTimes(column, of: table) }
    let resampled = try resampledSeries(table)
    // Periods start at wall times; the axis places instants and shows them at the column's offset.
    let shift = Int64(time.offsetSeconds) * 1_000_000
    let series = resampled.map { one in
      Series(name: one.name, xs: one.starts.map { time.value($0 - shift) }, ys: one.values.map { $0 ?? .nan })
    }
    let measure = "\(resampling.rawValue) of \(y.joined(separator: ", "))"
    let title = "\(measure) every \(every.text) by \(xName) — \(table.name)"
    var chart = XYChart(
      series: series, mark: .lines, canvas: canvas,
      decorations: filled(title: title, x: xName, y: y.count == 1 ? measure : nil))
    let periods = resampled.reduce(0) { $0 + $1.starts.count }
    let gaps = resampled.reduce(0) { $0 + $1.values.filter { $0 == nil }.count }
    chart.notes = [
      "\(resampling.rawValue) per \(every.text): \(NumberFormatting.grouped(periods)) periods"
        + (gaps > 0 ? ", \(NumberFormatting.grouped(gaps)) empty" : "")
    ]
    chart.xAxis = axis
    return chart
  }

  /// The error for resampling by a column that holds no times.
  private static func notTimes(_ column: Column, of table: Table) -> AssayError {
    AssayError(
      message:
        "\(table.name): --every needs a date or time x column; '\(column.name)' holds \(column.type.rawValue)",
      hint: "choose a date or time column for --x, or leave out --every")
  }
}
