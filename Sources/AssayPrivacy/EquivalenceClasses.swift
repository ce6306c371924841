import AssayCore

/// The rows of a table grouped by their values in the quasi-identifier columns (a null is a value
/// of its own): k-anonymity is the size of the smallest class, l-diversity the smallest number of
/// distinct non-null sensitive values in a class.
public struct EquivalenceClasses: Sendable {
  /// The class of each row, numbered from 0 in order of first appearance.
  let classOfRow: [Int]
  /// Each class's number of rows.
  let sizes: [Int]
  /// Each class's number of distinct non-null sensitive values; nil without a sensitive column.
  let distinctSensitive: [Int]?

  /// The classes of `table` by the `quasi` columns, counting the `sensitive` column's values.
  public init(_ table: Table, quasi: [Column], sensitive: Column?) {
    var classes: [[Value]: Int] = [:]
    var classOfRow: [Int] = []
    var sizes: [Int] = []
    var sensitiveValues: [Set<Value>] = []
    classOfRow.reserveCapacity(table.rowCount)
    for row in 0..<table.rowCount {
      let key = quasi.map { $0[row] }
      let index: Int
      if let known = classes[key] {
        index = known
      } else {
        index = sizes.count
        classes[key] = index
        sizes.append(0)
        sensitiveValues.append([])
      }
      sizes[index] += 1
      classOfRow.append(index)
      if let sensitive, case let value = sensitive[row], !value.isNull {
        sensitiveValues[index].insert(value)
      }
    }
    self.classOfRow = classOfRow
    self.sizes = sizes
    distinctSensitive = sensitive == nil ? nil : sensitiveValues.map(\.count)
  }

  /// The number of classes.
  public var count: Int { sizes.count }

  /// The smallest class's size (0 for a table without rows).
  public var k: Int { sizes.min() ?? 0 }

  /// The smallest number of distinct sensitive values in a class; nil without a sensitive column.
  public var l: Int? { distinctSensitive.map { $0.min() ?? 0 } }

  /// The rows in classes of at least `k` rows, in order.
  public func rows(inClassesOfAtLeast k: Int) -> [Int] {
    classOfRow.indices.filter { sizes[classOfRow[$0]] >= k }
  }

  /// The number of classes smaller than `k`.
  public func classes(smallerThan k: Int) -> Int { sizes.count(where: { $0 < k }) }
}
