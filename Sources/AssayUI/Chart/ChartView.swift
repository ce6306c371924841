import AssayGrid

/// Draws the chart screen: the last drawing, or what is happening.
enum ChartView {
  /// The last drawing (even one made at another size while the new one is drawn), or what is
  /// happening: `isDrawing` is false once a drawing job was stopped.
  static func draw(_ chart: ChartScreen, into grid: inout Grid, area: Size, drawing isDrawing: Bool) {
    guard let drawing = chart.drawing else {
      let text =
        isDrawing ? "drawing…" : "not drawn: drawing was stopped (c or another chart key draws again)"
      grid.put(text, x: 0, y: 0, style: Style(.warning))
      return
    }
    switch drawing.grid {
    case .success(let chartGrid): grid.draw(chartGrid, x: 0, y: 0)
    case .failure(let failure):
      for (y, line) in ScreenText.wrap(failure.message, width: area.width).prefix(area.height).enumerated() {
        grid.put(line, x: 0, y: y, style: Style(.error))
      }
    }
  }
}
