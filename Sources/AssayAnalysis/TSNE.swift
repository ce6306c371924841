import AssayCore
import Foundation

/// t-distributed stochastic neighbour embedding into two dimensions, Barnes–Hut accelerated, with
/// scikit-learn's schedule (PCA start, early exaggeration for 250 iterations at momentum 0.5, then
/// momentum 0.8, per-coordinate gains). The same input and settings give the same picture.
public struct TSNE: Sendable {
  /// The effective number of neighbours each point's similarities spread over.
  public var perplexity: Double
  /// The gradient step; nil picks max(n / earlyExaggeration / 4, 50) as scikit-learn's "auto".
  public var learningRate: Double?
  /// How much P is multiplied by during the first 250 iterations.
  public var earlyExaggeration: Double
  /// Total iterations, the exaggerated ones included.
  public var iterations: Int
  /// Seed for sampling large inputs.
  public var seed: UInt64
  /// Barnes–Hut accuracy: a cell is summarised when its width is below theta times its distance.
  public var theta: Double
  /// Inputs with more rows are sampled (seeded) down to this many.
  public var sampleLimit = 20_000
  /// Progress is reported every this many iterations (and after the last).
  public var progressInterval = 50

  private static let explorationIterations = 250
  private static let convergenceCheckInterval = 50

  /// Settings for a run; the defaults are scikit-learn's.
  public init(
    perplexity: Double = 30, learningRate: Double? = nil, earlyExaggeration: Double = 12,
    iterations: Int = 1000, seed: UInt64 = 0, theta: Double = 0.5
  ) {
    self.perplexity = perplexity
    self.learningRate = learningRate
    self.earlyExaggeration = earlyExaggeration
    self.iterations = iterations
    self.seed = seed
    self.theta = theta
  }

  /// Embeds the rows of `matrix` (a seeded sample of `sampleLimit` rows when there are more).
  /// `progress` is called every `progressInterval` iterations; returning false stops the run with
  /// `CancellationError`. Throws an `AssayError` when there are too few rows for the perplexity or
  /// every column is constant.
  public func run(_ matrix: FeatureMatrix, progress: (TSNEProgress) -> Bool = { _ in true }) throws
    -> TSNEResult
  {
    try checkSettings(rows: matrix.rowCount)
    let sampled = matrix.sampledRows(limit: sampleLimit, seed: seed)
    let data = sampled.map { matrix.selecting(rows: $0) } ?? matrix
    let count = data.rowCount
    let neighbours = NearestNeighbors.exact(
      points: data.values, count: count, dimensions: data.columnCount, k: Int(3 * perplexity + 1))
    var affinities = TSNEAffinities(neighbours: neighbours, count: count, perplexity: perplexity)
    var embedding = try Self.pcaStart(data)
    var descent = GradientDescent(
      count: count, learningRate: learningRate ?? max(Double(count) / earlyExaggeration / 4, 50))
    let exploration = min(Self.explorationIterations, iterations)
    affinities.values = affinities.values.map { $0 * earlyExaggeration }
    var stage = Stage(end: exploration, momentum: 0.5, patience: Self.explorationIterations)
    var divergence = Double.greatestFiniteMagnitude
    var iteration = 0
    while iteration < iterations {
      if iteration == exploration {
        affinities.values = affinities.values.map { $0 / earlyExaggeration }
        stage = Stage(end: iterations, momentum: 0.8, patience: 300)
      }
      let gradient = BarnesHutGradient(affinities: affinities, thetaSquared: theta * theta)
      let last = iteration == iterations - 1
      let reporting = last || (iteration + 1) % progressInterval == 0
      let checking = (iteration + 1) % Self.convergenceCheckInterval == 0
      let measured = descent.step(
        &embedding, gradient: gradient, momentum: stage.momentum, withDivergence: reporting || checking)
      divergence = measured ?? divergence
      if reporting {
        let report = TSNEProgress(
          iteration: iteration + 1, iterations: iterations, klDivergence: divergence,
          isExaggerated: iteration < exploration, embedding: embedding)
        guard progress(report) else { throw CancellationError() }
      }
      if (iteration + 1) % Self.convergenceCheckInterval == 0,
        stage.hasConverged(divergence, iteration, descent)
      {
        iteration = stage.end
        continue
      }
      iteration += 1
    }
    return TSNEResult(coordinates: embedding, rows: sampled, klDivergence: divergence)
  }

