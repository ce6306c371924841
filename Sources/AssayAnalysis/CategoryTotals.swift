import AssayCore

/// How a bar chart turns the rows of a category into one number.
public enum Aggregate: String, Sendable, CaseIterable {
  /// Rows per category.
  case count
  /// Sum of a numeric column per category.
  case sum
  /// Mean of a numeric column per category.
  case mean
}

/// One bar: a category and its aggregate.
public struct CategoryTotal: Sendable, Equatable {
  /// The category's text.
  public var name: String
  /// The aggregate's value.
  public var value: Double
  /// Rows that went into it.
  public var rows: Int

  /// A bar from its parts.
  public init(name: String, value: Double, rows: Int) {
    self.name = name
    self.value = value
    self.rows = rows
  }
}

/// Aggregates per category, largest first, for bar charts.
public enum CategoryTotals {
  /// The aggregate of `values` (rows for `.count`; required for sum and mean) per category,
  /// sorted by value descending, ties by category order. Rows whose category is null, or whose
  /// value is missing for sum and mean, are counted as skipped.
  public static func compute(categories: CategoryCodes, values: NumericValues?, aggregate: Aggregate) -> (
    totals: [CategoryTotal], skipped: SkippedRows
  ) {
    var sums = [Double](repeating: 0, count: categories.names.count)
    var rows = [Int](repeating: 0, count: categories.names.count)
    var nulls = 0, nonNumeric = 0
    let useValues = aggregate != .count ? values : nil
    for (row, code) in categories.codes.enumerated() {
      guard code >= 0 else {
        nulls += 1
        continue
      }
      var value = 1.0
      if let useValues {
        value = row < useValues.values.count ? useValues.values[row] : .nan
        if value.isNaN {
          if NumericValues.isNonNumeric(value) { nonNumeric += 1 } else { nulls += 1 }
          continue
        }
      }
      sums[Int(code)] += value
      rows[Int(code)] += 1
    }
    let totals = categories.names.indices.compactMap { i -> CategoryTotal? in
      guard rows[i] > 0 else { return nil }
      let value = aggregate == .mean ? sums[i] / Double(rows[i]) : sums[i]
      return CategoryTotal(name: categories.names[i], value: value, rows: rows[i])
    }
    let ordered = totals.enumerated().sorted { a, b in
      a.element.value != b.element.value ? a.element.value > b.element.value : a.offset < b.offset
    }.map(\.element)
    return (ordered, SkippedRows(nulls: nulls, nonNumeric: nonNumeric))
  }
}
