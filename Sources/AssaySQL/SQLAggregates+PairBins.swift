import AssayAnalysis
import AssayCore
import Synchronization

extension SQLAggregates {
  /// The pairs of two number columns as a heatmap bins them, counted by the engine: the rows (those
  /// with an infinite value skipped as no number, others without a pair as nulls), and the pairs
  /// (rows where both hold a finite number) with their extents, then one GROUP BY of (x bin, y bin) for each
  /// grid the chart asks for, each pair placed by the float arithmetic `Histogram2D` uses. Columns
  /// the engine does not hold as numbers (dates and times) are read and paired as the loaded sheet
  /// would pair them.
  public func bins2D(x: String, y: String) throws -> PairBins {
    let counted = try session { session -> PairBins? in
      let schema = try schema(session)
      let (xColumn, yColumn) = (try schema.requireColumn(x), try schema.requireColumn(y))
      guard xColumn.type.isNumeric, yColumn.type.isNumeric else { return nil }
      let (xValue, yValue) = (dialect.asDouble(numeric(xColumn)), dialect.asDouble(numeric(yColumn)))
      let paired = "\(dialect.holdsFiniteNumber(xValue)) AND \(dialect.holdsFiniteNumber(yValue))"
      let stats = try session.row(
        "SELECT COUNT(*), \(["MIN", "MAX"].map { "\($0)(\(xValue)), \($0)(\(yValue))" }.joined(separator: ", ")) "
          + "FROM \(from) WHERE \(paired)")
      let infinite = "\(dialect.isInfinite(xValue)) OR \(dialect.isInfinite(yValue))"
      let rows = try session.row("SELECT COUNT(*), SUM(CASE WHEN \(infinite) THEN 1 ELSE 0 END) FROM \(from)")
      let pairs = Int(stats[0].engineNumber ?? 0)
      let numbers = stats.dropFirst().map { $0.engineNumber }
      func range(_ low: Double?, _ high: Double?) -> ClosedRange<Double>? {
        guard pairs > 0, let low, let high, low <= high else { return nil }
        return low...high
      }
      let grids = CountedGrids()
      return PairBins(
        xRange: range(numbers[0], numbers[2]), yRange: range(numbers[1], numbers[3]),
        skipped: SkippedRows(
          nulls: Int(rows[0].engineNumber ?? 0) - pairs - Int(rows[1].engineNumber ?? 0),
          nonNumeric: Int(rows[1].engineNumber ?? 0))
      ) { xRange, yRange, xBins, yBins in
        try grids.counted(GridKey(xRange: xRange, yRange: yRange, xBins: xBins, yBins: yBins)) { key in
          try self.session { try binCounts(key, x: xValue, y: yValue, pairedWhere: paired, in: $0) }
            ?? pulled([x, y]).bins2D(x: x, y: y).bins(
              xRange: key.xRange, yRange: key.yRange, xBins: key.xBins, yBins: key.yBins)
        }
      }
    }
    return try counted ?? pulled([x, y]).bins2D(x: x, y: y)
  }

