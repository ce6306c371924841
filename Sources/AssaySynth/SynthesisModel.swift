import AssayAnalysis
import AssayCore

/// A Gaussian-copula model of a table: every column's marginal (empirical quantiles of numbers,
/// dates and times in their granularity; frequencies of categories and booleans; the null rate),
/// joined by a Gaussian copula over the learned columns' dimensions (one each, or one per value of
/// a spread category; `CategorySpread`, `LatentCorrelation`); near-unique text is generated in its
/// shape and integer row numbers as a sequence. `fit` learns one, `sample` draws rows from it;
/// a spec (`SynthesisSpec`) declares one instead.
public struct SynthesisModel: Sendable {
  /// The name the sampled table gets.
  public let name: String
  /// The columns, in table order.
  public let columns: [ColumnModel]
  /// The Gaussian copula over the learned columns' dimensions (in table order).
  public let correlation: CopulaCorrelation
  /// The rows the model was fitted on (0 for a spec).
  public let trainingRows: Int
  /// The hashes of the real rows (`RowHashes`): a drawn row equal to one of them is drawn again.
  let realRows: Set<UInt64>

  /// How many times a row that copies a real row is drawn again before it is kept.
  static let redraws = 20

  /// A model of these columns and copula.
  init(
    name: String, columns: [ColumnModel], correlation: CopulaCorrelation, trainingRows: Int,
    realRows: Set<UInt64>
  ) {
    self.name = name
    self.columns = columns
    self.correlation = correlation
    self.trainingRows = trainingRows
    self.realRows = realRows
  }

  /// The model of `table`: columns fitted on all cores. A table without rows or columns is an
  /// `AssayError`.
  public static func fit(_ table: Table) throws -> SynthesisModel {
    guard table.rowCount > 0, !table.columns.isEmpty else {
      throw AssayError(
        message: "\(table.name): no rows to learn from",
        hint: "give a source (or a --where filter) that keeps rows")
    }
    let fitted = CategorySpread.chosen(
      concurrentResults(count: table.columns.count) { ColumnFitting.fit(table.columns[$0], position: $0) })
    let dimensions = fitted.flatMap(\.dimensions)
    let correlation = CopulaCorrelation(
      gaussian: LatentCorrelation.matrix(dimensions), size: dimensions.count,
      held: LatentCorrelation.rankedPairs(dimensions))
    return SynthesisModel(
      name: table.name, columns: fitted.map(\.model), correlation: correlation, trainingRows: table.rowCount,
      realRows: Set(RowHashes.of(table)))
  }

  /// The names of the columns generated rather than learned (free text, identifiers).
  public var generatedColumnNames: [String] { columns.filter(\.isGenerated).map(\.name) }

  /// Throws an `AssayError` when `rows` rows would carry a sequence column past Int64's range.
  public func checkSequences(rows: Int) throws {
    for column in columns {
      guard case .sequence(let start, let step) = column.marginal, rows > 1 else { continue }
      let (offset, overflow) = Int64(rows - 1).multipliedReportingOverflow(by: step)
      guard overflow || start.addingReportingOverflow(offset).overflow else { continue }
      throw AssayError(
        message:
          "\(column.name): a sequence from \(start) by \(step) passes the largest 64-bit integer before row \(rows)",
        hint: "generate fewer rows (-n), or declare a smaller start or step")
    }
  }

  /// `rows` rows drawn from the model, the same for the same seed on any machine: blocks of rows
  /// are drawn on all cores, each from its own generator seeded from `seed` and its index.
  public func sample(rows: Int, seed: UInt64) -> Table {
    let blockRows = BlockSampler.blockRows
    let blocks = concurrentResults(count: (rows + blockRows - 1) / blockRows) { block in
      var sampler = BlockSampler(model: self, seed: RowHashes.mix(seed ^ RowHashes.mix(UInt64(block))))
      return sampler.draw(rows: (block * blockRows)..<Swift.min(rows, (block + 1) * blockRows))
    }
    let built = columns.enumerated().map { c, model in
      Column(name: model.name, type: model.type, chunks: blocks.map { $0[c] })
    }
    return Table(name: name, columns: built)
  }
}
