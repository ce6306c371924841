import AssayAnalysis
import AssayCharts
import AssayCore
import Synchronization

/// Rows placed in two dimensions by a projection, with the words the chart prints about them.
public struct ProjectedPoints: Sendable, Equatable {
  /// How they were placed.
  public var method: ProjectionScreen.Method
  /// x, y pairs: point p is at 2p, 2p + 1.
  public var coordinates: [Double]
  /// The table row of each point, in order; nil when point p is row p.
  public var rows: [Int]?
  /// The axes' names.
  public var axes: [String]
  /// Footer notes, most important first.
  public var notes: [String]
  /// When the points are a sample, how many rows could have been drawn.
  public var sampledFrom: Int?
  /// Rows left out because a projected column was empty there.
  public var droppedRows: Int
  /// A few words on the result for the status line, such as `KL 0.512, 1000 iterations`.
  public var summary: String
  /// The request it answers, to tell it from later results with the same settings.
  var request: Int

  /// Number of points.
  public var count: Int { coordinates.count / 2 }

  /// The table row of point `point`.
  public func row(of point: Int) -> Int { rows?[point] ?? point }
}

/// What a projection job computes: a method over columns, numbered to tell stale results apart.
struct ProjectionRequest: Sendable, Equatable {
  /// The method.
  var method: ProjectionScreen.Method
  /// The columns projected.
  var columns: [String]
  /// The request's number on its screen.
  var number: Int
}

/// Where a t-SNE run is, as the status line shows it.
struct TSNEStatus: Sendable, Equatable {
  /// Iterations done.
  var iteration: Int
  /// Iterations planned.
  var iterations: Int
  /// The KL divergence at this iteration.
  var klDivergence: Double

  /// Cells of the progress bar.
  static let barWidth = 10

  /// `t-SNE ▕████░░░░░░▏ 400/1000 KL 1.23`.
  var text: String {
    let filled = iterations > 0 ? min(Self.barWidth, iteration * Self.barWidth / iterations) : 0
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: Self.barWidth - filled)
    return "t-SNE ▕\(bar)▏ \(iteration)/\(iterations) KL "
      + NumberFormatting.significant(klDivergence, digits: 3)
  }
}

/// The latest picture of a t-SNE run, handed from the job's thread to the screen.
final class ProjectionWatch: Sendable {
  /// A picture and how far the run had got.
  struct Frame: Sendable {
    /// The points so far.
    var points: ProjectedPoints
    /// The progress so far.
    var progress: TSNEStatus
  }

  private let frame = Mutex<Frame?>(nil)

  /// The latest frame, nil before the first.
  var latest: Frame? { frame.withLock { $0 } }

  /// Replaces the latest frame.
  func publish(_ newFrame: Frame) { frame.withLock { $0 = newFrame } }
}

/// The computations behind the projection screen; pure, as slow as the table is large.
enum ProjectionCompute {
  /// Iterations of a t-SNE run.
  static let tsneIterations = 1000
  /// Iterations between two pictures of a running t-SNE.
  static let tsneFrameInterval = 10

  /// PCA of the z-scores of `request.columns` of `table`, over every row.
  static func pca(_ table: Table, _ request: ProjectionRequest) throws -> ProjectedPoints {
    let matrix = try FeatureMatrix(table: table, columns: request.columns)
    let fitted = try PCA.fit(matrix, components: 2, standardize: true)
    let ratios = fitted.explainedVarianceRatio
    return ProjectedPoints(
      method: .pca, coordinates: fitted.project(matrix), rows: keptRows(table, matrix),
      axes: ratios.indices.map { ProjectionChart.componentName($0, varianceRatio: ratios[$0]) },
      notes: [methodNote("PCA", matrix)], sampledFrom: nil, droppedRows: matrix.droppedRowCount,
      summary: "", request: request.number)
  }

