import AssayAnalysis
import AssayCore

/// Everything a command line or a screen chooses about a projection of a table's numeric columns
/// — method, columns, label, scaling, t-SNE's settings — so that one call (`project`) chooses the
/// columns, scales them, samples large tables, runs PCA or t-SNE and words the footer notes.
public struct ProjectionSpec: Sendable, Equatable {
  /// How rows are placed.
  public enum Method: String, Sendable, Equatable {
    /// The first principal components, over every row.
    case pca = "PCA"
    /// t-SNE (of a seeded sample of large tables).
    case tsne = "t-SNE"
  }

  /// How rows are placed.
  public var method: Method
  /// The columns projected; nil: every int and double column that has a value, but the label.
  public var columns: [String]?
  /// A column whose value is kept for every point, to colour it.
  public var label: String?
  /// Project z-scores (the default) rather than the raw values.
  public var standardize = true
  /// PCA: the components computed; the chart draws the first two.
  public var components = 2
  /// PCA: compute at least one component per column too, for a scree table.
  public var everyComponent = false
  /// t-SNE: the perplexity; nil: 30, or a third of the rows when that is fewer (at least 1).
  public var perplexity: Double?
  /// t-SNE: iterations of gradient descent.
  public var iterations = 1000
  /// t-SNE: the seed of the sample of rows.
  public var seed: UInt64 = 0
  /// t-SNE: tables with more complete rows are embedded from a seeded sample of this many.
  public var sampleLimit = 20_000
  /// t-SNE: iterations between two reports of progress.
  public var progressInterval = 50

  /// A projection by `method` of `columns` (nil: every numeric column with a value but `label`).
  public init(method: Method, columns: [String]? = nil, label: String? = nil) {
    self.method = method
    self.columns = columns
    self.label = label
  }

  /// The projection of `table`. t-SNE's rows come from `aggregates.sample` (nil: the table's own)
  /// and `progress` sees every report with the picture so far; returning false stops the run
  /// with `CancellationError`. PCA reports its progress to `monitor` and stops with
  /// `CancellationError` once it is stopped. Throws an `AssayError` for unsuitable columns or settings.
  public func project(
    _ table: Table, aggregates: (any Aggregating)? = nil, monitor: WorkMonitor? = nil,
    progress: (TSNEProgress, Projection) -> Bool = { _, _ in true }
  ) throws -> Projection {
    let matrix = try FeatureMatrix(table: table, columns: columnNames(in: table), label: label)
    switch method {
    case .pca: return try pca(matrix, table, monitor: monitor)
    case .tsne: return try tsne(matrix, aggregates ?? TableAggregates(table), progress: progress)
    }
  }

  /// The columns to project in `table`: those named, or every numeric column that has a value
  /// but the label. Throws an `AssayError` for a named column without a single value.
  public func columnNames(in table: Table) throws -> [String] {
    if let columns {
      for name in columns {
        if let column = table.column(named: name), column.count > 0, column.nullCount == column.count {
          throw AssayError(
            message: "column '\(SafeText.visible(name))' has no values (all \(column.count) rows are empty)",
            location: SourceLocation(source: table.name), hint: "leave it out of --columns")
        }
      }
      return columns
    }
    return FeatureMatrix.numericColumnNames(of: table, excluding: label.map { [$0] } ?? []).filter {
      guard let column = table.column(named: $0) else { return false }
      return column.nullCount < column.count
    }
  }

  /// PCA of `matrix`, the complete rows of `table`'s columns, reporting to `monitor`.
  private func pca(_ matrix: FeatureMatrix, _ table: Table, monitor: WorkMonitor?) throws -> Projection {
    let fitted = try PCA.fit(
      matrix, components: everyComponent ? max(components, matrix.columnCount) : components,
      standardize: standardize, monitor: monitor)
    let ratios = fitted.explainedVarianceRatio
    return Projection(
      method: .pca, coordinates: fitted.project(matrix), dimensions: ratios.count,
      rows: matrix.droppedRowCount == 0
        ? nil : FeatureMatrix.keptRows(of: table, columns: matrix.columnNames),
      labels: matrix.labels,
      axes: (0..<2).map { ProjectionChart.componentName($0, varianceRatio: ratios[$0]) },
      notes: [methodNote(matrix)], sampledFrom: nil, droppedRows: matrix.droppedRowCount,
      explainedVariance: fitted.explainedVariance, explainedVarianceRatio: ratios)
  }

  /// t-SNE of the rows `aggregates` samples (every complete row of a small table), scaled by the
  /// z-scores of every complete row.
  private func tsne(
    _ matrix: FeatureMatrix, _ aggregates: any Aggregating, progress: (TSNEProgress, Projection) -> Bool
  ) throws -> Projection {
    let scaling = standardize ? try Standardization.zScore(matrix) : nil
    let drawn = try aggregates.sample(rows: sampleLimit, seed: seed, complete: matrix.columnNames)
    let points = try FeatureMatrix(table: drawn.table, columns: matrix.columnNames, label: label)
    let sampled = drawn.population > points.rowCount
    var tsne = TSNE(
      perplexity: perplexity ?? min(30, max(1, Double(matrix.rowCount - 1) / 3).rounded(.down)),
      iterations: iterations, seed: seed)
    tsne.progressInterval = progressInterval
    tsne.sampleLimit = points.rowCount
    func projection(_ coordinates: [Double], klDivergence: Double?) -> Projection {
      let settings = "perplexity \(NumberFormatting.shortest(tsne.perplexity)), seed \(seed)"
      return Projection(
        method: .tsne, coordinates: coordinates, dimensions: 2,
        rows: sampled || matrix.droppedRowCount > 0 ? drawn.rows : nil, labels: points.labels,
        axes: ["t-SNE 1", "t-SNE 2"],
        notes: [
          methodNote(matrix),
          settings + (klDivergence.map { ", KL " + NumberFormatting.significant($0, digits: 3) } ?? ""),
        ],
        sampledFrom: sampled ? drawn.population : nil, droppedRows: matrix.droppedRowCount,
        klDivergence: klDivergence)
    }
    let result = try tsne.run(scaling.map { $0.apply(points) } ?? points) {
      progress($0, projection($0.embedding, klDivergence: nil))
    }
    var finished = projection(result.coordinates, klDivergence: result.klDivergence)
    finished.iterationsRun = result.iterations
    return finished
  }

  /// `PCA of 4 columns, standardised`, naming the constant columns, which carry no information.
  private func methodNote(_ matrix: FeatureMatrix) -> String {
    let constant = FeatureMatrix.constantNote(matrix.constantColumnNames)
    let count = matrix.columnCount
    return "\(method.rawValue) of \(count) column\(count == 1 ? "" : "s"), "
      + (standardize ? "standardised" : "not standardised") + (constant.isEmpty ? "" : ", " + constant)
  }
}
