import AssayCore
import Testing

@testable import AssayAnalysis

/// Reference values from scikit-learn 1.9.1 (numpy 2.4.6), computed once with:
/// ```
/// import pandas as pd; from sklearn.decomposition import PCA; from sklearn.preprocessing import StandardScaler
/// X = pd.read_csv("sampledata/NAME.csv").select_dtypes("number").to_numpy()
/// Z = StandardScaler().fit_transform(X) if scaled else X
/// p = PCA(n_components=3).fit(Z)
/// print(p.explained_variance_ratio_, p.explained_variance_, p.components_, p.transform(Z[:1]))
/// ```
private struct Reference {
  let file: String
  let standardize: Bool
  let ratio: [Double]
  let variance: [Double]
  let components: [[Double]]
  let firstRow: [Double]
}

private let references = [
  Reference(
    file: "iris", standardize: false, ratio: [0.924618723202, 0.0530664831171, 0.0171026098079],
    variance: [4.22824170603, 0.242670747929, 0.0782095000429],
    components: [
      [0.3613865918, -0.0845225141, 0.8566706059, 0.3582891972],
      [0.6565887713, 0.7301614348, -0.1733726628, -0.0754810199],
      [-0.5820298513, 0.5979108301, 0.0762360758, 0.5458314320],
    ], firstRow: [-2.68412563, 0.31939725, -0.02791483]),
  Reference(
    file: "iris", standardize: true, ratio: [0.729624454133, 0.228507617867, 0.0366892188928],
    variance: [2.9380850502, 0.920164904162, 0.147741821045],
    components: [
      [0.5210659147, -0.2693474425, 0.5804130958, 0.5648565358],
      [0.3774176156, 0.9232956595, 0.0244916091, 0.0669419870],
      [0.7195663527, -0.2443817795, -0.1421263693, -0.6342727371],
    ], firstRow: [-2.26470281, 0.4800266, 0.12770602]),
  Reference(
    file: "wine", standardize: false, ratio: [0.998091230492, 0.00173591562471, 9.49589575515e-05],
    variance: [99201.7895175, 172.535266478, 9.43811370347],
    components: [
      [
        0.0016592647, -0.0006810156, 0.0001949057, -0.0046713006, 0.0178680075, 0.0009898297, 0.0015672883,
        -0.0001230867, 0.0006006078, 0.0023271432, 0.0001713800, 0.0007049316, 0.9998229365,
      ],
      [
        0.0012034062, 0.0021549818, 0.0045936925, 0.0264503930, 0.9993441861, 0.0008779622, -0.0000518507,
        -0.0013544789, 0.0050044004, 0.0151003530, -0.0007626731, -0.0034953643, -0.0177738095,
      ],
      [
        0.0168738094, 0.1220033728, 0.0519874304, 0.9385930030, -0.0297802484, -0.0404846439, -0.0854433387,
        0.0135107797, -0.0246593824, 0.2913984641, -0.0259776624, -0.0703239693, 0.0045286816,
      ],
    ], firstRow: [318.56297929, 21.49213073, -3.1307347]),
  Reference(
    file: "wine", standardize: true, ratio: [0.361988480999, 0.19207490257, 0.111236305362],
    variance: [4.73243697758, 2.51108092965, 1.45424186785],
    components: [
      [
        0.1443293954, -0.2451875803, -0.0020510614, -0.2393204055, 0.1419920420, 0.3946608451, 0.4229342967,
        -0.2985331030, 0.3134294883, -0.0886167047, 0.2967145636, 0.3761674107, 0.2867522269,
      ],
      [
        0.4836515478, 0.2249309346, 0.3160688140, -0.0105905023, 0.2996340032, 0.0650395118, -0.0033598121,
        0.0287794881, 0.0393017223, 0.5299956721, -0.2792351479, -0.1644961928, 0.3649028318,
      ],
      [
        -0.2073826241, 0.0890128857, 0.6262239009, 0.6120803499, 0.1307569349, 0.1461789635, 0.1506818999,
        0.1703681624, 0.1494543095, -0.1373062125, 0.0852219225, 0.1660045881, -0.1267459173,
      ],
    ], firstRow: [3.31675081, 1.44346263, -0.16573904]),
]

private func relativeError(_ a: Double, _ b: Double) -> Double { abs(a - b) / max(abs(b), 1) }