  private func checkSettings(rows: Int) throws {
    guard perplexity > 0, iterations > 0, theta >= 0, earlyExaggeration > 0, learningRate ?? 1 > 0 else {
      throw AssayError(
        message: "t-SNE needs a positive perplexity, iteration count, exaggeration and learning rate, "
          + "and a theta of 0 or more",
        hint: "the usual perplexity is between 5 and 50, theta 0.5")
    }
    guard Double(rows) > perplexity, rows >= 2 else {
      throw AssayError(
        message: "perplexity \(NumberFormatting.shortest(perplexity)) needs more than "
          + "\(Int(perplexity.rounded(.down))) rows; there \(rows == 1 ? "is" : "are") \(rows)",
        hint: "lower --perplexity below the number of rows")
    }
  }

  /// The first two principal components, scaled so the first has standard deviation 1e-4.
  private static func pcaStart(_ data: FeatureMatrix) throws -> [Double] {
    let components = min(2, data.columnCount)
    let pca = try PCA.fit(data, components: components, standardize: false)
    let projected = pca.project(data)
    let n = data.rowCount
    let first = (0..<n).map { projected[$0 * components] }
    let mean = first.reduce(0, +) / Double(n)
    let deviation = (first.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n)).squareRoot()
    let factor = deviation > 0 ? 1e-4 / deviation : 1
    return (0..<n).flatMap { row in
      [projected[row * components] * factor, components == 2 ? projected[row * components + 1] * factor : 0]
    }
  }
}

/// One stage of the schedule: where it ends, its momentum, and how long it may go without improving.
private struct Stage {
  let end: Int
  let momentum: Double
  let patience: Int
  private var best = Double.greatestFiniteMagnitude
  private var bestIteration = 0

  init(end: Int, momentum: Double, patience: Int) {
    self.end = end
    self.momentum = momentum
    self.patience = patience
  }

  /// Whether to stop the stage: no improvement for `patience` iterations, or a vanishing gradient.
  mutating func hasConverged(_ divergence: Double, _ iteration: Int, _ descent: GradientDescent) -> Bool {
    if divergence < best {
      best = divergence
      bestIteration = iteration
    } else if iteration - bestIteration > patience {
      return true
    }
    return descent.gradientNorm <= 1e-7
  }
}

/// Gradient descent with momentum and per-coordinate gains (delta-bar-delta), as in scikit-learn.
private struct GradientDescent {
  let learningRate: Double
  private var update: [Double]
  private var gains: [Double]
  private var gradient: [Double]
  private(set) var gradientNorm = Double.infinity

  init(count: Int, learningRate: Double) {
    self.learningRate = learningRate
    update = [Double](repeating: 0, count: 2 * count)
    gains = [Double](repeating: 1, count: 2 * count)
    gradient = [Double](repeating: 0, count: 2 * count)
  }

  /// Moves `embedding` one step downhill; returns the KL divergence before the step when asked.
  mutating func step(
    _ embedding: inout [Double], gradient evaluator: BarnesHutGradient, momentum: Double, withDivergence: Bool
  ) -> Double? {
    let divergence = evaluator.evaluate(
      embedding, count: embedding.count / 2, withDivergence: withDivergence, into: &gradient)
    var squaredNorm = 0.0
    for i in embedding.indices {
      let g = gradient[i]
      gains[i] = max(update[i] * g < 0 ? gains[i] + 0.2 : gains[i] * 0.8, 0.01)
      let scaled = g * gains[i]
      squaredNorm += scaled * scaled
      update[i] = momentum * update[i] - learningRate * scaled
      embedding[i] += update[i]
    }
    gradientNorm = squaredNorm.squareRoot()
    return divergence
  }
}

/// Where a t-SNE run is: sent to the progress callback so a view can show it and redraw.
public struct TSNEProgress: Sendable {
  /// Iterations done.
  public let iteration: Int
  /// Iterations planned.
  public let iterations: Int
  /// The KL divergence of P from Q at this iteration (of the exaggerated P while exaggerating).
  public let klDivergence: Double
  /// True during early exaggeration.
  public let isExaggerated: Bool
  /// The current embedding, x, y pairs in row order.
  public let embedding: [Double]
}

/// A finished t-SNE run.
public struct TSNEResult: Sendable, Equatable {
  /// The embedding, x, y pairs: row r of the embedded rows is at 2r, 2r + 1.
  public let coordinates: [Double]
  /// The embedded rows of the matrix, in order, when it was sampled; nil when every row was used.
  public let rows: [Int]?
  /// The final KL divergence.
  public let klDivergence: Double
}
