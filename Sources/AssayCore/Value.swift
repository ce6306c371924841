import Foundation

/// The type of a column, as inferred from its data or declared by its source.
public enum ColumnType: String, Sendable, CaseIterable, Codable {
  case bool, int, double, date, string
  /// An instant, microseconds since 1970-01-01T00:00:00Z, shown in its column's zone form.
  case timestamp
  /// A signed length of time in microseconds.
  case duration

  /// True for types whose values can be placed on a numeric axis.
  public var isNumeric: Bool { self == .int || self == .double }

  /// True for dates and timestamps: values placed on a calendar.
  public var isTime: Bool { self == .date || self == .timestamp }
}

/// One cell's value, typed. Dates are days since 1970-01-01 (proleptic Gregorian, UTC); timestamps
/// are instants in microseconds since 1970-01-01T00:00:00Z with the zone form they are shown in;
/// durations are microseconds.
public enum Value: Hashable, Sendable {
  case null
  case bool(Bool)
  case int(Int64)
  case double(Double)
  case date(Int32)
  case timestamp(Timestamp)
  case duration(Int64)
  case string(String)

  /// The value as a double when it is numeric, else nil. Dates count as their day number;
  /// timestamps as seconds since the epoch and durations as seconds, so sums and differences of
  /// either read in seconds and a day's difference between two timestamps is 86400.
  public var doubleValue: Double? {
    switch self {
    case .int(let v): return Double(v)
    case .double(let v): return v
    case .date(let d): return Double(d)
    case .timestamp(let t): return t.seconds
    case .duration(let d): return Double(d) / 1e6
    case .bool(let b): return b ? 1 : 0
    case .null, .string: return nil
    }
  }

  /// True when the value is `.null`.
  public var isNull: Bool { if case .null = self { return true } else { return false } }
}

extension Value: CustomStringConvertible {
  /// The value as a person reads it: integers plainly, doubles in shortest round-trip form,
  /// dates as ISO `YYYY-MM-DD`, timestamps as ISO `YYYY-MM-DD HH:MM:SS[.f]` and their zone suffix,
  /// durations as `[Nd ]HH:MM:SS[.f]`, null as the empty string.
  public var description: String {
    switch self {
    case .null: return ""
    case .bool(let b): return b ? "true" : "false"
    case .int(let v): return String(v)
    case .double(let v): return NumberFormatting.shortest(v)
    case .date(let d): return CivilDate(daysSinceEpoch: d).iso
    case .timestamp(let t): return t.description
    case .duration(let d): return TimeText.duration(d)
    case .string(let s): return s
    }
  }
}

extension Value {
  /// The value as a person reads it (`description`), a double written with `decimalPlaces` when
  /// its source declares them (`NumberFormatting.written`: `12.50`).
  public func text(decimalPlaces: Int?) -> String {
    if case .double(let v) = self, let places = decimalPlaces {
      return NumberFormatting.written(v, decimalPlaces: places)
    }
    return description
  }

  /// Orders values of one column: nulls last, numbers numerically, strings by code points.
  public static func ascending(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.null, _): return false
    case (_, .null): return true
    case (.string(let x), .string(let y)): return x.utf8.lexicographicallyPrecedes(y.utf8)
    case (.bool(let x), .bool(let y)): return !x && y
    case (.date(let x), .date(let y)): return x < y
    case (.timestamp(let x), .timestamp(let y)): return x < y
    case (.duration(let x), .duration(let y)): return x < y
    case (.int(let x), .int(let y)): return x < y
    default:
      if let x = a.doubleValue, let y = b.doubleValue { return x < y }
      return a.description < b.description
    }
  }
}
