import AssayAnalysis
import AssayCore
import AssayGrid

/// Draws the projection screen: the chart with its crosshair, the info line under it (the row
/// nearest the crosshair, or why nothing is drawn), and the column chooser when it is open.
enum ProjectionView {
  /// Draws `projection` into the top `size.height - 1` rows of `grid`.
  static func draw(_ projection: ProjectionScreen, into grid: inout Grid, size: Size, running: Bool) {
    let infoY = size.height - 2
    if let picture = ProjectionRendering.picture(projection, size: size) {
      grid.draw(picture.grid, x: 0, y: 0)
      if infoY >= 0 { drawInfo(projection, picture, into: &grid, y: infoY) }
    } else {
      let text =
        projection.failure.map { "cannot project: \($0)" }
        ?? (running || projection.pending != nil
          ? "computing \(projection.method.rawValue) of \(NumberFormatting.grouped(projection.table.rowCount)) rows…"
          : "not projected: stopped (t switches method and computes again)")
      let style = Style(projection.failure == nil ? .text : .error)
      for (y, line) in ScreenText.wrap(text, width: size.width).prefix(max(0, size.height - 1)).enumerated() {
        grid.put(line, x: 0, y: y, style: style)
      }
    }
    if let chooser = projection.chooser { drawChooser(chooser, into: &grid, height: size.height - 1) }
  }

  /// The crosshair and the nearest point's row, or a failure under the last picture.
  private static func drawInfo(
    _ projection: ProjectionScreen, _ picture: ProjectionDrawing, into grid: inout Grid, y: Int
  ) {
    if let failure = projection.failure {
      grid.put("cannot project: " + failure, x: 0, y: y, style: Style(.error), maxWidth: grid.width)
      return
    }
    guard let cursor = projection.cursor else {
      let hint = "arrows/hjkl: crosshair · t: PCA/t-SNE · o: colour · C: columns · ?: keys"
      grid.put(hint, x: 0, y: y, style: Style(.label), maxWidth: grid.width)
      return
    }
    let placement = picture.placement
    let cell = PlotCell(x: min(cursor.x, placement.width - 1), y: min(cursor.y, placement.height - 1))
    let nearest = picture.nearest(to: cell)
    if let nearest,
      let at = picture.placement.screenPosition(
        x: picture.points.coordinates[2 * nearest], y: picture.points.coordinates[2 * nearest + 1])
    {
      grid.restyle(
        x: placement.x + Int(at.x), y: placement.y + Int(at.y / 2), width: 1,
        style: Style(.selection, bold: true))
    }
    let x = placement.x + cell.x, crossY = placement.y + cell.y
    if grid[x: x, y: crossY].character == " " { grid.put("+", x: x, y: crossY) }
    grid.restyle(x: x, y: crossY, width: 1, style: Style(.cursor))
    let text = nearest.map { describe(row: picture.points.row(of: $0), of: projection) } ?? "no point to find"
    grid.put(text, x: 0, y: y, style: Style(.text), maxWidth: grid.width)
  }

  /// `row 37 · setosa · sepal_length 5.1 · sepal_width 3.5 …`: the row's number in the sheet
  /// (1 = the first), its class and the values of the projected columns (`row` is a row of the table).
  static func describe(row: Int, of projection: ProjectionScreen) -> String {
    let table = projection.table
    var parts = ["row \(projection.sheetRow(row) + 1)"]
    if let name = projection.colorBy, let column = table.column(named: name) {
      parts.append(SafeText.visible(column[row].isNull ? "(null)" : column[row].description))
    }
    for name in projection.columns {
      let value = table.column(named: name)?.double(at: row)
      parts.append("\(SafeText.visible(name)) \(value.map(NumberFormatting.shortest) ?? "null")")
    }
    return parts.joined(separator: " · ")
  }

  /// The chooser as a box at the right: a line per column, `[x]` marking the chosen ones.
  private static func drawChooser(_ chooser: ColumnChooser, into grid: inout Grid, height: Int) {
    let lines = chooser.choices.indices.map { "\(chooser.marked[$0] ? "[x]" : "[ ]") \(chooser.choices[$0])" }
    let heading = "columns (Space, Enter)"
    let width = min(grid.width, 2 + max(DisplayWidth.of(heading), lines.map(DisplayWidth.of).max() ?? 0))
    let shown = max(0, height - 1)
    let top = max(0, min(chooser.cursor - shown + 1, lines.count - shown))
    let x = grid.width - width
    grid.fill(x: x, y: 0, width: width, height: min(height, lines.count + 1), with: Cell(" ", Style(.status)))
    grid.put(heading, x: x + 1, y: 0, style: Style(.status, bold: true), maxWidth: width - 1)
    for (offset, line) in lines.dropFirst(top).prefix(shown).enumerated() {
      let index = top + offset
      let style = index == chooser.cursor ? Style(.cursor) : Style(.status)
      grid.put(line, x: x + 1, y: offset + 1, style: style, maxWidth: width - 1)
    }
  }
}
