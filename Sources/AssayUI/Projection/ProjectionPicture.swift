import AssayAnalysis
import AssayCharts
import AssayCore
import AssayGrid

/// A projection drawn at a size: the chart's cells, where its plot area lies, and the points drawn.
struct ProjectionDrawing: Sendable {
  /// What a drawing was made from.
  struct Key: Sendable, Equatable {
    /// The request whose points were drawn.
    var request: Int
    /// The colouring column.
    var colorBy: String?
    /// The chart's size.
    var size: Size
  }

  /// What it was made from.
  var key: Key
  /// The chart.
  var grid: Grid
  /// Where the plot area lies and what its edges stand for.
  var placement: PlotPlacement
  /// The points drawn.
  var points: ProjectedPoints

  /// Draws `points` of `table` coloured by `colorBy`, at `size`.
  static func make(_ points: ProjectedPoints, table: Table, colorBy: String?, size: Size) -> ProjectionDrawing
  {
    let labels = colorBy.flatMap { table.column(named: $0) }.map { column in
      CategoryCodes(points.rows.map { column.gathering(rows: $0) } ?? column)
    }
    let chart = ProjectionChart(
      coordinates: points.coordinates, dimensions: 2, labels: labels,
      decorations: ChartDecorations(
        title: "\(points.method.rawValue) of \(SafeText.visible(table.name))", xLabel: points.axes[0],
        yLabel: points.axes[1]),
      notes: points.notes, skipped: SkippedRows(nulls: points.droppedRows), sampledFrom: points.sampledFrom)
    let placed = chart.placedRender(width: size.width, height: size.height)
    return ProjectionDrawing(
      key: Key(request: points.request, colorBy: colorBy, size: size), grid: placed.grid,
      placement: placed.placement, points: points)
  }

  /// The point drawn nearest the centre of `cell` of the plot area (cells being twice as tall as
  /// wide); the first such point on a tie; nil when there are no points.
  func nearest(to cell: PlotCell) -> Int? {
    let target = (x: Double(cell.x) + 0.5, y: (Double(cell.y) + 0.5) * 2)
    var best: (point: Int, distance: Double)?
    points.coordinates.withUnsafeBufferPointer { xy in
      for point in 0..<points.count {
        guard let at = placement.screenPosition(x: xy[2 * point], y: xy[2 * point + 1]) else { continue }
        let distance = (at.x - target.x) * (at.x - target.x) + (at.y - target.y) * (at.y - target.y)
        if distance < best?.distance ?? .infinity { best = (point, distance) }
      }
    }
    return best?.point
  }
}

/// Keeps the projection on screen drawn for its points, colouring and size.
enum ProjectionRendering {
  /// The chart's size on a screen of `size`: all but the info line and the status line.
  static func chartSize(_ size: Size) -> Size { Size(width: size.width, height: max(0, size.height - 2)) }

  /// Draws the finished projection again when its drawing is out of date for a screen of `screenSize`.
  static func refresh(_ projection: inout ProjectionScreen, size screenSize: Size) -> [Effect] {
    guard let points = projection.points else { return [] }
    let size = chartSize(screenSize)
    let key = ProjectionDrawing.Key(request: points.request, colorBy: projection.colorBy, size: size)
    guard projection.drawing?.key != key, size.width > 0, size.height > 0 else { return [] }
    projection.drawing = ProjectionDrawing.make(
      points, table: projection.table, colorBy: projection.colorBy, size: size)
    return []
  }

  /// The drawing on screen: the running t-SNE's latest picture, else the cached drawing (or a new
  /// one when the cache is stale); nil when there is nothing to draw.
  static func picture(_ projection: ProjectionScreen, size screenSize: Size) -> ProjectionDrawing? {
    let size = chartSize(screenSize)
    guard size.width > 0, size.height > 0, let points = projection.shownPoints else { return nil }
    if let drawing = projection.drawing,
      drawing.key == .init(request: points.request, colorBy: projection.colorBy, size: size),
      drawing.points == points
    {
      return drawing
    }
    return ProjectionDrawing.make(points, table: projection.table, colorBy: projection.colorBy, size: size)
  }
}
