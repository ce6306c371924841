import AssayAnalysis
import AssayCore

/// The values of a spread category (`CategoryMarginal.isSpread`) for a block of rows: each value
/// has a copula dimension, and a row's probability in it says how strongly the row leans to that
/// value. Every value is given as many of the block's rows as its share makes (rounded at a random
/// offset, so that rare values come in their share over many blocks), and rows and values are
/// matched greedily, the strongest leaning first: a row takes the value it leans to most among
/// those with rows left to give.
enum SpreadCategoryDraw {
  /// The code of each of `rows` rows (-1 for a null row), from the stratified probabilities
  /// (row-major, `columns` wide) of the column's dimensions, which start at `first`.
  static func codes(
    probabilities: [Double], rows: Int, columns: Int, first: Int, marginal: CategoryMarginal,
    nulls: [Bool], random: inout SeededRandom
  ) -> [Int32] {
    let values = marginal.values.count
    var codes = [Int32](repeating: -1, count: rows)
    let open = (0..<rows).filter { nulls.isEmpty || !nulls[$0] }
    var room = shares(marginal.upper, rows: open.count, offset: random.interiorUnit())
    var keys = [UInt64]()
    var pairs = [UInt32]()
    keys.reserveCapacity(open.count * values)
    pairs.reserveCapacity(open.count * values)
    for row in open {
      for value in 0..<values {
        keys.append(UInt64(probabilities[row * columns + first + value] * 0x1p32))
        pairs.append(UInt32(row * values + value))
      }
    }
    KeyedRadixSort.sort(keys: &keys, carrying: &pairs)
    var left = open.count
    for pair in pairs.reversed() where left > 0 {
      let row = Int(pair) / values, value = Int(pair) % values
      guard codes[row] < 0, room[value] > 0 else { continue }
      codes[row] = Int32(value)
      room[value] -= 1
      left -= 1
    }
    return codes
  }

  /// The value a single row (drawn on its own) takes: the one whose probability most exceeds the
  /// share of rows that do not take it.
  static func code(probabilities: [Double], first: Int, marginal: CategoryMarginal) -> Int {
    var best = 0
    var bestLead = -Double.infinity
    var below = 0.0
    for value in 0..<marginal.values.count {
      let share = marginal.upper[value] - below
      below = marginal.upper[value]
      let lead = probabilities[first + value] - (1 - share)
      if lead > bestLead { (best, bestLead) = (value, lead) }
    }
    return best
  }

  /// How many of `rows` rows each value gets: the cumulative shares `upper` cut at a common random
  /// offset (systematic rounding), so that the counts add up to `rows`.
  private static func shares(_ upper: [Double], rows: Int, offset: Double) -> [Int] {
    var below = 0
    return upper.map { share in
      let through = Swift.min(rows, Int(share * Double(rows) + offset))
      defer { below = through }
      return through - below
    }
  }
}
