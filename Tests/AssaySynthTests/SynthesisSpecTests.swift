import AssayCore
import Foundation
import Testing

@testable import AssaySynth

/// A spec's columns follow their declared distributions (one-sample Kolmogorov–Smirnov tests at the
/// 1% level, over fixed seeds) and declared rank correlations come back within 0.02; a bad spec is
/// one line naming the field.
struct SynthesisSpecTests {
  static let spec = """
    {"name": "people", "columns": [
      {"name": "height", "distribution": "normal", "mean": 170, "sd": 10},
      {"name": "income", "distribution": "lognormal", "mu": 10, "sigma": 0.5, "nulls": 0.1},
      {"name": "score", "distribution": "uniform", "min": 0, "max": 100},
      {"name": "visits", "distribution": "poisson", "lambda": 4},
      {"name": "plan", "distribution": "categorical", "values": ["free", "pro", "team"], "weights": [6, 3, 1]},
      {"name": "signup", "distribution": "date", "from": "2024-01-01", "to": "2024-12-31"},
      {"name": "id", "distribution": "sequence", "start": 100, "step": 2}],
     "correlations": [
      {"columns": ["height", "income"], "rank": 0.6}, {"columns": ["score", "signup"], "rank": -0.4},
      {"columns": ["height", "score"], "rank": 0.3}]}
    """

  static func model() throws -> SynthesisModel {
    try SynthesisSpec.model(json: Data(spec.utf8), source: "spec.json")
  }

  /// The one-sample KS statistic of non-null values against a CDF, evaluated on both sides of each
  /// value (for a discrete distribution, at its support points only, which is conservative).
  static func ksStatistic(_ values: [Double], discrete: Bool, cdf: (Double) -> Double) -> Double {
    let sorted = values.sorted()
    let n = Double(sorted.count)
    var largest = 0.0
    var i = 0
    while i < sorted.count {
      var j = i
      while j < sorted.count && sorted[j] == sorted[i] { j += 1 }
      let f = cdf(sorted[i])
      largest = max(largest, abs(Double(j) / n - f))
      if !discrete { largest = max(largest, abs(f - Double(i) / n)) }
      i = j
    }
    return largest
  }

  @Test(arguments: [UInt64(200), 201, 202, 203, 204])
  func columnsFollowTheirDistributions(seed: UInt64) throws {
    let table = try Self.model().sample(rows: 5000, seed: seed)
    func numbers(_ name: String) -> [Double] { SynthFixtures.numbers(table.column(named: name)!) }
    let critical = 1.6276 / Double(5000).squareRoot()
    let poisson = (0...60).reduce(into: [Double]()) { cumulative, k in
      let pmf = exp(Double(k) * log(4.0) - 4 - lgamma(Double(k) + 1))
      cumulative.append((cumulative.last ?? 0) + pmf)
    }
    let first = Double(CivilDate(year: 2024, month: 1, day: 1).daysSinceEpoch)
    let statistics: [(String, Double, Double)] = [
      (
        "height",
        Self.ksStatistic(numbers("height"), discrete: false) { NormalDistribution.cdf(($0 - 170) / 10) },
        critical
      ),
      (
        "income",
        Self.ksStatistic(numbers("income"), discrete: false) { NormalDistribution.cdf((log($0) - 10) / 0.5) },
        1.6276 / Double(numbers("income").count).squareRoot()
      ),
      ("score", Self.ksStatistic(numbers("score"), discrete: false) { $0 / 100 }, critical),
      ("visits", Self.ksStatistic(numbers("visits"), discrete: true) { poisson[Int($0)] }, critical),
      ("signup", Self.ksStatistic(numbers("signup"), discrete: true) { ($0 - first + 1) / 366 }, critical),
      (
        "plan",
        Self.ksStatistic(
          SynthFixtures.values(table.column(named: "plan")!).map {
            ["free": 0, "pro": 1, "team": 2][$0.description]!
          },
          discrete: true
        ) { [0.6, 0.9, 1.0][Int($0)] }, critical
      ),
    ]
    for (name, statistic, bound) in statistics { #expect(statistic < bound, "\(name): D = \(statistic)") }
    let nulls = Double(table.column(named: "income")!.nullCount) / 5000
    #expect(abs(nulls - 0.1) < 0.015)
    #expect(SynthFixtures.values(table.column(named: "id")!).prefix(3) == [.int(100), .int(102), .int(104)])
    #expect(table.columns.map(\.type) == [.double, .double, .double, .int, .string, .date, .int])
  }

  @Test func theNormalQuantileInvertsTheCDFToFullPrecisionInBothTails() {
    // Published values of the standard normal's quantile function (scipy's norm.ppf), down to the
    // probabilities the sampler is clamped to; Acklam's approximation alone is off by 1e-9.
    let published: [(Double, Double)] = [
      (0.975, 1.959963984540054), (1e-6, -4.753424308822899), (1e-10, -6.361340902404056),
      (1e-12, -7.034483825301131), (1 - 1e-12, 7.0344869100478356),
    ]
    for (p, z) in published {
      #expect(abs(NormalDistribution.quantile(p) - z) < 1e-13 * abs(z), "p \(p)")
    }
    let probabilities =
      stride(from: 0.0005, to: 1, by: 0.0137).map { $0 } + (1...15).map { pow(10, -Double($0)) }
    for p in probabilities {
      let z = NormalDistribution.quantile(p), tail = min(p, 1 - p)
      #expect(abs(NormalDistribution.cdf(-abs(z)) - tail) < 1e-13 * tail, "p \(p): z \(z)")
    }
  }

  @Test func declaredRankCorrelationsComeBackWithin002() throws {
    let model = try Self.model()
    let table = model.sample(rows: 20_000, seed: 8)
    let names = ["height", "income", "score", "signup"]
    let ranks = names.map { name in
      RankScores.ranked(ColumnKeys.numbers(table.column(named: name)!)).ranks
    }
    let measured = RankScores.spearmanMatrix(ranks)
    let declared: [String: Double] = ["height income": 0.6, "score signup": -0.4, "height score": 0.3]
    for i in 0..<4 {
      for j in 0..<i {
        let expected = declared["\(names[j]) \(names[i])"] ?? 0
        #expect(
          abs(measured[i * 4 + j] - expected) <= 0.02, "\(names[j]) × \(names[i]): \(measured[i * 4 + j])")
      }
    }
  }

