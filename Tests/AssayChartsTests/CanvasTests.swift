import AssayTestSupport
import Foundation
import Testing

@testable import AssayCharts

/// A frame, a rising diagonal and a sine wave through the middle.
private struct Shape: CanvasPainter {
  func paint<C: Canvas>(on canvas: inout C) {
    let right = canvas.dotWidth - 1, bottom = canvas.dotHeight - 1
    canvas.line(from: (0, 0), to: (right, 0), role: .axis)
    canvas.line(from: (0, bottom), to: (right, bottom), role: .axis)
    canvas.line(from: (0, 0), to: (0, bottom), role: .axis)
    canvas.line(from: (right, 0), to: (right, bottom), role: .axis)
    canvas.line(from: (0, bottom), to: (right, 0), role: .series1)
    for step in 0...200 {
      let x = Double(step) / 200 * 6.3
      canvas.plot(x: x, y: sin(x), xRange: 0...6.3, yRange: -1.2...1.2, role: .series2)
    }
  }
}

@Test(arguments: CanvasKind.allCases)
func oneShapeOnEveryCanvas(kind: CanvasKind) {
  let grid = kind.render(width: 16, height: 5, Shape())
  #expect(grid.width == 16 && grid.height == 5)
  expectRectangular(grid)
  for (x, y) in [(0, 0), (15, 0), (0, 4), (15, 4)] {
    #expect(grid[x: x, y: y] != .blank, "corner \(x),\(y) of the frame is missing")
  }
  #expect(grid[x: 15, y: 0].style.role == .series1 && grid[x: 0, y: 4].style.role == .series1)
  assertGolden(grid.plainLines().joined(separator: "\n") + "\n", named: "canvas-\(kind.rawValue).txt")
}

/// The plain lines of a canvas `width` cells wide and one high with the given dots set.
private func lines<C: Canvas>(_ type: C.Type, width: Int, dots: [(Int, Int)]) -> [String] {
  var canvas = C(width: width, height: 1)
  for (x, y) in dots { canvas.set(x: x, y: y, role: .text) }
  return canvas.render().plainLines()
}

@Test func patternCanvasesMapDotsToGlyphs() {
  #expect(lines(BrailleCanvas.self, width: 2, dots: [(0, 0), (3, 3), (3, 0), (9, 9), (-1, 0)]) == ["⠁⢈"])
  #expect(lines(QuadrantCanvas.self, width: 1, dots: [(1, 1), (0, 0)]) == ["▚"])
  #expect(lines(HalfBlockCanvas.self, width: 2, dots: [(0, 1), (1, 0), (1, 1)]) == ["▄█"])
  #expect(lines(ASCIICanvas.self, width: 3, dots: [(0, 0), (1, 1), (2, 0), (2, 1)]) == ["'.:"])
  var braille = BrailleCanvas(width: 1, height: 1)
  braille.set(x: 0, y: 0, role: .series1)
  braille.set(x: 1, y: 0, role: .series2)
  #expect(braille.render()[x: 0, y: 0].style.role == .series2)
}

@Test func densityCanvasShadesByShareOfTheBusiestCell() {
  var density = DensityCanvas(width: 5, height: 1)
  for (x, hits) in [(0, 8), (1, 6), (2, 4), (3, 1)] {
    for _ in 0..<hits { density.set(x: x, y: 0, role: .series1) }
  }
  #expect(density.hits(x: 0, y: 0) == 8 && density.hits(x: 9, y: 0) == 0)
  #expect(density.render().plainLines() == ["█▓▒░ "])
  #expect(DensityCanvas(width: 2, height: 1).render().plainLines() == ["  "])
}

@Test func plottingMapsDataRangesOntoDots() {
  let canvas = BrailleCanvas(width: 10, height: 5)
  #expect(canvas.dot(x: 0, y: 0, xRange: 0...1, yRange: 0...1)! == (0, 19))
  #expect(canvas.dot(x: 1, y: 1, xRange: 0...1, yRange: 0...1)! == (19, 0))
  #expect(canvas.dot(x: .nan, y: 1, xRange: 0...1, yRange: 0...1) == nil)
  #expect(canvas.dot(x: 5, y: 5, xRange: 5...5, yRange: 5...5)! == (10, 9))
}
