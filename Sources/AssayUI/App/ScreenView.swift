import AssayCore
import AssayGrid

/// Draws the screens that are not tables: the screen fills all but the bottom row, the status
/// line takes that.
enum ScreenView {
  /// The frame for `screen` at `size`, with the state's status line.
  static func frame(_ screen: Screen, state: AppState, size: Size) -> Grid {
    var grid = Grid(width: size.width, height: size.height)
    guard size.width > 0, size.height > 0 else { return grid }
    let area = ChartRendering.area(size)
    switch screen {
    case .chart(let chart): drawChart(chart, into: &grid, area: area, drawing: state.job != nil)
    case .wizard(let wizard): WizardView.draw(wizard, into: &grid, area: area)
    case .report(let report): report.draw(into: &grid, height: area.height)
    case .projection(let projection):
      ProjectionView.draw(projection, into: &grid, size: size, running: state.job != nil)
    }
    StatusLine.draw(state, into: &grid, y: size.height - 1)
    return grid
  }

  /// The last drawing (even one made at another size while the new one is drawn), or what is
  /// happening: `isDrawing` is false once a drawing job was stopped.
  private static func drawChart(
    _ chart: ChartScreen, into grid: inout Grid, area: Size, drawing isDrawing: Bool
  ) {
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

/// Text laid out for screens.
enum ScreenText {
  /// `text` broken into lines of at most `width` display columns at spaces (a longer word is cut);
  /// the text's leading spaces indent every line, and lines after the first leave `hang` columns
  /// free for an indent the caller adds.
  static func wrap(_ text: String, width: Int, hang: Int = 0) -> [String] {
    guard width > 0 else { return [] }
    let indent = String(text.prefix { $0 == " " })
    var lines: [String] = []
    var line = indent
    for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
      let candidate = line == indent ? line + word : line + " " + word
      if DisplayWidth.of(candidate) <= width - (lines.isEmpty ? 0 : hang) {
        line = candidate
      } else {
        if line != indent { lines.append(line) }
        line = indent + word
      }
    }
    if line != indent || lines.isEmpty { lines.append(line) }
    return lines
  }
}
