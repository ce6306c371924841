import Foundation

/// A table's rows in another order (a sort's result) without copying them: a cell is read
/// through the order, and a column is gathered into that order only when a consumer asks for
/// it, once; copies of a value share what was gathered.
public final class OrderedRows: @unchecked Sendable, Equatable {
  // `gathered` is read and written only while `lock` is held; everything else is immutable.
  /// The table in its stored order.
  public let base: Table
  /// `order[i]` is the base row at position `i`; a permutation of the base's rows.
  public let order: [Int]
  private let lock = NSLock()
  private var gathered: [Int: Column]

  /// The rows of `base` in `order` (a permutation of `0..<base.rowCount`).
  public convenience init(base: Table, order: [Int]) {
    self.init(base: base, order: order, gathered: [:])
  }

  private init(base: Table, order: [Int], gathered: [Int: Column]) {
    precondition(order.count == base.rowCount, "an order holds every row once")
    self.base = base
    self.order = order
    self.gathered = gathered
  }

  /// Number of rows.
  public var rowCount: Int { order.count }

  /// The value at position `row` of column `column`, read through the order.
  public func value(row: Int, column: Int) -> Value { base.columns[column][order[row]] }

  /// Column `index` with its rows in this order; gathered on the first call.
  public func column(_ index: Int) -> Column {
    if let column = lock.withLock({ gathered[index] }) { return column }
    let column = base.columns[index].gathering(rows: order)
    lock.withLock { gathered[index] = column }
    return column
  }

  /// The whole table in this order: the columns not gathered yet are gathered together, in parallel.
  public func table() -> Table {
    (try? table(monitor: nil)) ?? Table(name: base.name, columns: [])
  }

  /// Like `table()`, reporting the rows gathered to `monitor`; throws `CancellationError` when
  /// the monitor is stopped before the end (what was gathered so far is dropped).
  public func table(monitor: WorkMonitor?) throws -> Table {
    let known = lock.withLock { gathered }
    let missing = base.columns.indices.filter { known[$0] == nil }
    var columns = known
    if !missing.isEmpty {
      let part = Table(name: base.name, columns: missing.map { base.columns[$0] })
      let gatheredPart =
        try monitor.map { try part.gathering(rows: order, monitor: $0) } ?? part.gathering(rows: order)
      for (index, column) in zip(missing, gatheredPart.columns) { columns[index] = column }
      lock.withLock { gathered.merge(columns) { kept, _ in kept } }
    }
    return Table(name: base.name, columns: base.columns.indices.compactMap { columns[$0] })
  }

  /// The same rows and order over the columns at `indices` of the base, in that order; the
  /// columns already gathered come along.
  public func selectingColumns(_ indices: [Int]) -> OrderedRows {
    let known = lock.withLock { gathered }
    var carried: [Int: Column] = [:]
    for (position, index) in indices.enumerated() { carried[position] = known[index] }
    return OrderedRows(
      base: Table(name: base.name, columns: indices.map { base.columns[$0] }), order: order, gathered: carried
    )
  }

  /// Equal when they show the same rows in the same order.
  public static func == (a: OrderedRows, b: OrderedRows) -> Bool {
    a === b || (a.order == b.order && a.base == b.base)
  }
}
