/// Chooses, for each category of 3 to `CategoryMarginal.mostSpreadValues` values, between one copula
/// dimension (its frequency-ordered codes) and one per value (`CategoryMarginal.isSpread`). One
/// dimension ties the category to a number only along the order of its codes; it is kept when that
/// order carries most of how the numbers differ between its values: when the squared rank
/// correlations of the codes with the number columns add up to at least `orderedShare` of the
/// squared correlation ratios (η², the share of a number's rank variance between the category's
/// values), or when the values differ in their numbers no more than chance makes them (twice the
/// (values − 1) / (rows − 1) that η² averages over unrelated columns, for each number). Otherwise
/// (a heavy species coded between two light ones) each value gets a dimension, and relates to
/// every column in its own way. Two categories that never hold together a pair of values that
/// independence would expect `absentPairRows` times or more (a species never seen on an island)
/// are both spread, and the later one is drawn within the values of the first such earlier one
/// (`CategoryCondition`), so that the two never meet in a pair the real rows lack. Categories are
/// spread in table order while the copula keeps to `mostDimensions`.
enum CategorySpread {
  /// The least share of the numbers' differences between values that the codes' order must carry
  /// for the category to keep one dimension.
  static let orderedShare = 0.8
  /// The fewest rows independence must expect of a pair of values that never occurs for the pair to
  /// spread its two categories.
  static let absentPairRows = 5.0
  /// The most copula dimensions spreading may bring the model to: a row costs their square to draw.
  static let mostDimensions = 160

  /// The fitted columns with the categories that their order does not carry spread.
  static func chosen(_ fitted: [FittedColumn]) -> [FittedColumn] {
    let numbers = fitted.compactMap { column -> [Double]? in
      switch column.model.marginal {
      case .quantiles, .steps: break
      default: return nil
      }
      guard case .ranked(let ranks) = column.dimensions.first else { return nil }
      return ranks
    }
    var spreadable: [Int: (codes: [Double], values: Int)] = [:]
    for (index, column) in fitted.enumerated() {
      guard let codes = column.codes, case .categories(let marginal) = column.model.marginal else { continue }
      spreadable[index] = (codes, marginal.values.count)
    }
    let tables = ContingencyTables(columns: spreadable)
    var paired = Set<Int>()
    var parents: [Int: Int] = [:]
    let positions = spreadable.keys.sorted()
    for (a, first) in positions.enumerated() {
      for second in positions[(a + 1)...] where lacksAnExpectedPair(tables.table(first, second)) {
        paired.formUnion([first, second])
        if parents[second] == nil { parents[second] = first }
      }
    }
    var spread = Set<Int>()
    var dimensions = fitted.reduce(0) { $0 + $1.dimensions.count }
    for (index, column) in fitted.enumerated() {
      guard let codes = column.codes, case .ranked(let codeRanks) = column.dimensions.first,
        case .categories(let categories) = column.model.marginal,
        dimensions + categories.values.count - 1 <= mostDimensions
      else { continue }
      var ordered = 0.0, between = 0.0
      for ranks in numbers {
        let correlation = RankScores.pearson(codeRanks, ranks)
        ordered += correlation * correlation
        between += correlationRatio(codes: codes, values: categories.values.count, ranks: ranks)
      }
      let rows = Double(codes.lazy.filter { !$0.isNaN }.count)
      let chance = Double(numbers.count * (categories.values.count - 1)) / Swift.max(1, rows - 1)
      guard paired.contains(index) || (between > 2 * chance && ordered < orderedShare * between) else {
        continue
      }
      spread.insert(index)
      dimensions += categories.values.count - 1
    }
    return fitted.enumerated().map { index, column -> FittedColumn in
      guard spread.contains(index), let codes = column.codes,
        case .categories(let categories) = column.model.marginal
      else { return column }
      let indicators = (0..<categories.values.count).map { value in
        CopulaDimension.indicator(
          codes: codes, value: Double(value), column: index, values: categories.values.count)
      }
      let within = parents[index].flatMap { parent -> CategoryCondition? in
        guard spread.contains(parent), let (counts, width) = tables.table(parent, index) else { return nil }
        return condition(counts, width: width, parent: parent, own: categories)
      }
      return FittedColumn(model: column.model.spread(given: within), dimensions: indicators, codes: codes)
    }
  }

  /// The shares of a category's values among the rows holding each value of its parent (at
  /// position `parent`), from their table of counts (`width` the category's values); the category's
  /// own shares `own` for a parent value no row holds with one of its values.
  static func condition(_ counts: [Double], width: Int, parent: Int, own: CategoryMarginal)
    -> CategoryCondition
  {
    let upper = stride(from: 0, to: counts.count, by: width).map { start -> [Double] in
      let row = counts[start..<(start + width)]
      let total = row.reduce(0, +)
      guard total > 0 else { return own.upper }
      var running = 0.0
      return row.map {
        running += $0
        return running / total
      }
    }
    return CategoryCondition(parent: parent, upper: upper)
  }

  /// True when a table of counts (`width` columns) misses some pair of values that independence
  /// would expect `absentPairRows` times or more.
  static func lacksAnExpectedPair(_ table: (counts: [Double], width: Int)?) -> Bool {
    guard let (counts, width) = table, width > 0 else { return false }
    let rows = counts.reduce(0, +)
    guard rows > 0 else { return false }
    let rowTotals = stride(from: 0, to: counts.count, by: width).map {
      counts[$0..<($0 + width)].reduce(0, +)
    }
    let columnTotals = (0..<width).map { j in
      stride(from: j, to: counts.count, by: width).reduce(0.0) { $0 + counts[$1] }
    }
    return counts.indices.contains { cell in
      counts[cell] == 0 && rowTotals[cell / width] * columnTotals[cell % width] >= absentPairRows * rows
    }
  }

  /// η² of ranks grouped by codes, over the rows where both are non-null: the variance of the
  /// groups' means over the total variance.
  static func correlationRatio(codes: [Double], values: Int, ranks: [Double]) -> Double {
    var sums = [Double](repeating: 0, count: values)
    var counts = [Double](repeating: 0, count: values)
    var total = 0.0, squares = 0.0, count = 0.0
    for i in codes.indices where !codes[i].isNaN && !ranks[i].isNaN {
      sums[Int(codes[i])] += ranks[i]
      counts[Int(codes[i])] += 1
      total += ranks[i]
      squares += ranks[i] * ranks[i]
      count += 1
    }
    guard count > 1 else { return 0 }
    let mean = total / count
    let spread = squares - count * mean * mean
    guard spread > 0 else { return 0 }
    let betweenGroups = zip(sums, counts).reduce(0.0) { sum, group in
      group.1 > 0 ? sum + group.1 * (group.0 / group.1 - mean) * (group.0 / group.1 - mean) : sum
    }
    return betweenGroups / spread
  }
}
