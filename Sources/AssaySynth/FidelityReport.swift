import AssayAnalysis
import AssayCore

/// How faithful and how private a synthetic table is against the real one: per column both sides'
/// statistics and the distance between their distributions (Kolmogorov–Smirnov for numbers and
/// times, total variation for categories), the rank correlation matrices side by side, how well
/// each category's values keep their own numbers, exact copies of real rows, and the distance to
/// closest record. `text` and `json` render it.
public struct FidelityReport: Sendable {
  /// How a column is compared.
  public enum Kind: String, Sendable {
    /// Numbers and durations: Kolmogorov–Smirnov.
    case number
    /// Dates and timestamps: Kolmogorov–Smirnov.
    case time
    /// Texts and booleans: total variation.
    case category
    /// Generated, not learned: no distance.
    case generated
  }

  /// One side's statistics of a column.
  public struct Side: Sendable, Equatable {
    /// Rows, null ones included.
    public var rows: Int
    /// The share of null rows.
    public var nullShare: Double
    /// Numbers: the mean and sample standard deviation of the values (times in days or seconds).
    public var mean: Double?
    /// The sample standard deviation.
    public var sd: Double?
    /// Numbers and times: the smallest and largest values as written.
    public var minimum: String?
    /// The largest value as written.
    public var maximum: String?
    /// Categories: the number of distinct values.
    public var distinct: Int?
    /// Categories: the most frequent value and its share of the non-null values.
    public var top: String?
    /// The top value's share.
    public var topShare: Double?
    /// Generated text: the mean length in characters.
    public var meanLength: Double?
  }

  /// One column compared.
  public struct ColumnComparison: Sendable, Equatable {
    /// The column's name.
    public var name: String
    /// How it is compared.
    public var kind: Kind
    /// The real side.
    public var real: Side
    /// The synthetic side.
    public var synthetic: Side
    /// The distance between the two distributions of non-null values (KS or TV); nil for a
    /// generated column.
    public var distance: Double?
    /// Why a generated column is not learned (`ColumnModel.generationReason`); nil for the others.
    public var generatedBecause: String? = nil

    /// The distance's name: `KS` or `TV`.
    public var distanceName: String? {
      switch kind {
      case .number, .time: return "KS"
      case .category: return "TV"
      case .generated: return nil
      }
    }
  }

  /// The rows of each table.
  public let realRows: Int
  /// The synthetic rows.
  public let syntheticRows: Int
  /// Every column.
  public let columns: [ColumnComparison]
  /// The columns of the correlation matrices (every one not generated).
  public let correlationColumns: [String]
  /// The real rank correlations, row-major.
  public let realCorrelations: [Double]
  /// The synthetic rank correlations, row-major.
  public let syntheticCorrelations: [Double]
  /// Synthetic rows equal in every cell to some real row.
  public let exactCopies: Int
  /// Distance to closest record; nil when no column is compared.
  public let closestRecord: ClosestRecordDistance?
  /// How well each category's values keep their own numbers (`ValueDistances`).
  public var valueDistances: [ValueDistance] = []

  /// The largest absolute difference between the two correlation matrices and the pair it is
  /// at; nil with fewer than two columns.
  public var largestCorrelationDifference: (difference: Double, first: String, second: String)? {
    let n = correlationColumns.count
    var best: (Double, String, String)?
    for i in 0..<n {
      for j in 0..<i {
        let gap = abs(realCorrelations[i * n + j] - syntheticCorrelations[i * n + j])
        if best == nil || gap > best!.0 { best = (gap, correlationColumns[j], correlationColumns[i]) }
      }
    }
    return best
  }

  /// The report of `synthetic` against `real` (the same columns, in the same order); `generated`
  /// names the columns generated rather than learned, with why (`SynthesisModel.generatedColumns`);
  /// `seed` picks the rows the closest-record distances are measured on.
  public static func compare(
    real: Table, synthetic: Table, generated: [String: String] = [:], seed: UInt64 = 0
  ) -> FidelityReport {
    let pairs = zip(real.columns, synthetic.columns).map { ($0, $1) }
    let compared = concurrentResults(count: pairs.count) { c in
      ColumnComparer.compare(
        real: pairs[c].0, synthetic: pairs[c].1, generatedBecause: generated[pairs[c].0.name])
    }
    let kept = compared.filter { $0.comparison.kind != .generated && $0.realKeys.contains { !$0.isNaN } }
    let realRanks = concurrentResults(count: kept.count) { RankScores.ranked(kept[$0].realKeys).ranks }
    let syntheticRanks = concurrentResults(count: kept.count) {
      RankScores.ranked(kept[$0].syntheticKeys).ranks
    }
    let realRowSet = Set(RowHashes.of(real))
    let copies = RowHashes.of(synthetic).reduce(0) { $0 + (realRowSet.contains($1) ? 1 : 0) }
    var closest: ClosestRecordDistance?
    if !kept.isEmpty && real.rowCount > 1 && synthetic.rowCount > 0 {
      let isCategory = kept.map { $0.comparison.kind == .category }
      closest = ClosestRecordDistance.measure(
        real: RecordFeatures(keys: kept.map(\.realFeatures), isCategory: isCategory, rows: real.rowCount),
        synthetic: RecordFeatures(
          keys: kept.map(\.syntheticFeatures), isCategory: isCategory, rows: synthetic.rowCount),
        seed: seed)
    }
    return FidelityReport(
      realRows: real.rowCount, syntheticRows: synthetic.rowCount, columns: compared.map(\.comparison),
      correlationColumns: kept.map(\.comparison.name), realCorrelations: RankScores.spearmanMatrix(realRanks),
      syntheticCorrelations: RankScores.spearmanMatrix(syntheticRanks), exactCopies: copies,
      closestRecord: closest, valueDistances: ValueDistances.measure(kept))
  }
}
