import AssayCharts
import AssayGrid
import Testing

/// Asserts that every line of a grid has the grid's display width.
func expectRectangular(_ grid: Grid, sourceLocation: SourceLocation = #_sourceLocation) {
  for line in grid.plainLines() {
    #expect(
      DisplayWidth.of(line) == grid.width, "line \"\(line)\" is not \(grid.width) wide",
      sourceLocation: sourceLocation)
  }
}
