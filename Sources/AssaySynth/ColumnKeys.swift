import AssayCore

/// A column's rows as the report compares them.
enum ColumnKeys {
  /// Each row as a double (numbers; dates in days; timestamps and durations in seconds), NaN for
  /// a null.
  static func numbers(_ column: Column) -> [Double] {
    var out: [Double] = []
    out.reserveCapacity(column.count)
    for chunk in column.chunks { for i in 0..<chunk.count { out.append(chunk.double(at: i) ?? .nan) } }
    return out
  }

  /// Each row's value.
  static func values(_ column: Column) -> [Value] {
    var out: [Value] = []
    out.reserveCapacity(column.count)
    for chunk in column.chunks { for i in 0..<chunk.count { out.append(chunk.value(at: i)) } }
    return out
  }

  /// The distinct non-null values of `real` by descending count (ties in the order they first
  /// appear, as the model codes them), then those only `synthetic` has in the order they first
  /// appear: the category codes of both.
  static func categoryOrder(real: [Value], synthetic: [Value]) -> [Value: Int] {
    var counts: [Value: Int] = [:]
    var firstSeen: [Value: Int] = [:]
    for value in real where !value.isNull {
      counts[value, default: 0] += 1
      if firstSeen[value] == nil { firstSeen[value] = firstSeen.count }
    }
    let ordered = counts.keys.sorted {
      counts[$0]! != counts[$1]! ? counts[$0]! > counts[$1]! : firstSeen[$0]! < firstSeen[$1]!
    }
    var codes = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1, $0) })
    for value in synthetic where !value.isNull && codes[value] == nil { codes[value] = codes.count }
    return codes
  }
}
