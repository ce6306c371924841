import AssayAnalysis
import AssayCore
import Foundation
import Testing

@testable import AssaySynth

/// The copula's latent correlations estimated from what rows show, and the nearest matrix that a
/// copula can draw from.
struct LatentCorrelationTests {
  /// `rows` pairs of standard normals with correlation r.
  static func normalPairs(rows: Int, r: Double, seed: UInt64) -> [(Double, Double)] {
    var random = SeededRandom(seed: seed)
    return (0..<rows).map { _ in
      let a = random.nextGaussian(mean: 0, standardDeviation: 1)
      let b = random.nextGaussian(mean: 0, standardDeviation: 1)
      return (a, r * a + (1 - r * r).squareRoot() * b)
    }
  }

  @Test func anIndicatorAndANumberGiveBackTheLatentCorrelation() {
    // A number's rank correlation with the indicator of a latent score above its 70th percentile
    // is about 0.47 where the latent correlation is 0.6: the biserial estimate undoes the cut.
    let pairs = Self.normalPairs(rows: 200_000, r: 0.6, seed: 3)
    let threshold = NormalDistribution.quantile(0.7)
    let number = RankScores.ranked(pairs.map { exp($0.0) }).ranks
    let indicator = pairs.map { $0.1 > threshold ? 1.0 : 0.0 }
    let matrix = LatentCorrelation.matrix([
      .ranked(number), .indicator(codes: indicator, value: 1, column: 1, values: 2),
    ])
    #expect(abs(matrix[1] - 0.6) < 0.02, "\(matrix[1])")
    #expect(RankScores.pearson(number, indicator) < 0.5)
  }

  @Test func twoIndicatorsGiveBackTheLatentCorrelation() {
    let pairs = Self.normalPairs(rows: 200_000, r: -0.5, seed: 4)
    let x = pairs.map { $0.0 > 0.3 ? 1.0 : 0.0 }
    let y = pairs.map { $0.1 > -0.8 ? 1.0 : 0.0 }
    let matrix = LatentCorrelation.matrix([
      .indicator(codes: x, value: 1, column: 0, values: 2),
      .indicator(codes: y, value: 1, column: 1, values: 2),
    ])
    #expect(abs(matrix[1] + 0.5) < 0.03, "\(matrix[1])")
  }

  @Test func valuesNeverSeenTogetherAreAsFarApartAsACopulaAllows() {
    let x: [Double] = [1, 1, 0, 0, 0, 0, .nan]
    let y: [Double] = [0, 0, 1, 1, 0, 0, 1]
    #expect(
      LatentCorrelation.matrix([
        .indicator(codes: x, value: 1, column: 0, values: 2),
        .indicator(codes: y, value: 1, column: 1, values: 2),
      ])[1] == -0.999)
  }

  @Test func theNearestMatrixKeepsTheHeldEntries() {
    // Three variables cannot each be correlated 0.9, 0.9 and -0.9: the matrix is moved, changing
    // only the entries not held, to one with every eigenvalue positive.
    let asked: [Double] = [1, 0.9, 0.9, 0.9, 1, -0.9, 0.9, -0.9, 1]
    let held: [Bool] = [true, true, false, true, true, false, false, false, true]
    let copula = CopulaCorrelation(gaussian: asked, size: 3, held: held)
    #expect(abs(copula.matrix[1] - 0.9) < 1e-3, "\(copula.matrix)")
    #expect((SymmetricEigen(symmetric: copula.matrix, size: 3).values.last ?? 0) > 0)
    for i in 0..<3 { #expect(abs(copula.matrix[i * 3 + i] - 1) < 1e-9) }
  }
}
