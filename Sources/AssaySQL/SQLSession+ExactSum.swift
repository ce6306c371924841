import AssayCore
import Foundation

/// One sum `exactSums` computes: `expression` over the rows (nulls skipped), at most `count`
/// terms, none larger than `bound` in magnitude. `expression` is written when the statement is,
/// binding its values to it.
struct ExactSumTerm {
  /// The most terms the sum adds.
  let count: Int
  /// The largest magnitude a term can have.
  let bound: Double
  /// Writes the term's SQL expression into the statement.
  let expression: (inout SQLStatement) -> String
}

extension SQLSession {
  /// Each term's sum over the rows of `from`, in one statement, whatever order the engine adds
  /// the rows in: each term is split at a power of two into an integer part, summed exactly as
  /// integers, and a small remainder, whose rounding stays far below the result's last digit. So
  /// the sum is the exact one rounded, as a compensated sum in memory nearly always rounds it
  /// (they can differ in the last digit when large terms cancel).
  func exactSums(_ terms: [ExactSumTerm], from: String) throws -> [Double] {
    guard !terms.isEmpty else { return [] }
    let scales = terms.map { Self.scale(bound: $0.bound, terms: $0.count) }
    // Prefixed, as ClickHouse's aliases are seen by the whole statement (a column `term0` would clash).
    let names = terms.indices.map {
      (term: dialect.quote("assay_term\($0)"), whole: dialect.quote("assay_whole\($0)"))
    }
    var statement = SQLStatement(dialect)
    let sums = terms.indices.map { index in
      let (term, whole) = names[index]
      return "SUM(\(whole)), SUM(\(term) - \(whole) / \(statement.bind(scales[index])))"
    }
    let wholes = terms.indices.map { index in
      let (term, whole) = names[index]
      return "\(dialect.truncated("\(term) * \(statement.bind(scales[index]))")) AS \(whole)"
    }
    let split = terms.indices.map { "\(names[$0].term), \(wholes[$0])" }
    let values = terms.indices.map { "\(terms[$0].expression(&statement)) AS \(names[$0].term)" }
    // ClickHouse sums in one flat statement, which a Distributed table runs on every shard.
    let sql =
      dialect.engine == .clickhouse
      ? "WITH \((values + wholes).joined(separator: ", ")) SELECT \(sums.joined(separator: ", ")) FROM \(from)"
      : """
      SELECT \(sums.joined(separator: ", ")) FROM (SELECT \(split.joined(separator: ", ")) \
      FROM (SELECT \(values.joined(separator: ", ")) FROM \(from)) AS \(dialect.quote("terms"))) \
      AS \(dialect.quote("split"))
      """
    let row = try self.row(sql, statement.parameters)
    return terms.indices.map { index in
      let (whole, remainder) = (row[2 * index], row[2 * index + 1].engineNumber ?? 0)
      let scale = scales[index]
      // An engine that widens integer sums may hand back one no integer holds: then it is summed
      // as a double, as such a sum can only be.
      guard let integer = Self.integer(whole) else {
        return ((whole.engineNumber ?? 0) + remainder * scale) / scale
      }
      let rounded = Double(integer)
      return (rounded + (Double(integer - Int64(rounded)) + remainder * scale)) / scale
    }
  }

  /// The power of two that scales terms no larger than `bound` so `terms` of their integer parts
  /// add up below 2^52: exact as integers and as doubles in every engine.
  private static func scale(bound: Double, terms: Int) -> Double {
    guard bound > 0, bound.isFinite else { return 1 }
    let limit = 0x1p52 / Double(Swift.max(1, terms))
    let exponent = Swift.min(Swift.max((log2(limit / bound)).rounded(.down), -1000), 1000)
    return pow(2, exponent)
  }

  /// An integer sum as the driver hands it (an integer, or a decimal or double for engines that
  /// widen integer sums).
  private static func integer(_ value: Value) -> Int64? {
    if case .int(let number) = value { return number }
    return value.engineNumber.flatMap { Int64(exactly: $0.rounded(.towardZero)) }
  }
}
