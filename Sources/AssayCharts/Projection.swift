import AssayAnalysis
import AssayCore

/// Rows placed by a projection, with the words a chart prints about them: what
/// `ProjectionSpec.project` returns to a command or a screen.
public struct Projection: Sendable, Equatable {
  /// How the rows were placed.
  public var method: ProjectionSpec.Method
  /// The coordinates, `dimensions` per point.
  public var coordinates: [Double]
  /// Coordinates per point (the components computed; 2 for t-SNE).
  public var dimensions: Int
  /// The source row (0-based) of each point, in order; nil when point p is row p.
  public var rows: [Int]?
  /// The label of each point, when the spec names a label column.
  public var labels: [Value]?
  /// The axes' names.
  public var axes: [String]
  /// Footer notes, most important first.
  public var notes: [String]
  /// When the points are a sample, how many rows could have been drawn.
  public var sampledFrom: Int?
  /// Rows left out because a projected column was empty (or not finite) there.
  public var droppedRows: Int
  /// PCA: the variance along every component computed; empty for t-SNE.
  public var explainedVariance: [Double] = []
  /// PCA: each component's share of the variance; empty for t-SNE.
  public var explainedVarianceRatio: [Double] = []
  /// t-SNE: the final KL divergence; nil for PCA and for a run's pictures on the way.
  public var klDivergence: Double?
  /// t-SNE: the iterations run (fewer than asked when the divergence stopped improving).
  public var iterationsRun: Int?

  /// Number of points.
  public var count: Int { coordinates.count / max(1, dimensions) }

  /// The classes of the points' labels, typed as the label column of `table` so that numbers
  /// order numerically; nil without labels.
  public func classes(in table: Table, label: String?) -> CategoryCodes? {
    guard let label, let labels, let type = table.column(named: label)?.type else { return nil }
    return CategoryCodes(Column(name: label, type: type, values: labels))
  }
}
