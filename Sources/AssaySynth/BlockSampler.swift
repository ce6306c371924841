import AssayAnalysis
import AssayCore
import Foundation

/// Draws one block of rows of a model with its own generator: correlated normal scores through the
/// copula's Cholesky factor, stratified within the block (`BlockStrata`), each turned into a value
/// by its column's marginal; a row equal to a real row is drawn again on its own, unstratified (up
/// to `SynthesisModel.redraws` times).
struct BlockSampler {
  /// Rows per block: the unit of parallel work, of a column chunk and of the strata.
  static let blockRows = 16_384

  let model: SynthesisModel
  var random: SeededRandom
  /// The rows drawn so far that equal a real row still after `SynthesisModel.redraws` draws.
  private(set) var copies = 0
  /// The copula position of each column (its first dimension), -1 for a column outside it.
  private let copulaIndex: [Int]
  /// The row being drawn: each spread category's code (`SpreadCategoryDraw`), -1 for others.
  private var spreadCodes: [Int]
  private var normals: [Double]
  private var scores: [Double]
  /// The row being drawn: each copula dimension's probability, in copula order.
  private var probabilities: [Double]
  /// The row being drawn: each cell's stored bits (or category code) and whether it is null.
  private var bits: [UInt64]
  private var nulls: [Bool]
  /// The row being drawn: each generated text cell's bytes.
  private var texts: [[UInt8]]

  init(model: SynthesisModel, seed: UInt64) {
    self.model = model
    random = SeededRandom(seed: seed)
    var next = 0
    copulaIndex = model.columns.map { column in
      guard column.isLearned else { return -1 }
      next += column.dimensions
      return next - column.dimensions
    }
    spreadCodes = [Int](repeating: -1, count: model.columns.count)
    normals = [Double](repeating: 0, count: next)
    scores = normals
    probabilities = normals
    bits = [UInt64](repeating: 0, count: model.columns.count)
    nulls = [Bool](repeating: false, count: model.columns.count)
    texts = [[UInt8]](repeating: [], count: model.columns.count)
  }

  /// One chunk per column holding the rows `rows` (their indices number sequences).
  mutating func draw(rows: Range<Int>) -> [ColumnChunk] {
    var builders = model.columns.map { ChunkBuilder(model: $0, capacity: rows.count) }
    let checksCopies = !model.realRows.isEmpty
    let width = normals.count
    var blockScores = [Double]()
    blockScores.reserveCapacity(rows.count * width)
    for _ in rows {
      drawScores()
      blockScores.append(contentsOf: scores)
    }
    let blockNulls = model.columns.map { column in
      column.nullRate > 0
        ? BlockStrata.nullRows(rows: rows.count, rate: column.nullRate, random: &random) : []
    }
    let copulaNulls = model.columns.indices.flatMap { c in
      Array(repeating: blockNulls[c], count: model.columns[c].dimensions)
    }
    let strata = BlockStrata.probabilities(
      of: blockScores, rows: rows.count, columns: width, nulls: copulaNulls, random: &random)
    var blockCodes = [[Int32]](repeating: [], count: model.columns.count)
    for (c, column) in model.columns.enumerated() {
      guard case .categories(let categories) = column.marginal, categories.isSpread else { continue }
      blockCodes[c] = SpreadCategoryDraw.codes(
        probabilities: strata, rows: rows.count, columns: width, first: copulaIndex[c], marginal: categories,
        nulls: blockNulls[c], parentCodes: categories.condition.map { blockCodes[$0.parent] }, random: &random
      )
    }
    for (i, row) in rows.enumerated() {
      for k in 0..<width { probabilities[k] = strata[i * width + k] }
      for c in spreadCodes.indices where !blockCodes[c].isEmpty { spreadCodes[c] = Int(blockCodes[c][i]) }
      for c in nulls.indices { nulls[c] = !blockNulls[c].isEmpty && blockNulls[c][i] }
      drawCells(row)
      var attempts = 1
      var copied = checksCopies && model.realRows.contains(rowHash())
      while copied && attempts <= SynthesisModel.redraws {
        drawRow(row)
        attempts += 1
        copied = model.realRows.contains(rowHash())
      }
      if copied { copies += 1 }
      for c in builders.indices { builders[c].append(bits: bits[c], null: nulls[c], text: texts[c]) }
    }
    return builders.map { $0.chunk() }
  }

