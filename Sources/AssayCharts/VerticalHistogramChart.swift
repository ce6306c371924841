import AssayAnalysis
import AssayCore
import AssayGrid
import Foundation

/// A histogram drawn upright between axes: the x axis spans the bins' edges with nice ticks, the
/// y axis counts (linear from 0, or `log10(1 + count)`), each bin a filled column of dots.
public struct VerticalHistogramChart: Sendable {
  /// The bins to draw.
  public var histogram: Histogram
  /// The canvas the bars are filled on.
  public var canvas: CanvasKind
  /// Title, axis names and border.
  public var decorations: ChartDecorations
  /// Counts on a log scale.
  public var logScale: Bool
  /// What the bins' edges stand for: numbers, or instants with calendar ticks.
  public var axis: AxisKind = .number

  /// A chart of `histogram`.
  public init(
    histogram: Histogram, canvas: CanvasKind = .block, decorations: ChartDecorations = .init(),
    logScale: Bool = false
  ) {
    self.histogram = histogram
    self.canvas = canvas
    self.decorations = decorations
    self.logScale = logScale
  }

  /// The chart in a grid of exactly `width × height` cells.
  public func render(width: Int, height: Int) -> Grid {
    let first = histogram.edges.first ?? 0, last = histogram.edges.last ?? 1
    let maximum = histogram.counts.max() ?? 0
    let logScale = self.logScale, axis = self.axis
    let frame = PlotFrame(
      width: width, height: height, decorations: decorations,
      footer: histogram.footerVariants(layout: logScale ? ["log scale"] : []),
      xScale: { axis.scale(first...last, maximumTicks: $0) },
      yAxis: .numeric { ticks in
        logScale
          ? AxisScale.logCounts(maximum: maximum, maximumTicks: ticks)
          : AxisScale.linear(0...Double(max(1, maximum)), maximumTicks: ticks)
      }, dotsAcross: canvas.dots.across, dotsDown: canvas.dots.down)
    let painter = Bars(
      histogram: histogram, xScale: frame.xScale,
      yScale: frame.yScale ?? AxisScale.linear(0...1, maximumTicks: 2),
      logScale: logScale)
    return frame.compose(plot: canvas.render(width: frame.plotWidth, height: frame.plotHeight, painter))
  }

  private struct Bars: CanvasPainter {
    let histogram: Histogram
    let xScale: AxisScale
    let yScale: AxisScale
    let logScale: Bool

    func paint<C: Canvas>(on canvas: inout C) {
      let edges = histogram.edges, counts = histogram.counts
      guard edges.count == counts.count + 1, let first = edges.first, let last = edges.last else { return }
      let across = canvas.dotWidth, down = canvas.dotHeight
      let low = xScale.range.lowerBound, high = xScale.range.upperBound
      func bin(_ x: Double) -> Int { min(max(0, edges.partitioningIndex { $0 > x } - 1), counts.count - 1) }
      for dx in 0..<across {
        let left = WideSpan.value(at: Double(dx) / Double(across), low: low, high: high),
          right = WideSpan.value(at: Double(dx + 1) / Double(across), low: low, high: high)
        guard right > first, left <= last else { continue }
        // Bins narrower than a dot share it; the dot column shows the tallest of them.
        let count = counts[bin(max(left, first))...bin(min(right, last))].max() ?? 0
        guard count > 0 else { continue }
        let value = logScale ? log10(1 + Double(count)) : Double(count)
        let top = min(down, max(1, yScale.dot(value, dots: down) + 1))
        for dy in (down - top)..<down { canvas.set(x: dx, y: dy, role: .series1) }
      }
    }
  }
}

extension Array where Element: Comparable {
  /// The first index whose element satisfies `belongs`, for an array partitioned so that every
  /// element that does follows every one that does not (binary search).
  func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
    var low = 0, high = count
    while low < high {
      let middle = (low + high) / 2
      if belongs(self[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