  @Test(arguments: [
    (
      #"{"columns": [{"name": "a", "distribution": "normal", "mean": 0}]}"#,
      "spec.json: columns[0].sd: must be a positive number"
    ),
    (
      #"{"columns": [{"name": "a", "distribution": "gamma"}]}"#,
      "spec.json: columns[0].distribution: must be one of categorical, date, lognormal, normal, poisson, sequence, uniform"
    ),
    (
      #"{"columns": [{"name": "p", "distribution": "categorical", "values": ["x", "y"], "weights": [1]}]}"#,
      "spec.json: columns[0].weights: must be an array of 2 numbers, one per value"
    ),
    (
      #"{"columns": [{"name": "d", "distribution": "date", "from": "2024-02-30", "to": "2024-03-01"}]}"#,
      "spec.json: columns[0].from: must be a date written YYYY-MM-DD"
    ),
    (
      #"{"columns": [{"name": "a", "distribution": "uniform", "min": 0, "max": 1, "mean": 3}]}"#,
      "spec.json: columns[0].mean: unknown field; expected one of name, distribution, nulls, min, max, decimals"
    ),
    (
      #"{"columns": [{"name": "a", "distribution": "uniform", "min": 0, "max": 1}], "correlations": [{"columns": ["a", "b"], "rank": 0.5}]}"#,
      "spec.json: correlations[0].columns: \"b\" is not a column with a distribution (sequences take no correlation)"
    ),
    (
      #"{"columns": [{"name": "a", "distribution": "normal", "mean": 0, "sd": 1}, {"name": "b", "distribution": "normal", "mean": 0, "sd": 1}, {"name": "c", "distribution": "normal", "mean": 0, "sd": 1}], "correlations": [{"columns": ["a", "b"], "rank": 0.9}, {"columns": ["a", "c"], "rank": 0.9}, {"columns": ["b", "c"], "rank": -0.9}]}"#,
      "spec.json: correlations: these correlations cannot hold together (their matrix is not positive definite)"
    ),
    (
      #"{"columns": [{"name": "a", "distribution": "normal", "mean": 1e19, "sd": 1, "decimals": 0}]}"#,
      "spec.json: columns[0].distribution: its values reach 1e+19, beyond what a 64-bit integer (decimals 0) holds; declare smaller parameters"
    ),
    (
      #"{"columns": [{"name": "a", "distribution": "lognormal", "mu": 800, "sigma": 1}]}"#,
      "spec.json: columns[0].distribution: its values reach inf, beyond what a double holds; declare smaller parameters"
    ),
    (
      #"{"columns": [{"name": "a", "distribution": "normal", "mean": 0, "sd": 1}, {"name": "b", "distribution": "normal", "mean": 0, "sd": 1}], "correlations": [{"columns": ["a", "b"], "rank": 0.5}, {"columns": ["b", "a"], "rank": -0.5}]}"#,
      "spec.json: correlations[1].columns: the pair b, a is declared twice (also in correlations[0])"
    ),
    (
      #"{"columns": [{"name": "k", "distribution": "categorical", "values": ["a", "b", "a"]}]}"#,
      "spec.json: columns[0].values[2]: \"a\" is listed twice (also values[0]); give each value once, its share in weights"
    ),
    (
      #"{"columns": [{"name": "k", "distribution": "categorical", "values": ["a"], "weights": [1, 2]}]}"#,
      "spec.json: columns[0].weights: must be an array of 1 number, one per value"
    ),
    ("{\"columns\": [", "spec.json: line 1, column 14: not valid JSON"),
    ("{\"columns\": [\n  {\"name\": \"é\", x}]}", "spec.json: line 2, column 17: not valid JSON"),
  ])
  func aBadSpecIsOneLineNamingTheField(spec: String, message: String) {
    #expect(throws: AssayError(message: message, hint: "fix the spec (see README, Synthetic data)")) {
      try SynthesisSpec.model(json: Data(spec.utf8), source: "spec.json")
    }
  }

  /// A Poisson of a large mean is tabulated in steps of its own width, not of its mean, and keeps its
  /// mean and variance (both lambda): over 20,000 stratified draws the mean is within 5 standard
  /// errors and the variance within 5%.
  @Test(arguments: [1e6, 1e9])
  func aPoissonOfALargeMeanKeepsItsMeanAndVariance(lambda: Double) throws {
    let spec = #"{"columns": [{"name": "a", "distribution": "poisson", "lambda": \#(lambda)}]}"#
    let drawn = SynthFixtures.numbers(
      try SynthesisSpec.model(json: Data(spec.utf8), source: "spec.json").sample(rows: 20_000, seed: 3)
        .columns[0])
    let mean = drawn.reduce(0, +) / Double(drawn.count)
    let variance = drawn.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(drawn.count - 1)
    #expect(abs(mean - lambda) < 5 * (lambda / Double(drawn.count)).squareRoot(), "mean \(mean)")
    #expect(abs(variance / lambda - 1) < 0.05, "variance \(variance)")
    #expect(drawn.allSatisfy { $0 == $0.rounded() })
  }
}
