import AssayCore
import Foundation
import Testing

@testable import AssayCSV

/// Every numeric cell of a benchmark file equals pandas' parse of it, bit for bit. Runs when
/// `Benchmarks/check_pandas.py` sets `ASSAY_PANDAS_DIR` (pandas' columns as raw float64 files,
/// NaN for missing) and `ASSAY_PANDAS_CSV` (the CSV file).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["ASSAY_PANDAS_DIR"] != nil))
struct PandasAgreementTests {
  @Test func numericColumnsEqualPandas() throws {
    let environment = ProcessInfo.processInfo.environment
    let directory = try #require(environment["ASSAY_PANDAS_DIR"])
    let table = try CSVReader.read(path: try #require(environment["ASSAY_PANDAS_CSV"]))
    let names = try String(contentsOfFile: directory + "/columns.txt", encoding: .utf8).split(separator: "\n")
    #expect(!names.isEmpty)
    for name in names.map(String.init) {
      let column = try #require(table.column(named: name), "no column \(name)")
      #expect(column.type.isNumeric || column.type == .bool, "\(name) is \(column.type)")
      let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/\(name).f64"))
      let expected = data.withUnsafeBytes { Array($0.bindMemory(to: Double.self)) }
      #expect(expected.count == column.count, "\(name): \(column.count) rows, pandas has \(expected.count)")
      var mismatches = 0
      var firstMismatch: String?
      for row in 0..<min(expected.count, column.count) {
        let ours = column.double(at: row)
        let theirs = expected[row]
        let same = theirs.isNaN ? ours == nil : ours?.bitPattern == theirs.bitPattern
        if !same {
          mismatches += 1
          if firstMismatch == nil { firstMismatch = "row \(row): \(String(describing: ours)) vs \(theirs)" }
        }
      }
      #expect(
        mismatches == 0, "\(name): \(mismatches) cells differ from pandas, first \(firstMismatch ?? "")")
      print("\(name): \(column.count) cells compared with pandas, \(mismatches) differ")
    }
  }
}
