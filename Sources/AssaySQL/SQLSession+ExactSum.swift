import AssayCore
import Foundation

extension SQLSession {
  /// The sum of the `term` column of the rows `terms` writes (at most `count` of them, each no
  /// larger than `bound`), rounded once, as a compensated sum rounds it, whatever order the engine
  /// adds them in: each term is split at a power of two into an integer part, summed exactly as
  /// integers, and a small remainder, whose rounding cannot reach the result's last digit.
  func exactSum(
    count: Int, bound: Double, dialect: SQLDialect, of terms: (inout SQLStatement) -> String
  ) throws -> Double {
    let scale = Self.scale(bound: bound, terms: count)
    var statement = SQLStatement(dialect)
    let (term, integerPart) = (dialect.quote("term"), dialect.quote("whole"))
    let unscale = statement.bind(scale)
    let integer = dialect.truncated("\(term) * \(statement.bind(scale))")
    let split =
      "SELECT \(term), \(integer) AS \(integerPart) FROM (\(terms(&statement))) AS \(dialect.quote("terms"))"
    let rows = try rows(
      "SELECT SUM(\(integerPart)), SUM(\(term) - \(integerPart) / \(unscale)) FROM (\(split)) AS \(dialect.quote("split"))",
      of: statement)
    let row = rows.first ?? []
    let remainder = row.dropFirst().first?.doubleValue ?? 0
    // An engine that widens integer sums may hand back one no integer holds: then it is summed
    // as a double, as such a sum can only be.
    guard let whole = row.first.flatMap(Self.integer) else {
      return ((row.first?.doubleValue ?? 0) + remainder * scale) / scale
    }
    let rounded = Double(whole)
    return (rounded + (Double(whole - Int64(rounded)) + remainder * scale)) / scale
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
    return value.doubleValue.flatMap { Int64(exactly: $0.rounded(.towardZero)) }
  }
}
