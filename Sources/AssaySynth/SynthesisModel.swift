import AssayAnalysis
import AssayCore
import Foundation

/// A Gaussian-copula model of a table: every column's marginal (empirical quantiles of numbers,
/// dates and times in their granularity; frequencies of categories and booleans; the null rate),
/// joined by a Gaussian copula over the learned columns' dimensions (one each, or one per value of
/// a spread category; `CategorySpread`, `LatentCorrelation`); near-unique text and personal data
/// (`PersonalData`) are generated in their shape and integer row numbers as a sequence. `fit`
/// learns one, `sample` draws rows from it; a spec (`SynthesisSpec`) declares one instead.
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
  public static let redraws = 20
  /// The fewest rows `assay synth` learns from: the quantiles of fewer are the values themselves,
  /// their correlations noise, and the rows drawn mostly the real ones.
  public static let fewestRows = 10

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
    guard table.rowCount > 0, !table.columns.isEmpty else { throw noRows(source: table.name) }
    let personalData = PersonalData.kinds(in: table)
    let fitted = CategorySpread.chosen(
      concurrentResults(count: table.columns.count) {
        ColumnFitting.fit(table.columns[$0], position: $0, personalData: personalData[$0])
      })
    let dimensions = fitted.flatMap(\.dimensions)
    let correlation = CopulaCorrelation(
      gaussian: LatentCorrelation.matrix(dimensions), size: dimensions.count,
      held: LatentCorrelation.rankedPairs(dimensions))
    return SynthesisModel(
      name: table.name, columns: fitted.map(\.model), correlation: correlation, trainingRows: table.rowCount,
      realRows: Set(RowHashes.of(table)))
  }

  /// Throws an `AssayError` after `source` (a name, or what the loader said of it) when `rows` are
  /// fewer than `fewestRows` to learn from.
  public static func checkTrainingRows(_ rows: Int, source: String) throws {
    guard rows > 0 else { throw noRows(source: source) }
    guard rows < fewestRows else { return }
    throw AssayError(
      message:
        "\(source): \(NumberFormatting.counted(rows, "row")) to learn from; a model needs \(fewestRows) or more",
      hint: "a model of fewer rows would give back the rows themselves")
  }

  /// The error for a source without rows.
  private static func noRows(source: String) -> AssayError {
    AssayError(
      message: "\(source): no rows to learn from", hint: "give a source (or a --where filter) that keeps rows"
    )
  }

  /// The columns generated rather than learned (free text, identifiers, personal data), by name,
  /// with why (`ColumnModel.generationReason`).
  public var generatedColumns: [String: String] {
    let reasons = columns.compactMap { column in column.generationReason.map { (column.name, $0) } }
    return Dictionary(reasons, uniquingKeysWith: { first, _ in first })
  }

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
  public func sample(rows: Int, seed: UInt64) -> Table { sampleCountingCopies(rows: rows, seed: seed).table }

  /// The rows of `sample(rows:seed:)`, and how many of them equal a real row (still after `redraws`
  /// draws).
  public func sampleCountingCopies(rows: Int, seed: UInt64) -> (table: Table, copies: Int) {
    var chunks = [[ColumnChunk]](repeating: [], count: columns.count)
    let copies = sample(rows: rows, seed: seed) { batch in
      for (c, column) in batch.columns.enumerated() { chunks[c] += column.chunks }
    }
    let table = Table(
      name: name,
      columns: columns.enumerated().map { c, model in
        Column(name: model.name, type: model.type, chunks: chunks[c])
      }
    )
    return (table, copies)
  }

  /// About how many bytes a drawn row takes in memory (`ColumnModel.bytesPerCell` over its columns).
  public var bytesPerRow: Int { columns.reduce(0) { $0 + $1.bytesPerCell } }

  /// Draws the rows of `sample(rows:seed:)`, the same ones, and hands them to `consume` in order, as
  /// tables of `batchBlocks` blocks each (a batch's blocks drawn on all cores), so that no more than
  /// a batch is ever held; returns how many drawn rows equal a real row (still after `redraws` draws).
  @discardableResult
  public func sample(
    rows: Int, seed: UInt64, batchBlocks: Int = ProcessInfo.processInfo.activeProcessorCount,
    _ consume: (Table) throws -> Void
  ) rethrows -> Int {
    let blockRows = BlockSampler.blockRows
    let blocks = (rows + blockRows - 1) / blockRows
    var copies = 0
    for first in Swift.stride(from: 0, to: blocks, by: Swift.max(1, batchBlocks)) {
      let drawn = concurrentResults(count: Swift.min(Swift.max(1, batchBlocks), blocks - first)) { offset in
        let block = first + offset
        var sampler = BlockSampler(model: self, seed: RowHashes.mix(seed ^ RowHashes.mix(UInt64(block))))
        let chunks = sampler.draw(rows: (block * blockRows)..<Swift.min(rows, (block + 1) * blockRows))
        return (chunks: chunks, copies: sampler.copies)
      }
      copies += drawn.reduce(0) { $0 + $1.copies }
      try consume(
        Table(
          name: name,
          columns: columns.enumerated().map { c, model in
            Column(name: model.name, type: model.type, chunks: drawn.map { $0.chunks[c] })
          }))
    }
    return copies
  }
}
