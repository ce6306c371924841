import AssayCore

/// One column's rows as small category codes, for colouring, grouping and bars: rows sharing a
/// value share a code; codes follow the values' order (numbers numerically, texts by code point).
public struct CategoryCodes: Sendable {
  /// The column's name.
  public let name: String
  /// A code per row, an index into `names`; -1 for a null row.
  public let codes: [Int32]
  /// The distinct values' texts, in code order; an empty text reads `(empty)`.
  public let names: [String]
  /// Null rows.
  public let nulls: Int

  /// Codes for every row of `column`. Dictionary-coded chunks map each dictionary entry once.
  public init(_ column: Column) {
    name = column.name
    var lookup = [String: Int32]()
    var firstNames = [String]()
    var raw = [Int32]()
    raw.reserveCapacity(column.count)
    func code(_ text: String) -> Int32 {
      if let known = lookup[text] { return known }
      let new = Int32(firstNames.count)
      lookup[text] = new
      firstNames.append(text)
      return new
    }
    for chunk in column.chunks {
      if case .string(.dictionary(let chunkCodes, let dictionary)) = chunk.values {
        let mapped = dictionary.map(code)
        for (i, c) in chunkCodes.enumerated() { raw.append(chunk.isNull(i) ? -1 : mapped[Int(c)]) }
      } else {
        for i in 0..<chunk.count {
          let value = chunk.value(at: i)
          raw.append(value.isNull ? -1 : code(value.description))
        }
      }
    }
    let order: [Int]
    if column.type != .int && column.type != .double {
      order = firstNames.indices.sorted {
        Array(firstNames[$0].utf8).lexicographicallyPrecedes(firstNames[$1].utf8)
      }
    } else {
      order = firstNames.indices.sorted { (Double(firstNames[$0]) ?? 0) < (Double(firstNames[$1]) ?? 0) }
    }
    var rank = [Int32](repeating: 0, count: firstNames.count)
    for (position, original) in order.enumerated() { rank[original] = Int32(position) }
    codes = raw.map { $0 < 0 ? -1 : rank[Int($0)] }
    names = order.map { firstNames[$0].isEmpty ? "(empty)" : firstNames[$0] }
    nulls = raw.reduce(0) { $0 + ($1 < 0 ? 1 : 0) }
  }
}
