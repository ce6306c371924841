import AssayAnalysis
import AssayCharts
import AssayCore

/// Keeps the chart on screen drawn for the current spec and size: small tables in memory are drawn
/// at once; large ones, and any whose summaries a database computes, by a job, so neither millions
/// of points nor a slow statement ever hold up a key press (and Ctrl-C stops the statement).
enum ChartRendering {
  /// Tables with more rows than this are drawn off the main thread.
  static let rowsDrawnAtOnce = 100_000

  /// The chart's area at a screen size: all but the status line.
  static func area(_ size: Size) -> Size { ScreenView.area(size) }

  /// Draws `chart` when its drawing is out of date for a screen of `size`; returns the job that
  /// draws it, if any.
  static func refresh(_ chart: inout ChartScreen, size: Size) -> [Effect] {
    let key = ChartDrawing.Key(spec: chart.spec, size: area(size))
    guard chart.drawing?.key != key, chart.pending != key, key.size.width > 0, key.size.height > 0 else {
      return []
    }
    let table = chart.table, aggregates = chart.aggregates
    // A source's own summaries (a database's statements) may take any time: always a job.
    if table.rowCount <= rowsDrawnAtOnce, aggregates is TableAggregates {
      chart.drawing = ChartDrawing.make(key, table: table, aggregates: aggregates)
      chart.pending = nil
      return []
    }
    chart.pending = key
    let job = Job(
      title: "drawing \(chart.spec.kind.rawValue) of \(NumberFormatting.grouped(table.rowCount)) rows"
    ) {
      let drawing = ChartDrawing.make(key, table: table, aggregates: aggregates)
      return { state in accept(drawing, into: &state) }
    }
    return [.startJob(job)]
  }

  /// Shows a drawing made by a job, unless the chart it was made for has left the screen or changed.
  /// A chart's first drawing that failed closes it, as `open` would not have shown it.
  static func accept(_ drawing: ChartDrawing, into state: inout AppState) {
    guard var chart = state.screen as? ChartScreen, chart.pending == drawing.key else { return }
    if chart.drawing == nil, let failure = failure(of: drawing) {
      _ = state.pop()
      state.message = failure
      return
    }
    chart.drawing = drawing
    chart.pending = nil
    state.screen = chart
  }

  /// Shows `chart` on top, unless its first drawing failed (a scatter of a text column, a
  /// histogram of a column without numbers): then the screen underneath stays, with the failure
  /// on the status line, as for any refused key.
  static func open(_ chart: ChartScreen, in state: inout AppState) {
    if let failure = chart.drawing.flatMap(failure(of:)) {
      state.message = failure
    } else {
      state.push(chart)
    }
  }

  /// The status line's error for a drawing that failed; nil for one that was drawn.
  private static func failure(of drawing: ChartDrawing) -> StatusMessage? {
    guard case .failure(let failure) = drawing.grid else { return nil }
    return StatusMessage(failure.message, isError: true)
  }
}
