import AssayCore
import Foundation
import Testing

@testable import AssayAnalysis

/// Timings on a 10M-row, 9-column table built in code. Run in release with
/// `ASSAY_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter AnalysisBenchmarks`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["ASSAY_BENCH"] == "1"))
struct AnalysisBenchmarks {
  static let rows = 10_000_000
  static let chunkRows = 1_000_000

  /// Nine columns: three doubles, two ints, a date, two dictionary-coded and one packed string column.
  static func makeTable() -> Table {
    var random = SeededRandom(seed: 42)
    let chunkCount = rows / chunkRows
    var columns: [String: [ColumnChunk]] = [:]
    for chunk in 0..<chunkCount {
      let base = chunk * chunkRows
      func add(_ name: String, _ values: ChunkValues) {
        columns[name, default: []].append(ColumnChunk(values: values, validity: nil))
      }
      add("gauss", .double((0..<chunkRows).map { _ in random.nextGaussian(mean: 50, standardDeviation: 10) }))
      add(
        "price",
        .double((0..<chunkRows).map { _ in Double(Int.random(in: 0..<100_000, using: &random)) / 100 }))
      add("ratio", .double((0..<chunkRows).map { _ in Double.random(in: 0..<1, using: &random) }))
      add("id", .int((0..<chunkRows).map { Int64(base + $0) }))
      add("age", .int((0..<chunkRows).map { _ in Int64.random(in: 0...99, using: &random) }))
      add("day", .date((0..<chunkRows).map { _ in Int32.random(in: 15_000...19_000, using: &random) }))
      let colours = ["red", "green", "blue", "cyan", "magenta"]
      add(
        "colour",
        .string(
          .dictionary(
            codes: (0..<chunkRows).map { _ in UInt32.random(in: 0..<5, using: &random) }, dictionary: colours)
        ))
      let cities = (0..<1000).map { "city \($0)" }
      add(
        "city",
        .string(
          .dictionary(
            codes: (0..<chunkRows).map { _ in UInt32.random(in: 0..<1000, using: &random) },
            dictionary: cities)))
      var bytes: [UInt8] = []
      var offsets: [UInt32] = [0]
      for _ in 0..<chunkRows {
        bytes.append(contentsOf: "user\(Int.random(in: 0..<100_000, using: &random))".utf8)
        offsets.append(UInt32(bytes.count))
      }
      add("user", .string(.packed(bytes: bytes, offsets: offsets)))
    }
    let order = ["gauss", "price", "ratio", "id", "age", "day", "colour", "city", "user"]
    let table = Table(
      name: "bench",
      columns: order.map { name in
        let type = columns[name]?.first?.values.type ?? .string
        return Column(name: name, type: type, chunks: columns[name] ?? [])
      })
    return table
  }

  static func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  @Test func describeTenMillionRows() {
    let table = Self.makeTable()
    var summaries: [ColumnSummary] = []
    for run in 1...3 {
      let total = Self.seconds { summaries = Describe.summarize(table) }
      print("describe 10M x 9, run \(run): \(total) s")
    }
    for column in table.columns {
      let t = Self.seconds { _ = Describe.summarize(column) }
      let tallied = column.type != .double && column.type != .string
      print("  \(column.name): \(t) s\(tallied ? " (tallied)" : "")")
    }
    #expect(summaries.count == 9 && summaries[3].distinct == Self.rows)
    let frequencyCity = Self.seconds { _ = Frequency.compute(table.columns[7]) }
    let frequencyAge = Self.seconds { _ = Frequency.compute(table.columns[4]) }
    let frequencyUser = Self.seconds { _ = Frequency.compute(table.columns[8]) }
    let frequencyGauss = Self.seconds { _ = Frequency.compute(table.columns[0]) }
    print("frequency gauss(10M distinct doubles): \(frequencyGauss) s")
    let histogram = Self.seconds { _ = try? Histogram.compute(table.columns[0]) }
    print(
      "frequency city(dict): \(frequencyCity) s, age(int): \(frequencyAge) s, user(packed): \(frequencyUser) s"
    )
    print("histogram gauss fd: \(histogram) s")
  }
}
