/// Chooses, for each category of 3 to `CategoryMarginal.mostSpreadValues` values, between one copula
/// dimension (its frequency-ordered codes) and one per value (`CategoryMarginal.isSpread`). One
/// dimension ties the category to a number only along the order of its codes; it is kept when that
/// order carries most of how the numbers differ between its values: when the squared rank
/// correlations of the codes with the number columns add up to at least `orderedShare` of the
/// squared correlation ratios (η², the share of a number's rank variance between the category's
/// values), or when the values differ in their numbers no more than chance makes them (twice the
/// (values − 1) / (rows − 1) that η² averages over unrelated columns, for each number). Otherwise
/// (a heavy species coded between two light ones) each value gets a dimension, and relates to
/// every column in its own way. Two categories that never hold together a pair of
/// values that independence would expect `absentPairRows` times or more (a species never seen on
/// an island) are both spread, so that the indicators' correlations keep such pairs rare.
enum CategorySpread {
  /// The least share of the numbers' differences between values that the codes' order must carry
  /// for the category to keep one dimension.
  static let orderedShare = 0.8
  /// The fewest rows independence must expect of a pair of values that never occurs for the pair to
  /// spread its two categories.
  static let absentPairRows = 5.0

  /// The fitted columns with the categories that their order does not carry spread.
  static func chosen(_ fitted: [FittedColumn]) -> [FittedColumn] {
    let numbers = fitted.compactMap { column -> [Double]? in
      guard case .quantiles = column.model.marginal, case .ranked(let ranks) = column.dimensions.first else {
        return nil
      }
      return ranks
    }
    let categories = fitted.indices.filter { fitted[$0].codes != nil }
    var paired = Set<Int>()
    var parents: [Int: Int] = [:]
    for (a, first) in categories.enumerated() {
      for second in categories[(a + 1)...] where lacksAnExpectedPair(fitted[first], fitted[second]) {
        paired.formUnion([first, second])
        if parents[second] == nil { parents[second] = first }
      }
    }
    return fitted.enumerated().map { index, column -> FittedColumn in
      guard let codes = column.codes, case .ranked(let codeRanks) = column.dimensions.first,
        case .categories(let categories) = column.model.marginal
      else { return column }
      var ordered = 0.0, between = 0.0
      for ranks in numbers {
        let correlation = RankScores.pearson(codeRanks, ranks)
        ordered += correlation * correlation
        between += correlationRatio(codes: codes, values: categories.values.count, ranks: ranks)
      }
      let rows = Double(codes.lazy.filter { !$0.isNaN }.count)
      let chance = Double(numbers.count * (categories.values.count - 1)) / Swift.max(1, rows - 1)
      let related = between > 2 * chance && ordered < orderedShare * between
      guard paired.contains(index) || related else { return column }
      let indicators = (0..<categories.values.count).map { value in
        CopulaDimension.indicator(
          codes: codes, value: Double(value), column: index, values: categories.values.count)
      }
      let within = parents[index].flatMap { Self.condition(of: column, given: fitted[$0], at: $0) }
      return FittedColumn(model: column.model.spread(given: within), dimensions: indicators, codes: codes)
    }
  }

  /// The shares of `child`'s values among the rows holding each value of `parent` (at position
  /// `position`); the child's own shares for a parent value no row holds with a child value.
  static func condition(of child: FittedColumn, given parent: FittedColumn, at position: Int)
    -> CategoryCondition?
  {
    guard let x = parent.codes, let y = child.codes, case .categories(let first) = parent.model.marginal,
      case .categories(let second) = child.model.marginal
    else { return nil }
    var counts = [[Double]](
      repeating: [Double](repeating: 0, count: second.values.count), count: first.values.count)
    for i in x.indices where !x[i].isNaN && !y[i].isNaN { counts[Int(x[i])][Int(y[i])] += 1 }
    let upper = counts.map { row -> [Double] in
      let total = row.reduce(0, +)
      guard total > 0 else { return second.upper }
      var running = 0.0
      return row.map {
        running += $0
        return running / total
      }
    }
    return CategoryCondition(parent: position, upper: upper)
  }

  /// True when two categories never hold together some pair of values that independence would
  /// expect `absentPairRows` times or more, over the rows where both have a value.
  static func lacksAnExpectedPair(_ a: FittedColumn, _ b: FittedColumn) -> Bool {
    guard let x = a.codes, let y = b.codes, case .categories(let first) = a.model.marginal,
      case .categories(let second) = b.model.marginal
    else { return false }
    let width = second.values.count
    var table = [Double](repeating: 0, count: first.values.count * width)
    var rows = 0.0
    for i in x.indices where !x[i].isNaN && !y[i].isNaN {
      table[Int(x[i]) * width + Int(y[i])] += 1
      rows += 1
    }
    let firstTotals = (0..<first.values.count).map { i in
      (0..<width).reduce(0.0) { $0 + table[i * width + $1] }
    }
    let secondTotals = (0..<width).map { j in firstTotals.indices.reduce(0.0) { $0 + table[$1 * width + j] } }
    return table.indices.contains { cell in
      table[cell] == 0 && firstTotals[cell / width] * secondTotals[cell % width] >= absentPairRows * rows
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
