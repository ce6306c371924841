import AssayAnalysis
import AssayCore

/// The values of a spread category (`CategoryMarginal.isSpread`) for a block of rows: each value
/// has a copula dimension, and a row's probability in it says how strongly the row leans to that
/// value. Every value is given as many of the block's rows as its share makes (rounded at a random
/// offset, so that rare values come in their share over many blocks), and rows and values are
/// matched greedily, the strongest leaning first: a row takes the value it leans to most among
/// those with rows left to give. A category drawn within an earlier one (`CategoryCondition`) is
/// shared out the same way within each group of rows holding one of its parent's values, at its
/// shares there.
enum SpreadCategoryDraw {
  /// The code of each of `rows` rows (-1 for a null row), from the stratified probabilities
  /// (row-major, `columns` wide) of the column's dimensions, which start at `first`; `parentCodes`
  /// are the block's codes of the column the category is drawn within, if any.
  static func codes(
    probabilities: [Double], rows: Int, columns: Int, first: Int, marginal: CategoryMarginal,
    nulls: [Bool], parentCodes: [Int32]? = nil, random: inout SeededRandom
  ) -> [Int32] {
    var codes = [Int32](repeating: -1, count: rows)
    let open = (0..<rows).filter { nulls.isEmpty || !nulls[$0] }
    guard let condition = marginal.condition, let parentCodes, parentCodes.count == rows else {
      assign(open, upper: marginal.upper, probabilities, columns, first, &codes, &random)
      return codes
    }
    var groups = [[Int]](repeating: [], count: condition.upper.count + 1)
    for row in open {
      groups[parentCodes[row] < 0 ? condition.upper.count : Int(parentCodes[row])].append(row)
    }
    for (parent, group) in groups.enumerated() where !group.isEmpty {
      let upper = parent < condition.upper.count ? condition.upper[parent] : marginal.upper
      assign(group, upper: upper, probabilities, columns, first, &codes, &random)
    }
    return codes
  }

  /// Shares `rows` out to the values at the cumulative shares `upper`, greedily by leaning.
  private static func assign(
    _ rows: [Int], upper: [Double], _ probabilities: [Double], _ columns: Int, _ first: Int,
    _ codes: inout [Int32], _ random: inout SeededRandom
  ) {
    let values = upper.count
    var room = shares(upper, rows: rows.count, offset: random.interiorUnit())
    var keys = [UInt64]()
    var pairs = [UInt32]()
    keys.reserveCapacity(rows.count * values)
    pairs.reserveCapacity(rows.count * values)
    for (index, row) in rows.enumerated() {
      for value in 0..<values where room[value] > 0 {
        keys.append(UInt64(probabilities[row * columns + first + value] * 0x1p32))
        pairs.append(UInt32(index * values + value))
      }
    }
    KeyedRadixSort.sort(keys: &keys, carrying: &pairs)
    var left = rows.count
    for pair in pairs.reversed() where left > 0 {
      let row = rows[Int(pair) / values], value = Int(pair) % values
      guard codes[row] < 0, room[value] > 0 else { continue }
      codes[row] = Int32(value)
      room[value] -= 1
      left -= 1
    }
  }

  /// The value a single row (drawn on its own) takes: the one whose probability most exceeds the
  /// share of rows that do not take it, among the values its parent's value holds when the
  /// category is drawn within another (`parentCode`, -1 for none).
  static func code(probabilities: [Double], first: Int, marginal: CategoryMarginal, parentCode: Int) -> Int {
    var upper = marginal.upper
    if let condition = marginal.condition, parentCode >= 0 { upper = condition.upper[parentCode] }
    var best = 0
    var bestLead = -Double.infinity
    var below = 0.0
    for value in 0..<upper.count {
      let share = upper[value] - below
      below = upper[value]
      guard share > 0 else { continue }
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
