import AssayCore

/// One column of the report: both sides' statistics and distance, and the keys the correlations
/// and closest-record distances use.
struct ColumnComparer {
  /// The column compared.
  var comparison: FidelityReport.ColumnComparison
  /// Per row, the value ranked for the correlations (a number, or a category code), NaN for a null.
  var realKeys: [Double] = []
  /// The same for the synthetic rows.
  var syntheticKeys: [Double] = []
  /// Per row, the coordinate for the closest-record distance: a number standardised by the real
  /// mean and standard deviation, or the category code.
  var realFeatures: [Double] = []
  /// The same for the synthetic rows.
  var syntheticFeatures: [Double] = []

  /// The comparison of a real column with its synthetic twin; a column generated rather than learned
  /// comes with why.
  static func compare(real: Column, synthetic: Column, generatedBecause: String?) -> ColumnComparer {
    if let generatedBecause {
      return ColumnComparer(
        comparison: .init(
          name: real.name, kind: .generated, real: textSide(real), synthetic: textSide(synthetic),
          distance: nil, generatedBecause: generatedBecause))
    }
    if real.type == .string || real.type == .bool { return categories(real, synthetic) }
    let realNumbers = ColumnKeys.numbers(real), syntheticNumbers = ColumnKeys.numbers(synthetic)
    let realSorted = realNumbers.filter { !$0.isNaN }.sorted()
    let syntheticSorted = syntheticNumbers.filter { !$0.isNaN }.sorted()
    let realSide = numberSide(real, sorted: realSorted)
    let mean = realSide.mean ?? 0
    let sd = (realSide.sd ?? 0) > 0 ? realSide.sd! : 1
    return ColumnComparer(
      comparison: .init(
        name: real.name, kind: real.type.isTime ? .time : .number, real: realSide,
        synthetic: numberSide(synthetic, sorted: syntheticSorted),
        distance: DistributionDistance.kolmogorovSmirnov(realSorted, syntheticSorted)),
      realKeys: realNumbers, syntheticKeys: syntheticNumbers,
      realFeatures: realNumbers.map { ($0 - mean) / sd },
      syntheticFeatures: syntheticNumbers.map { ($0 - mean) / sd })
  }

  /// A text or boolean column: counts by value, total variation, codes by the real frequencies.
  private static func categories(_ real: Column, _ synthetic: Column) -> ColumnComparer {
    let realValues = ColumnKeys.values(real), syntheticValues = ColumnKeys.values(synthetic)
    let codes = ColumnKeys.categoryOrder(real: realValues, synthetic: syntheticValues)
    func keys(_ values: [Value]) -> [Double] { values.map { $0.isNull ? .nan : Double(codes[$0]!) } }
    func counts(_ keys: [Double]) -> [Int] {
      var counts = [Int](repeating: 0, count: codes.count)
      for key in keys where !key.isNaN { counts[Int(key)] += 1 }
      return counts
    }
    let realKeys = keys(realValues), syntheticKeys = keys(syntheticValues)
    let realCounts = counts(realKeys), syntheticCounts = counts(syntheticKeys)
    let names = codes.sorted { $0.value < $1.value }.map(\.key.description)
    func side(_ counts: [Int], rows: Int) -> FidelityReport.Side {
      let total = counts.reduce(0, +)
      let top = counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) }
      return FidelityReport.Side(
        rows: rows, nullShare: rows == 0 ? 0 : Double(rows - total) / Double(rows),
        distinct: counts.filter { $0 > 0 }.count, top: total > 0 ? top.map { names[$0] } : nil,
        topShare: total > 0 ? top.map { Double(counts[$0]) / Double(total) } : nil)
    }
    return ColumnComparer(
      comparison: .init(
        name: real.name, kind: .category, real: side(realCounts, rows: real.count),
        synthetic: side(syntheticCounts, rows: synthetic.count),
        distance: DistributionDistance.totalVariation(realCounts, syntheticCounts)),
      realKeys: realKeys, syntheticKeys: syntheticKeys, realFeatures: realKeys,
      syntheticFeatures: syntheticKeys)
  }

  /// A number or time column's side: nulls, mean, standard deviation, smallest and largest.
  private static func numberSide(_ column: Column, sorted: [Double]) -> FidelityReport.Side {
    var side = FidelityReport.Side(
      rows: column.count, nullShare: column.count == 0 ? 0 : Double(column.nullCount) / Double(column.count))
    guard let first = sorted.first, let last = sorted.last else { return side }
    let mean = sorted.reduce(0, +) / Double(sorted.count)
    side.mean = mean
    if sorted.count > 1 {
      side.sd = (sorted.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(sorted.count - 1)).squareRoot()
    }
    if let (smallest, largest) = integerExtremes(column) {
      side.minimum = Value.int(smallest).description
      side.maximum = Value.int(largest).description
    } else {
      side.minimum = written(first, in: column)
      side.maximum = written(last, in: column)
    }
    return side
  }

  /// An int column's smallest and largest values, exactly (a double keeps only 53 bits of them).
  private static func integerExtremes(_ column: Column) -> (Int64, Int64)? {
    guard column.type == .int else { return nil }
    var extremes: (Int64, Int64)?
    for chunk in column.chunks {
      guard case .int(let values) = chunk.values else { continue }
      for i in values.indices where !chunk.isNull(i) {
        extremes = (
          Swift.min(extremes?.0 ?? values[i], values[i]), Swift.max(extremes?.1 ?? values[i], values[i])
        )
      }
    }
    return extremes
  }

  /// A value of the column (as `ColumnKeys.numbers` gives it) written as the column writes it.
  private static func written(_ number: Double, in column: Column) -> String {
    switch column.type {
    case .int: return Value.int(Int64(saturating: number)).description
    case .date: return Value.date(Int32(clamping: Int64(saturating: number))).description
    case .timestamp:
      return Value.timestamp(
        Timestamp(microseconds: Int64(saturating: (number * 1e6).rounded()), zone: column.timeZone ?? .naive)
      )
      .description
    case .duration: return Value.duration(Int64(saturating: (number * 1e6).rounded())).description
    case .double, .bool, .string: return Value.double(number).description
    }
  }

  /// A generated column's side: nulls and the mean length in characters of its values' text.
  private static func textSide(_ column: Column) -> FidelityReport.Side {
    var side = FidelityReport.Side(
      rows: column.count, nullShare: column.count == 0 ? 0 : Double(column.nullCount) / Double(column.count))
    var total = 0, count = 0
    for value in ColumnKeys.values(column) where !value.isNull {
      total += value.description.count
      count += 1
    }
    side.meanLength = count > 0 ? Double(total) / Double(count) : nil
    return side
  }
}
