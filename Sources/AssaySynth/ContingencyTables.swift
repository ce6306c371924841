import AssayCore

/// The table of counts of every pair of some category columns (the indicator dimensions' columns,
/// or the categories that may spread), each counted in one pass over the rows where both have a
/// value: the tetrachoric correlation of any two of their values reads its 2 × 2 table from it, and
/// `CategorySpread` the pairs of values that never occur.
struct ContingencyTables: Sendable {
  /// Each indicator column's codes and number of values, by its position in the table.
  private let columns: [Int: (codes: [Double], values: Int)]
  /// The counts of each pair of columns (the lower position first), row-major by the first's code.
  private let tables: [Pair: [Double]]

  /// Two columns' positions, the lower first.
  private struct Pair: Hashable {
    let first: Int
    let second: Int
  }

  /// The tables of the indicator dimensions' columns.
  init(_ dimensions: [CopulaDimension]) {
    var columns: [Int: (codes: [Double], values: Int)] = [:]
    for case .indicator(let codes, _, let column, let values) in dimensions {
      columns[column] = (codes, values)
    }
    self.init(columns: columns)
  }

  /// The tables of every pair of these category columns: each one's codes (NaN for a null) and
  /// number of values, by its position in the table.
  init(columns: [Int: (codes: [Double], values: Int)]) {
    let positions = columns.keys.sorted()
    let pairs = positions.enumerated().flatMap { a, first in
      positions[(a + 1)...].map { Pair(first: first, second: $0) }
    }
    let counted = concurrentResults(count: pairs.count) { p -> [Double] in
      let (x, height) = columns[pairs[p].first]!, (y, width) = columns[pairs[p].second]!
      var table = [Double](repeating: 0, count: height * width)
      for i in x.indices where !x[i].isNaN && !y[i].isNaN { table[Int(x[i]) * width + Int(y[i])] += 1 }
      return table
    }
    self.columns = columns
    tables = Dictionary(uniqueKeysWithValues: zip(pairs, counted))
  }

  /// The counts of columns `first` and `second` (first < second), row-major by `first`'s code, and
  /// `second`'s number of values; nil for columns not counted.
  func table(_ first: Int, _ second: Int) -> (counts: [Double], width: Int)? {
    guard let counts = tables[Pair(first: first, second: second)], let width = columns[second]?.values else {
      return nil
    }
    return (counts, width)
  }

  /// Over the rows where columns `c` and `d` both have a value: their number, those where `c` holds
  /// its value `first`, those where `d` holds `second`, and those where both do.
  func cells(_ c: Int, _ first: Int, _ d: Int, _ second: Int) -> (
    rows: Double, onesX: Double, onesY: Double, both: Double
  ) {
    let flipped = c > d
    let (low, lowValue, high, highValue) = flipped ? (d, second, c, first) : (c, first, d, second)
    guard let (table, width) = table(low, high) else { return (0, 0, 0, 0) }
    let rows = table.reduce(0, +)
    let ones = (0..<width).reduce(0.0) { $0 + table[lowValue * width + $1] }
    let others = stride(from: highValue, to: table.count, by: width).reduce(0.0) { $0 + table[$1] }
    let both = table[lowValue * width + highValue]
    return flipped ? (rows, others, ones, both) : (rows, ones, others, both)
  }
}