  /// t-SNE of the z-scores of `request.columns` of `table` (a seeded sample of 20,000 rows of larger
  /// tables), publishing a picture to `watch` every few iterations; stops when `monitor` is stopped.
  static func tsne(_ table: Table, _ request: ProjectionRequest, watch: ProjectionWatch, monitor: WorkMonitor)
    throws -> ProjectedPoints
  {
    let matrix = try FeatureMatrix(table: table, columns: request.columns)
    let standardization = try Standardization.zScore(matrix)
    var tsne = TSNE(
      perplexity: min(30, max(1, Double(matrix.rowCount - 1) / 3).rounded(.down)),
      iterations: tsneIterations, seed: 0)
    tsne.progressInterval = tsneFrameInterval
    let kept = keptRows(table, matrix)
    let sample = matrix.sampledRows(limit: tsne.sampleLimit, seed: tsne.seed)
    let rows = sample.map { $0.map { kept?[$0] ?? $0 } } ?? kept
    let settings = "perplexity \(NumberFormatting.shortest(tsne.perplexity)), seed \(tsne.seed)"
    func points(_ coordinates: [Double], summary: String) -> ProjectedPoints {
      ProjectedPoints(
        method: .tsne, coordinates: coordinates, rows: rows, axes: ["t-SNE 1", "t-SNE 2"],
        notes: [methodNote("t-SNE", matrix) + (sample == nil ? "" : ", seeded sample"), settings],
        sampledFrom: sample == nil ? nil : matrix.rowCount, droppedRows: matrix.droppedRowCount,
        summary: summary, request: request.number)
    }
    monitor.expect(rows: tsne.iterations)
    let result = try tsne.run(standardization.apply(matrix)) { progress in
      let status = TSNEStatus(
        iteration: progress.iteration, iterations: progress.iterations, klDivergence: progress.klDivergence)
      watch.publish(.init(points: points(progress.embedding, summary: ""), progress: status))
      return monitor.advance(rows: max(0, progress.iteration - monitor.rowsDone))
    }
    let summary =
      "KL " + NumberFormatting.significant(result.klDivergence, digits: 3)
      + ", \(result.iterations) iterations"
    return points(result.coordinates, summary: summary)
  }

  /// The points of a run stopped midway: its latest picture, saying where it stopped.
  static func stopped(_ frame: ProjectionWatch.Frame) -> ProjectedPoints {
    var points = frame.points
    points.summary = "stopped at iteration \(frame.progress.iteration)"
    return points
  }

  /// `PCA of 4 columns, standardised`, naming the constant columns, which carry no information.
  private static func methodNote(_ method: String, _ matrix: FeatureMatrix) -> String {
    let constant = FeatureMatrix.constantNote(matrix.constantColumnNames)
    let count = matrix.columnCount
    return "\(method) of \(count) column\(count == 1 ? "" : "s"), standardised"
      + (constant.isEmpty ? "" : ", " + constant)
  }

  /// The table rows the matrix kept, in order; nil when it kept every row.
  private static func keptRows(_ table: Table, _ matrix: FeatureMatrix) -> [Int]? {
    matrix.droppedRowCount == 0 ? nil : ProjectionRows.kept(of: table, columns: matrix.columnNames)
  }
}

/// Which rows of a table a projection keeps.
public enum ProjectionRows {
  /// The 0-based rows of `table` with a finite number in every one of `columns`: the rows a
  /// feature matrix keeps, in order.
  public static func kept(of table: Table, columns names: [String]) -> [Int] {
    var kept = [Bool](repeating: true, count: table.rowCount)
    for column in names.compactMap({ table.column(named: $0) }) {
      for (k, chunk) in column.chunks.enumerated() {
        let start = column.chunkStarts[k]
        for i in 0..<chunk.count where !(chunk.double(at: i)?.isFinite ?? false) { kept[start + i] = false }
      }
    }
    return kept.indices.filter { kept[$0] }
  }
}