  /// One row's correlated normal scores, into `scores`.
  private mutating func drawScores() {
    var k = 0
    while k < normals.count {
      let pair = gaussianPair()
      normals[k] = pair.0
      if k + 1 < normals.count { normals[k + 1] = pair.1 }
      k += 2
    }
    model.correlation.correlate(normals, into: &scores)
  }

  /// Draws row `row` on its own, unstratified, into `bits`, `nulls` and `texts`.
  private mutating func drawRow(_ row: Int) {
    drawScores()
    for k in scores.indices { probabilities[k] = NormalDistribution.cdf(scores[k]) }
    for (c, column) in model.columns.enumerated() {
      nulls[c] = column.nullRate > 0 && random.interiorUnit() < column.nullRate
      guard case .categories(let categories) = column.marginal, categories.isSpread else { continue }
      let parent = categories.condition.map { nulls[$0.parent] ? -1 : spreadCodes[$0.parent] } ?? -1
      spreadCodes[c] = SpreadCategoryDraw.code(
        probabilities: probabilities, first: copulaIndex[c], marginal: categories, parentCode: parent)
    }
    drawCells(row)
  }

  /// Turns `probabilities` into row `row`'s cells in `bits` and `texts` (`nulls` already drawn).
  private mutating func drawCells(_ row: Int) {
    for (c, column) in model.columns.enumerated() {
      let u = copulaIndex[c] >= 0 ? Self.clamped(probabilities[copulaIndex[c]]) : 0.5
      switch column.marginal {
      case .quantiles(let sorted):
        bits[c] = column.bits(ofUnits: Marginal.quantile(sorted, u))
      case .steps(let sorted):
        bits[c] = column.bits(ofUnits: Marginal.step(sorted, u))
      case .distribution(let distribution):
        bits[c] = column.bits(ofUnits: distribution.value(u: u))
      case .categories(let categories):
        bits[c] = UInt64(categories.isSpread ? Swift.max(0, spreadCodes[c]) : categories.code(at: u))
      case .shapedText(let shape):
        texts[c].removeAll(keepingCapacity: true)
        if !nulls[c] { shape.generate(into: &texts[c], random: &random) }
      case .shapedInteger(let shape):
        bits[c] = UInt64(bitPattern: shape.integer(scratch: &texts[c], random: &random))
      case .sequence(let start, let step):
        bits[c] = UInt64(bitPattern: start &+ Int64(row) &* step)
      case .empty:
        nulls[c] = true
      }
    }
  }

  /// u kept strictly inside (0, 1), where every quantile function is finite.
  @inline(__always) private static func clamped(_ u: Double) -> Double {
    Swift.min(Swift.max(u, 1e-12), 1 - 1e-12)
  }

  /// Two independent standard normals (Box–Muller).
  @inline(__always) private mutating func gaussianPair() -> (Double, Double) {
    let radius = (-2 * log(random.interiorUnit())).squareRoot()
    let angle = 2 * Double.pi * random.interiorUnit()
    return (radius * cos(angle), radius * sin(angle))
  }

  /// The hash of the row being drawn, as `RowHashes.of` hashes a table's row.
  private func rowHash() -> UInt64 {
    var hash: UInt64 = 0
    for (c, column) in model.columns.enumerated() {
      let cell: UInt64
      if nulls[c] {
        cell = RowHashes.null
      } else {
        switch column.marginal {
        case .categories(let categories): cell = categories.hashes[Int(bits[c])]
        case .shapedText: cell = texts[c].withUnsafeBufferPointer { TextHash.of($0) }
        default: cell = column.hash(ofBits: bits[c])
        }
      }
      hash = RowHashes.combine(hash, cell)
    }
    return hash
  }
}
