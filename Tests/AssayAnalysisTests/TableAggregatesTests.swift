import AssayAnalysis
import AssayCore
import Testing

/// Forty rows, every fifth missing its x and every seventh its y.
private let table = Table(
  name: "gaps",
  columns: [
    Column(name: "x", type: .double, values: (0..<40).map { $0 % 5 == 0 ? .null : .double(Double($0)) }),
    Column(name: "y", type: .int, values: (0..<40).map { $0 % 7 == 0 ? .null : .int(Int64($0 * 3 % 17)) }),
  ])

@Test func theInMemorySeamAnswersAsTheTablesOwnCode() throws {
  let seam = TableAggregates(table)
  #expect(try seam.describe(columns: nil, monitor: nil) == Describe.summarize(table))
  #expect(try seam.describe(columns: ["y"], monitor: nil) == [Describe.summarize(table.columns[1])])
  #expect(try seam.frequency(column: "y", monitor: nil) == Frequency.typedTable(table.columns[1]))
  #expect(
    try seam.histogram(column: "x", rule: .sturges) == Histogram.compute(table.columns[0], rule: .sturges))
  #expect(throws: AssayError.self) { try seam.histogram(column: "nope", rule: .default) }
}

@Test func theInMemorySampleDrawsTheRowsAFeatureMatrixSampleDraws() throws {
  let matrix = try FeatureMatrix(table: table, columns: ["x", "y"])
  let drawn = try TableAggregates(table).sample(rows: 10, seed: 3, complete: ["x", "y"])
  let kept = FeatureMatrix.keptRows(of: table, columns: ["x", "y"])
  let picked = try #require(matrix.sampledRows(limit: 10, seed: 3))
  #expect(drawn.rows == picked.map { kept[$0] })
  #expect(drawn.population == matrix.rowCount && drawn.incomplete == matrix.droppedRowCount)
  #expect(
    try FeatureMatrix(table: drawn.table, columns: ["x", "y"]).values == matrix.selecting(rows: picked).values
  )
}

@Test func aSampleOfNoColumnsDrawsFromEveryRow() throws {
  let drawn = try TableAggregates(table).sample(rows: 50, seed: 0, complete: [])
  #expect(drawn.rows == Array(0..<40) && drawn.population == 40 && drawn.incomplete == 0)
}
