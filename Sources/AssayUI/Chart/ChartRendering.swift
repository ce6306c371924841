import AssayCharts
import AssayCore

/// Keeps the chart on screen drawn for the current spec and size: small tables are drawn at once,
/// large ones by a job, so millions of points never hold up a key press.
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
    if table.rowCount <= rowsDrawnAtOnce {
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
  static func accept(_ drawing: ChartDrawing, into state: inout AppState) {
    guard var chart = state.screen as? ChartScreen, chart.pending == drawing.key else { return }
    chart.drawing = drawing
    chart.pending = nil
    state.screen = chart
  }
}
