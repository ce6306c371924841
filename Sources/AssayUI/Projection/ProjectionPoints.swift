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

  /// PCA of the z-scores of `request.columns` of `table`, over every row, reporting its progress
  /// to `monitor` and stopping when it is stopped.
  static func pca(_ table: Table, _ request: ProjectionRequest, monitor: WorkMonitor) throws
    -> ProjectedPoints
  {
    let spec = ProjectionSpec(method: .pca, columns: request.columns)
    return points(try spec.project(table, monitor: monitor), request, summary: "")
  }

  /// t-SNE of the z-scores of `request.columns` of `table` (a seeded sample of 20,000 rows of larger
  /// tables, drawn by `aggregates`), publishing a picture to `watch` every few iterations; stops
  /// when `monitor` is stopped.
  static func tsne(
    _ table: Table, _ request: ProjectionRequest, aggregates: any Aggregating, watch: ProjectionWatch,
    monitor: WorkMonitor
  ) throws -> ProjectedPoints {
    var spec = ProjectionSpec(method: .tsne, columns: request.columns)
    spec.iterations = tsneIterations
    spec.progressInterval = tsneFrameInterval
    monitor.expect(rows: spec.iterations)
    let result = try spec.project(table, aggregates: aggregates) { progress, picture in
      let status = TSNEStatus(
        iteration: progress.iteration, iterations: progress.iterations, klDivergence: progress.klDivergence)
      watch.publish(.init(points: points(picture, request, summary: ""), progress: status))
      return monitor.advance(rows: max(0, progress.iteration - monitor.rowsDone))
    }
    let summary =
      "KL " + NumberFormatting.significant(result.klDivergence ?? 0, digits: 3)
      + ", \(result.iterationsRun ?? 0) iterations"
    return points(result, request, summary: summary)
  }

  /// The points of a run stopped midway: its latest picture, saying where it stopped.
  static func stopped(_ frame: ProjectionWatch.Frame) -> ProjectedPoints {
    var points = frame.points
    points.summary = "stopped at iteration \(frame.progress.iteration)"
    return points
  }

  /// The screen's points of a projection.
  private static func points(_ projection: Projection, _ request: ProjectionRequest, summary: String)
    -> ProjectedPoints
  {
    ProjectedPoints(
      method: projection.method, coordinates: projection.coordinates, rows: projection.rows,
      axes: projection.axes, notes: projection.notes, sampledFrom: projection.sampledFrom,
      droppedRows: projection.droppedRows, summary: summary, request: request.number)
  }
}
