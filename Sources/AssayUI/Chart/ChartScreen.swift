import AssayAnalysis
import AssayCharts
import AssayCore
import AssayGrid
import Foundation

/// A chart of one table: the spec the keys change, and the last drawing, kept per size.
public struct ChartScreen: Sendable {
  /// What is drawn; the chart screen's keys change it.
  public var spec: ChartSpec
  /// The table charted (the sheet's rows when the chart was opened).
  public let table: Table
  /// What counts the table's bins and quartiles: its data source's own, or the table's in memory.
  public let aggregates: any Aggregating
  /// The last drawing, for the spec and size it was made at; nil before the first.
  public internal(set) var drawing: ChartDrawing?
  /// The spec and size of the drawing being made off the main thread, if any.
  var pending: ChartDrawing.Key?

  /// A chart screen for `spec` over `table`, not drawn yet, whose bins and quartiles `aggregates`
  /// computes (nil: `TableAggregates` of the table).
  public init(spec: ChartSpec, table: Table, aggregates: (any Aggregating)? = nil) {
    self.spec = spec
    self.table = table
    self.aggregates = aggregates ?? TableAggregates(table)
  }

  /// The name shown in the breadcrumb: `histogram of x`, `scatter y by x`.
  public var title: String {
    let x = spec.x ?? ""
    switch spec.kind {
    case .scatter, .line, .heatmap: return "\(spec.kind.rawValue) \(spec.y.joined(separator: ", ")) by \(x)"
    default: return "\(spec.kind.rawValue) of \(x)"
    }
  }

  /// The settings the keys change, for the status line: canvas, bins, scale, colours.
  public var settings: String {
    var parts = [spec.canvas.rawValue]
    if spec.kind == .histogram {
      parts.append(spec.binRule.name)
      if spec.vertical { parts.append("vertical") }
      if spec.logScale { parts.append("log") }
    }
    if spec.kind == .scatter { parts.append("colour: \(spec.colorBy ?? "off")") }
    if spec.kind == .line {
      parts.append(spec.every.map { "\(spec.resampling.rawValue) every \($0.text)" } ?? "every row")
    }
    return parts.joined(separator: " · ")
  }

  /// The columns that can colour a scatter: text and true/false columns.
  public var colourColumns: [String] {
    table.columns.filter { $0.type == .string || $0.type == .bool }.map(\.name)
  }
}

/// A chart drawn at a size, or why it could not be.
public struct ChartDrawing: Sendable, Equatable {
  /// What a drawing was made from.
  public struct Key: Sendable, Equatable {
    /// The spec drawn.
    public var spec: ChartSpec
    /// The size drawn at.
    public var size: Size
  }

  /// The spec and size it was made at.
  public var key: Key
  /// The cells, or the error's text.
  public var grid: Result<Grid, ChartFailure>
  /// The number of bins of a histogram, for the keys that ask for fewer or more.
  public var binCount: Int?

  /// Draws `key.spec` of `table` at `key.size`, its bins counted by `aggregates` (nil: the
  /// table's own). Pure, and as slow as the table is large.
  public static func make(_ key: Key, table: Table, aggregates: (any Aggregating)? = nil) -> ChartDrawing {
    let drawn = Result {
      try key.spec.render(table, aggregates: aggregates, width: key.size.width, height: key.size.height)
    }
    .mapError { ChartFailure(message: String(describing: $0)) }
    return ChartDrawing(key: key, grid: drawn.map(\.grid), binCount: binCount(key.spec, drawn: drawn))
  }

  /// The bins a histogram spec makes: its count, or (for a rule) the count the rule chose.
  private static func binCount(_ spec: ChartSpec, drawn: Result<ChartRender, ChartFailure>) -> Int? {
    guard spec.kind == .histogram else { return nil }
    if case .count(let count) = spec.binRule { return count }
    return try? drawn.get().histogram?.counts.count
  }
}

/// Why a chart could not be drawn, as the screen shows it.
public struct ChartFailure: Error, Sendable, Equatable {
  /// The message.
  public var message: String
}