  /// The pairs counted in the grid `key` names by one GROUP BY of their bins (see `bins2D`); nil
  /// for a grid wider than a double holds.
  private func binCounts(
    _ key: GridKey, x: String, y: String, pairedWhere paired: String, in session: SQLSession
  ) throws -> Histogram2D? {
    let columns = Histogram2D.clampedBins(key.xBins), rows = Histogram2D.clampedBins(key.yBins)
    var statement = SQLStatement(dialect)
    let (xBin, yBin) = (dialect.quote("assay_x_bin"), dialect.quote("assay_y_bin"))
    let (xPlace, yPlace) = (
      placement(x, key.xRange, bins: columns, statement: &statement),
      placement(y, key.yRange, bins: rows, statement: &statement)
    )
    guard let xPlace, let yPlace else { return nil }
    let sql: String
    if dialect.engine == .clickhouse {
      // A flat GROUP BY, which every shard of a Distributed table runs on its own rows.
      sql = """
        SELECT \(xPlace.bin) AS \(xBin), \(yPlace.bin) AS \(yBin), COUNT(*) FROM \(from) \
        WHERE \(paired) AND \(xPlace.inside) AND \(yPlace.inside) GROUP BY \(xBin), \(yBin)
        """
    } else {
      let (xFraction, yFraction) = (dialect.quote("assay_x"), dialect.quote("assay_y"))
      sql = """
        SELECT \(xBin), \(yBin), COUNT(*) FROM (SELECT \(xPlace.binOf(xFraction)) AS \(xBin), \
        \(yPlace.binOf(yFraction)) AS \(yBin) FROM (SELECT \(xPlace.fraction) AS \(xFraction), \
        \(yPlace.fraction) AS \(yFraction) FROM \(from) WHERE \(paired)) AS \(dialect.quote("fractions")) \
        WHERE \(xPlace.within(xFraction)) AND \(yPlace.within(yFraction))) AS \(dialect.quote("binned")) \
        GROUP BY \(xBin), \(yBin)
        """
    }
    var counts = [Int](repeating: 0, count: columns * rows)
    for row in try session.rows(sql, of: statement) {
      guard let column = row[0].engineNumber.map(Int.init), let line = row[1].engineNumber.map(Int.init),
        (0..<columns).contains(column), (0..<rows).contains(line)
      else { continue }
      counts[line * columns + column] += Int(row[2].engineNumber ?? 0)
    }
    return Histogram2D(
      xRange: key.xRange, yRange: key.yRange, xBins: columns, yBins: rows, counts: counts)
  }

  /// How one axis places its values in `bins` bins over `range`, as `Histogram2D` places them: the
  /// fraction of the way along `(v − low) / (high − low)`, kept when from 0 to 1, its bin that
  /// fraction times the bins cut toward zero and held below the last; a range of one value keeps
  /// that value alone, in bin 0. Nil when the range's width is past a double's.
  private func placement(
    _ value: String, _ range: ClosedRange<Double>, bins: Int, statement: inout SQLStatement
  )
    -> AxisPlacement?
  {
    let (low, high) = (range.lowerBound, range.upperBound)
    guard high > low else {
      let only = statement.bind(low)
      return AxisPlacement(
        fraction: value, inside: "\(value) = \(only)", binOf: { _ in "0" }, within: { "\($0) = \(only)" })
    }
    guard (high - low).isFinite else { return nil }
    let fraction = "(\(value) - \(statement.bind(low))) / \(statement.bind(high - low))"
    let (zero, one, count, last) = (
      statement.bind(0.0), statement.bind(1.0), statement.bind(Double(bins)), statement.bind(bins - 1)
    )
    let start = statement.bind(0)
    let within = { (placed: String) in "\(placed) >= \(zero) AND \(placed) <= \(one)" }
    let binOf = { [dialect] (placed: String) in
      dialect.clamped(dialect.truncated("\(placed) * \(count)"), start, last)
    }
    return AxisPlacement(fraction: fraction, inside: within("(\(fraction))"), binOf: binOf, within: within)
  }
}

/// One axis of a 2-D bin statement: the value's fraction of the way along, the condition that
/// keeps it (written on the value itself), its bin from a fraction, the condition on a fraction.
private struct AxisPlacement {
  /// The fraction's expression.
  let fraction: String
  /// The condition on the value that keeps it in the grid.
  let inside: String
  /// The bin of a fraction (an expression or a derived table's column).
  let binOf: (String) -> String
  /// The condition on a fraction that keeps it in the grid.
  let within: (String) -> String

  /// The bin of the value itself.
  var bin: String { binOf("(\(fraction))") }
}

/// A grid of 2-D bins: its extents and its bins across and down.
struct GridKey: Hashable, Sendable {
  /// The x extent.
  let xRange: ClosedRange<Double>
  /// The y extent.
  let yRange: ClosedRange<Double>
  /// Bins across.
  let xBins: Int
  /// Bins down.
  let yBins: Int
}

/// The grids a heatmap asked for, each counted once: the chart asks again for the grid it settled on.
final class CountedGrids: Sendable {
  private let counted = Mutex<[GridKey: Histogram2D]>([:])

  /// The bins of `key`, counted by `count` the first time.
  func counted(_ key: GridKey, count: (GridKey) throws -> Histogram2D) throws -> Histogram2D {
    if let known = counted.withLock({ $0[key] }) { return known }
    let bins = try count(key)
    counted.withLock { $0[key] = bins }
    return bins
  }
}
