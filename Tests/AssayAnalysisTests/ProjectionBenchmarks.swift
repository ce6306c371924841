import AssayCSV
import AssayCore
import Foundation
import Testing

@testable import AssayAnalysis

/// PCA of `Benchmarks/data/iris_1m.csv` (load included) and t-SNE of `sampledata/digits.csv` with
/// its trustworthiness, for `Benchmarks/bench_projections.py`. Run in release with
/// `ASSAY_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter ProjectionBenchmarks`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["ASSAY_BENCH"] == "1"), .serialized)
struct ProjectionBenchmarks {
  static func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  @Test func pcaOfAMillionIrisRows() throws {
    let path = ProjectionFixtures.root.appendingPathComponent("Benchmarks/data/iris_1m.csv").path
    for run in 1...3 {
      var ratios: [Double] = []
      var load = 0.0
      let total = try Self.seconds {
        var table: Table?
        load = try Self.seconds { table = try CSVReader.read(path: path) }
        let loaded = try #require(table)
        let matrix = try FeatureMatrix(table: loaded, columns: FeatureMatrix.numericColumnNames(of: loaded))
        let pca = try PCA.fit(matrix, components: 2, standardize: false)
        _ = pca.project(matrix)
        ratios = pca.explainedVarianceRatio
      }
      print("pca iris_1m run \(run): \(total) s (load \(load) s), ratios \(ratios)")
    }
  }

  @Test func tsneOfDigits() throws {
    let table = try ProjectionFixtures.sample("digits")
    let matrix = try FeatureMatrix(
      table: table, columns: FeatureMatrix.numericColumnNames(of: table, excluding: ["digit", "label"]))
    var result: TSNEResult?
    let time = try Self.seconds { result = try TSNE(perplexity: 30, seed: 0).run(matrix) }
    let embedding = try #require(result)
    var score = 0.0
    let scoring = Self.seconds {
      score = Trustworthiness.score(high: matrix, low: embedding.coordinates, k: 5)
    }
    print(
      "tsne digits \(matrix.rowCount)x\(matrix.columnCount): \(time) s, KL \(embedding.klDivergence), "
        + "trustworthiness(k=5) \(score) (\(scoring) s)")
    #expect(score > 0.97)
  }

  @Test func tsneSamplesAMillionIrisRows() throws {
    let path = ProjectionFixtures.root.appendingPathComponent("Benchmarks/data/iris_1m.csv").path
    let table = try CSVReader.read(path: path)
    let matrix = try FeatureMatrix(table: table, columns: FeatureMatrix.numericColumnNames(of: table))
    var result: TSNEResult?
    let time = try Self.seconds { result = try TSNE(perplexity: 30, seed: 0).run(matrix) }
    let embedding = try #require(result)
    print(
      "tsne iris_1m sampled to \(embedding.rows?.count ?? 0) rows: \(time) s, KL \(embedding.klDivergence)")
    #expect(embedding.rows?.count == 20_000)
  }
}
