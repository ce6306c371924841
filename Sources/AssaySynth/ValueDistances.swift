extension FidelityReport {
  /// How well one category's values keep their own numbers.
  public struct ValueDistance: Sendable, Equatable {
    /// The category column.
    public var column: String
    /// The values measured: those held by at least `ValueDistances.leastRows` real rows.
    public var values: Int
    /// The mean, over those values and every number and time column, of the Kolmogorov–Smirnov
    /// statistic between the column's real and synthetic values on the rows holding the value (1
    /// where the synthetic rows never hold it).
    public var meanDistance: Double
  }
}

/// The `FidelityReport.ValueDistance` of every category of 2 to `mostValues` real values, when the
/// table has number or time columns: where the rank correlations see a category only along its
/// codes' order, this sees each value's own distribution of each number.
enum ValueDistances {
  /// The most values a category may have to be measured.
  static let mostValues = 32
  /// The fewest real rows a value must hold to be measured.
  static let leastRows = 5

  /// The distances of the compared columns' categories (codes as keys, the same on both sides).
  static func measure(_ columns: [ColumnComparer]) -> [FidelityReport.ValueDistance] {
    let numbers = columns.filter { $0.comparison.kind == .number || $0.comparison.kind == .time }
    guard !numbers.isEmpty else { return [] }
    return columns.compactMap { category -> FidelityReport.ValueDistance? in
      guard category.comparison.kind == .category else { return nil }
      let real = rows(byCode: category.realKeys), synthetic = rows(byCode: category.syntheticKeys)
      guard (2...mostValues).contains(real.count) else { return nil }
      var total = 0.0, measured = 0, values = 0
      for (code, realRows) in real.sorted(by: { $0.key < $1.key }) where realRows.count >= leastRows {
        values += 1
        for number in numbers {
          let a = realRows.map { number.realKeys[$0] }.filter { !$0.isNaN }.sorted()
          guard !a.isEmpty else { continue }
          let b = (synthetic[code] ?? []).map { number.syntheticKeys[$0] }.filter { !$0.isNaN }.sorted()
          total += b.isEmpty ? 1 : DistributionDistance.kolmogorovSmirnov(a, b)
          measured += 1
        }
      }
      guard measured > 0 else { return nil }
      return .init(column: category.comparison.name, values: values, meanDistance: total / Double(measured))
    }
  }

  /// The rows holding each code (NaN keys left out).
  private static func rows(byCode keys: [Double]) -> [Double: [Int]] {
    var rows: [Double: [Int]] = [:]
    for (row, key) in keys.enumerated() where !key.isNaN { rows[key, default: []].append(row) }
    return rows
  }
}