@Suite struct PCATests {
  @Test(arguments: references.indices)
  func matchesScikitLearn(_ index: Int) throws {
    let reference = references[index]
    let table = try ProjectionFixtures.sample(reference.file)
    let matrix = try FeatureMatrix(table: table, columns: FeatureMatrix.numericColumnNames(of: table))
    let pca = try PCA.fit(matrix, components: 3, standardize: reference.standardize)
    for k in 0..<3 {
      #expect(abs(pca.explainedVarianceRatio[k] - reference.ratio[k]) < 1e-6)
      #expect(relativeError(pca.explainedVariance[k], reference.variance[k]) < 1e-6)
      for c in 0..<matrix.columnCount {
        #expect(abs(pca.components[k][c] - reference.components[k][c]) < 1e-6, "component \(k), column \(c)")
      }
    }
    let coordinates = pca.project(matrix)
    #expect(coordinates.count == matrix.rowCount * 3)
    for k in 0..<3 { #expect(relativeError(coordinates[k], reference.firstRow[k]) < 1e-6) }
  }

  @Test func rowsWithNullsAreDroppedAndCounted() throws {
    let table = ProjectionFixtures.table([
      ("a", [1, 2, nil, 4, 5, .nan]), ("b", [2, 1, 3, nil, 4, 1]),
    ])
    let matrix = try FeatureMatrix(table: table, columns: ["a", "b"])
    #expect(matrix.rowCount == 3)
    #expect(matrix.droppedRowCount == 3)
    #expect(matrix.values == [1, 2, 2, 1, 5, 4])
  }

  @Test func labelsFollowTheKeptRows() throws {
    var columns = ProjectionFixtures.table([("a", [1, nil, 3])]).columns
    columns.append(Column(name: "kind", type: .string, values: [.string("x"), .string("y"), .null]))
    let matrix = try FeatureMatrix(table: Table(name: "t", columns: columns), columns: ["a"], label: "kind")
    #expect(matrix.labels == [.string("x"), .null])
    #expect(matrix.labelName == "kind")
    let reordered = matrix.selecting(rows: [1, 0])
    #expect(reordered.values == [3, 1])
    #expect(reordered.labels == [.null, .string("x")])
  }

  @Test func integerColumnsAreRead() throws {
    let table = Table(
      name: "t", columns: [Column(name: "n", type: .int, values: [.int(3), .null, .int(-7)])])
    let matrix = try FeatureMatrix(table: table, columns: ["n"])
    #expect(matrix.values == [3, -7])
  }

  @Test func badColumnsAreNamed() throws {
    var columns = ProjectionFixtures.table([("a", [1, 2]), ("empty", [nil, nil])]).columns
    columns.append(Column(name: "kind", type: .string, values: [.string("x"), .string("y")]))
    let table = Table(name: "t.csv", columns: columns)
    #expect(throws: AssayError.self) { try FeatureMatrix(table: table, columns: []) }
    let unknown = #expect(throws: AssayError.self) { try FeatureMatrix(table: table, columns: ["a", "zz"]) }
    #expect(unknown?.message == "no column named 'zz'")
    #expect(unknown?.hint == "columns are: a, empty, kind")
    let text = #expect(throws: AssayError.self) { try FeatureMatrix(table: table, columns: ["kind"]) }
    #expect(text?.message == "column 'kind' holds string values, not numbers")
    let empty = #expect(throws: AssayError.self) { try FeatureMatrix(table: table, columns: ["a", "empty"]) }
    #expect(
      empty?.description
        == "t.csv: column 'empty' has no values (all 2 rows are empty) — leave it out of --columns")
    let label = #expect(throws: AssayError.self) {
      try FeatureMatrix(table: table, columns: ["a"], label: "x")
    }
    #expect(label?.message == "no column named 'x'")
  }

  @Test func noCompleteRowIsAClearError() throws {
    let table = ProjectionFixtures.table([("a", [1, nil]), ("b", [nil, 2])])
    let error = #expect(throws: AssayError.self) { try FeatureMatrix(table: table, columns: ["a", "b"]) }
    #expect(error?.message == "no row has a value in every chosen column (2 rows dropped)")
  }

  @Test func constantColumnIsLeftUnscaledAndNamed() throws {
    let table = ProjectionFixtures.table([("a", [1, 2, 3]), ("flat", [0.1, 0.1, 0.1])])
    let matrix = try FeatureMatrix(table: table, columns: ["a", "flat"])
    let standardization = try Standardization.zScore(matrix)
    #expect(standardization.constantColumns == [1])
    #expect(standardization.scale[1] == 1)
    let standardized = standardization.apply(matrix)
    #expect((0..<3).map { standardized[$0, 1] }.allSatisfy { abs($0) < 1e-15 })
    #expect(matrix.constantColumnNames == ["flat"])
    #expect(FeatureMatrix.constantNote(matrix.constantColumnNames) == "constant: flat")
    #expect(FeatureMatrix.constantNote(["a", "b", "c", "d", "e"]) == "constant: a, b, c (+2 more)")
    let fitted = try PCA.fit(matrix, components: 2, standardize: true)
    #expect(fitted.explainedVarianceRatio[0] == 1 && fitted.components[0] == [1, 0])
    #expect(fitted.explainedVarianceRatio.allSatisfy { $0.isFinite })
    let raw = try PCA.fit(matrix, components: 2, standardize: false)
    #expect(raw.explainedVarianceRatio[0] == 1)
    #expect(raw.explainedVarianceRatio[1] < 1e-12)
    #expect(raw.components[0] == [1, 0])
  }

  @Test func allConstantIsAClearError() throws {
    let table = ProjectionFixtures.table([("a", [2, 2, 2]), ("b", [5, 5, 5])])
    let matrix = try FeatureMatrix(table: table, columns: ["a", "b"])
    for standardize in [false, true] {
      let error = #expect(throws: AssayError.self) {
        try PCA.fit(matrix, components: 2, standardize: standardize)
      }
      #expect(error?.message == "every chosen column is constant, so there is no variance to project")
    }
    let scaling = #expect(throws: AssayError.self) { try Standardization.zScore(matrix) }
    #expect(scaling?.message == "every chosen column is constant, so there is no variance to project")
  }

  @Test func tooFewRowsOrColumnsForTheComponents() throws {
    let one = try FeatureMatrix(
      table: ProjectionFixtures.table([("a", [1]), ("b", [2])]), columns: ["a", "b"])
    let rows = #expect(throws: AssayError.self) { try PCA.fit(one, components: 2, standardize: false) }
    #expect(
      rows?.message == "2 components need at least 2 rows with values in every chosen column; there is 1")
    let columns = #expect(throws: AssayError.self) { try PCA.fit(one, components: 3, standardize: false) }
    #expect(columns?.message == "3 components asked of 2 columns")
  }

  @Test func moreColumnsThanRowsStillFits() throws {
    let table = ProjectionFixtures.table([
      ("a", [1, 2, 4]), ("b", [0, 1, 1]), ("c", [3, 1, 2]), ("d", [1, 1, 0]),
    ])
    let pca = try PCA.fit(
      try FeatureMatrix(table: table, columns: ["a", "b", "c", "d"]), components: 3, standardize: true)
    #expect(abs(pca.explainedVarianceRatio.reduce(0, +) - 1) < 1e-12)
    #expect(pca.explainedVarianceRatio[2] < 1e-12)
    #expect(pca.explainedVarianceRatio.allSatisfy { $0.isFinite && $0 >= 0 })
  }

  @Test func standardisationGivesZeroMeanUnitSpread() throws {
    let table = ProjectionFixtures.table([("a", [1, 2, 3, 6]), ("b", [10, 30, 20, 0])])
    let matrix = try FeatureMatrix(table: table, columns: ["a", "b"])
    let standardized = try Standardization.zScore(matrix).apply(matrix)
    for c in 0..<2 {
      let column = (0..<4).map { standardized[$0, c] }
      #expect(abs(column.reduce(0, +)) < 1e-12)
      #expect(abs(column.reduce(0) { $0 + $1 * $1 } / 4 - 1) < 1e-12)
    }
  }

  @Test(arguments: [1, 2, 4, 30])
  func eigenvectorsSatisfyTheirEquation(size n: Int) {
    var random = SeededRandom(seed: UInt64(n))
    var matrix = [Double](repeating: 0, count: n * n)
    for i in 0..<n {
      for j in i..<n {
        matrix[i * n + j] = random.nextGaussian()
        matrix[j * n + i] = matrix[i * n + j]
      }
    }
    let eigen = SymmetricEigen(symmetric: matrix, size: n)
    #expect(eigen.values == eigen.values.sorted(by: >))
    for (value, vector) in zip(eigen.values, eigen.vectors) {
      for row in 0..<n {
        let product = (0..<n).reduce(0) { $0 + matrix[row * n + $1] * vector[$1] }
        #expect(abs(product - value * vector[row]) < 1e-10)
      }
    }
    for a in 0..<n {
      for b in 0..<n {
        let dot = (0..<n).reduce(0) { $0 + eigen.vectors[a][$1] * eigen.vectors[b][$1] }
        #expect(abs(dot - (a == b ? 1 : 0)) < 1e-10)
      }
    }
  }

  @Test func repeatedAndZeroEigenvalues() {
    let eigen = SymmetricEigen(symmetric: [2, 0, 0, 0, 2, 0, 0, 0, 0], size: 3)
    #expect(eigen.values == [2, 2, 0])
    #expect(eigen.vectors[2].map(abs) == [0, 0, 1])
    #expect(SymmetricEigen(symmetric: [], size: 0).values == [])
  }
}
