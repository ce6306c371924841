import AssayCore

/// One column's values as doubles, a slot per row, for charts: rows without a number hold NaN.
/// Int, double, date (day numbers), timestamp (seconds since the epoch), duration (seconds) and
/// bool (0 and 1) columns are read from their typed buffers;
/// a string column's texts are parsed, and those that are not finite numbers (like infinities in a
/// double column) are counted as non-numeric.
public struct NumericValues: Sendable {
  /// The column's name.
  public let name: String
  /// A value per row; NaN where the row is null, NaN or not a number.
  public let values: [Double]
  /// Rows that were null (or NaN).
  public let nulls: Int
  /// Rows whose text is not a number, or whose number is infinite.
  public let nonNumeric: Int

  /// Reads every row of `column`.
  public init(_ column: Column) {
    name = column.name
    var out = [Double]()
    out.reserveCapacity(column.count)
    for chunk in column.chunks {
      switch chunk.values {
      case .double(let a):
        Self.append(a, chunk.validity, to: &out) { $0.isInfinite ? Self.nonNumericMarker : $0 }
      case .int(let a): Self.append(a, chunk.validity, to: &out) { Double($0) }
      case .date(let a): Self.append(a, chunk.validity, to: &out) { Double($0) }
      case .timestamp(let a, _), .duration(let a):
        Self.append(a, chunk.validity, to: &out) { Double($0) / 1e6 }
      case .bool(let a): Self.append(a, chunk.validity, to: &out) { $0 ? 1 : 0 }
      case .string(let storage):
        for i in 0..<storage.count {
          if chunk.isNull(i) {
            out.append(.nan)
          } else if let number = Double(storage.string(at: i).trimmingSpaces), number.isFinite {
            out.append(number)
          } else {
            out.append(Self.nonNumericMarker)
          }
        }
      }
    }
    var missing = 0, marked = 0
    out.withUnsafeBufferPointer { b in
      for v in b where v.isNaN {
        missing &+= 1
        if Self.isNonNumeric(v) { marked &+= 1 }
      }
    }
    values = out
    nonNumeric = marked
    nulls = missing - marked
  }

  /// The NaN that marks a row whose text is not a number (a plain NaN marks a null).
  public static let nonNumericMarker = Double(nan: 1, signaling: false)

  /// True when `value` marks a non-numeric text rather than a null.
  @inline(__always) public static func isNonNumeric(_ value: Double) -> Bool {
    value.bitPattern == nonNumericMarker.bitPattern
  }

  /// Rows left out of a chart: nulls plus non-numeric texts.
  public var skipped: SkippedRows { SkippedRows(nulls: nulls, nonNumeric: nonNumeric) }

  /// Smallest and largest number, or nil when no row holds one.
  public var range: ClosedRange<Double>? { NumericValues.range(of: values) }

  /// Smallest and largest non-NaN value of a buffer, or nil when there is none.
  public static func range(of values: [Double]) -> ClosedRange<Double>? {
    var low = Double.infinity, high = -Double.infinity
    values.withUnsafeBufferPointer { b in
      for v in b where !v.isNaN {
        low = Swift.min(low, v)
        high = Swift.max(high, v)
      }
    }
    return low <= high ? low...high : nil
  }

  @inline(__always) private static func append<T>(
    _ values: [T], _ validity: ValidityBitmap?, to out: inout [Double], _ convert: (T) -> Double
  ) {
    values.withUnsafeBufferPointer { b in
      if let validity {
        for i in b.indices { out.append(validity.isValid(i) ? convert(b[i]) : .nan) }
      } else {
        for v in b { out.append(convert(v)) }
      }
    }
  }
}

/// Rows a chart left out, by reason, for its footer.
public struct SkippedRows: Sendable, Equatable {
  /// Rows with a null (or NaN) where a number or category was needed.
  public var nulls: Int
  /// Rows whose text is not a number.
  public var nonNumeric: Int

  /// Counts by reason.
  public init(nulls: Int = 0, nonNumeric: Int = 0) {
    self.nulls = nulls
    self.nonNumeric = nonNumeric
  }

  /// The footer's words: `312 nulls skipped · 4 non-numeric skipped`; empty when none.
  public var text: String {
    var parts = [String]()
    if nulls > 0 {
      parts.append("\(NumberFormatting.grouped(nulls)) \(nulls == 1 ? "null" : "nulls") skipped")
    }
    if nonNumeric > 0 { parts.append("\(NumberFormatting.grouped(nonNumeric)) non-numeric skipped") }
    return parts.joined(separator: " · ")
  }
}

extension String {
  /// The text without leading and trailing spaces and tabs.
  fileprivate var trimmingSpaces: Substring {
    var s = Substring(self)
    while s.first == " " || s.first == "\t" { s = s.dropFirst() }
    while s.last == " " || s.last == "\t" { s = s.dropLast() }
    return s
  }
}
