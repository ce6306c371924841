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
  /// The last drawing, for the spec and size it was made at; nil before the first.
  public internal(set) var drawing: ChartDrawing?
  /// The spec and size of the drawing being made off the main thread, if any.
  var pending: ChartDrawing.Key?

  /// A chart screen for `spec` over `table`, not drawn yet.
  public init(spec: ChartSpec, table: Table) {
    self.spec = spec
    self.table = table
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

  /// Draws `key.spec` of `table` at `key.size`. Pure, and as slow as the table is large.
  public static func make(_ key: Key, table: Table) -> ChartDrawing {
    // The bin count needs a second pass over the column; it runs on another thread meanwhile.
    let (grid, bins) = ChartChores.both(
      {
        Result { try key.spec.render(table, width: key.size.width, height: key.size.height) }
          .mapError { ChartFailure(message: String(describing: $0)) }
      },
      { binCount(key.spec, table: table) })
    return ChartDrawing(key: key, grid: grid, binCount: bins)
  }

  /// The bins a histogram spec makes: its count, or (for a rule) the count the rule chooses.
  private static func binCount(_ spec: ChartSpec, table: Table) -> Int? {
    guard spec.kind == .histogram, let name = spec.x, let column = table.column(named: name) else {
      return nil
    }
    if case .count(let count) = spec.binRule { return count }
    return try? Histogram.compute(column, rule: spec.binRule).counts.count
  }
}

/// Why a chart could not be drawn, as the screen shows it.
public struct ChartFailure: Error, Sendable, Equatable {
  /// The message.
  public var message: String
}

/// Runs the two halves of a chart job at once.
enum ChartChores {
  /// `first()` here and `second()` on another thread; returns both results.
  static func both<A: Sendable, B: Sendable>(
    _ first: @Sendable () -> A, _ second: @escaping @Sendable () -> B
  ) -> (A, B) {
    let slot = ResultSlot<B>()
    let group = DispatchGroup()
    DispatchQueue.global(qos: .userInitiated).async(group: group) { slot.store(second()) }
    let firstResult = first()
    group.wait()
    return (firstResult, slot.take() ?? second())
  }
}

/// One value handed from a worker thread to the thread waiting for it.
private final class ResultSlot<Value: Sendable>: @unchecked Sendable {
  // `value` is read and written only while `lock` is held.
  private let lock = NSLock()
  private var value: Value?

  func store(_ newValue: Value) { lock.withLock { value = newValue } }

  func take() -> Value? { lock.withLock { value } }
}
