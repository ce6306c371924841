import AssayAnalysis
import AssayCore
import AssayGrid

/// One column of two tables (a real one and its synthetic twin) drawn group by group on the same
/// groups: histogram bins spanning both sides' values, or the first table's most frequent values.
/// Each group has the first side's bar on one line and the second's on the next, in two colours
/// named by a legend; a bar's length is its share of its own side's values, so sides of different
/// sizes compare, and the share is written after it.
public struct TwinBars: Sendable, Equatable {
  /// The groups' labels: `[low, high)` for bins, the value for categories.
  public let labels: [String]
  /// The first side's values in each group.
  public let first: [Int]
  /// The second side's values in each group.
  public let second: [Int]
  /// The first side's values counted (nulls left out), its shares' denominator.
  public let firstTotal: Int
  /// The second side's values counted, its shares' denominator.
  public let secondTotal: Int
  /// The sides' names, for the legend.
  public let names: (first: String, second: String)

  /// Equal when labels, counts and names are.
  public static func == (a: TwinBars, b: TwinBars) -> Bool {
    a.labels == b.labels && a.first == b.first && a.second == b.second && a.names == b.names
      && (a.firstTotal, a.secondTotal) == (b.firstTotal, b.secondTotal)
  }

  /// The two sides of a numeric, date or time column on `bins` equal bins from the smaller minimum
  /// to the larger maximum (a value on an inner edge in the bin to its right, the maximum in the
  /// last, as numpy.histogram bins); nil when neither side has a value.
  public static func histogram(
    _ first: Column, _ second: Column, bins: Int, names: (first: String, second: String)
  ) -> TwinBars? {
    let sides = [first, second].map { NumericValues($0).values.filter { !$0.isNaN } }
    let all = sides[0] + sides[1]
    guard let low = all.min(), let high = all.max() else { return nil }
    let edges: [Double] =
      low == high
      ? [low - 0.5, high + 0.5]
      : (0...max(1, bins)).map { index in
        // Weighted, not low + (high − low)·t: the difference of two huge values is infinite.
        let share = Double(index) / Double(max(1, bins))
        return index == max(1, bins) ? high : low * (1 - share) + high * share
      }
    let counts = sides.map { values in
      values.reduce(into: [Int](repeating: 0, count: edges.count - 1)) { counts, value in
        counts[Self.bin(of: value, edges: edges)] += 1
      }
    }
    let texts = AxisKind(first).edgeLabels(edges)
    let labels = (0..<edges.count - 1).map { index in
      "[\(texts[index]), \(texts[index + 1])" + (index == edges.count - 2 ? "]" : ")")
    }
    return TwinBars(
      labels: labels, first: counts[0], second: counts[1], firstTotal: sides[0].count,
      secondTotal: sides[1].count, names: names)
  }

  /// The two sides of a column of categories on the first side's `top` most frequent values (ties
  /// in value order), and the rest as `other` when there is any.
  public static func frequencies(
    _ first: Column, _ second: Column, top: Int, names: (first: String, second: String)
  ) -> TwinBars {
    let counts = [first, second].map { column in
      (0..<column.count).reduce(into: [String: Int]()) { counts, row in
        let value = column[row]
        if !value.isNull { counts[value.description, default: 0] += 1 }
      }
    }
    let kept = counts[0].sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(max(1, top)).map(\.key)
    let totals = counts.map { $0.values.reduce(0, +) }
    var shown = counts.map { side in kept.map { side[$0] ?? 0 } }
    var labels = kept.map { SafeText.visible($0) }
    let rest = (0..<2).map { totals[$0] - shown[$0].reduce(0, +) }
    if rest.contains(where: { $0 > 0 }) {
      labels.append("other")
      for side in 0..<2 { shown[side].append(rest[side]) }
    }
    return TwinBars(
      labels: labels, first: shown[0], second: shown[1], firstTotal: totals[0], secondTotal: totals[1],
      names: names)
  }

  /// The bin of `value` among `edges` (numpy.histogram's rule).
  private static func bin(of value: Double, edges: [Double]) -> Int {
    var (low, high) = (0, edges.count - 1)
    while low < high {
      let middle = (low + high) / 2
      if edges[middle] <= value { low = middle + 1 } else { high = middle }
    }
    return min(max(0, low - 1), edges.count - 2)
  }

  /// The legend and the bars, in at most `width` columns; as many groups as `height` holds (two
  /// lines each under the legend's line).
  public func render(width: Int, height: Int) -> Grid {
    let shownGroups = min(labels.count, max(0, (height - 1) / 2))
    var grid = Grid(width: width, height: min(height, 1 + 2 * shownGroups))
    var x = grid.put("█", x: 0, y: 0, style: Style(.series1))
    x += grid.put(
      " \(SafeText.visible(names.first)) (\(NumberFormatting.grouped(firstTotal))) above   ", x: x, y: 0)
    x += grid.put("█", x: x, y: 0, style: Style(.series2))
    // The order is named, so that the sides are told apart without colour (NO_COLOR, monochrome).
    grid.put(
      " \(SafeText.visible(names.second)) (\(NumberFormatting.grouped(secondTotal))) below", x: x, y: 0)
    let shares = [(first, firstTotal), (second, secondTotal)].map { counts, total in
      counts.map { total > 0 ? Double($0) / Double(total) : 0 }
    }
    let shareTexts = shares.map { $0.map { String(format: "%.1f%%", 100 * $0) } }
    let labelWidth = labels.prefix(shownGroups).map(DisplayWidth.of).max() ?? 0
    let textWidth = shareTexts.flatMap { $0.prefix(shownGroups) }.map(DisplayWidth.of).max() ?? 0
    let barStart = labelWidth + 2
    let barWidth = max(1, width - barStart - 1 - textWidth)
    let largest = shares.flatMap { $0.prefix(shownGroups) }.max() ?? 0
    for group in 0..<shownGroups {
      for side in 0..<2 {
        let y = 1 + 2 * group + side
        if side == 0 {
          grid.put(labels[group], x: labelWidth - DisplayWidth.of(labels[group]), y: y, style: Style(.label))
        }
        grid.put(" ┤", x: labelWidth, y: y, style: Style(.axis))
        let bar =
          largest > 0 ? HorizontalBar.text(fraction: shares[side][group] / largest, width: barWidth) : ""
        let cells = grid.put(bar, x: barStart, y: y, style: Style(side == 0 ? .series1 : .series2))
        grid.put(shareTexts[side][group], x: barStart + cells + 1, y: y, style: Style(.label))
      }
    }
    return grid
  }
}
