/// How far `--generalize C=year|month|day|hour` coarsens a date or timestamp column.
public enum TimeGrain: String, Sendable, CaseIterable {
  case year, month, day, hour
}

/// What `assay anonymize` does to one column.
public enum ColumnAction: Sendable, Equatable {
  /// Leave the column out (`--drop`).
  case drop
  /// Keep each cell's shape and hide its content (`--mask`): see `ShapeMask`.
  case mask
  /// Replace each cell by its keyed HMAC-SHA256 token (`--hash`): see `KeyedHash`.
  case hash
  /// Replace each number by its bin of this width (`--generalize C=10`): `30-39`.
  case generalizeBins(Double)
  /// Replace each date or timestamp by its year, month, day or hour (`--generalize C=month`).
  case generalizeTime(TimeGrain)
  /// Move each row's dates by a random number of whole days (`--shift-dates`): see `DateShift`.
  case shiftDates
  /// Set the values above this quantile to it (`--top-code C=0.99`).
  case topCode(Double)

  /// The action as `assay anonymize` options on a column: `--mask email`, `--generalize age=10`.
  public func option(for column: String) -> String {
    let name = Self.quoted(column)
    switch self {
    case .drop: return "--drop \(name)"
    case .mask: return "--mask \(name)"
    case .hash: return "--hash \(name)"
    case .generalizeBins(let width): return "--generalize \(name)=\(BinText.number(width))"
    case .generalizeTime(let grain): return "--generalize \(name)=\(grain.rawValue)"
    case .shiftDates: return "--shift-dates \(name)"
    case .topCode(let q): return "--top-code \(name)=\(BinText.number(q))"
    }
  }

  /// A column's name as an option's value is shown: in single quotes when it holds a space or a
  /// quote (`'Last Name'`), else as it is.
  static func quoted(_ column: String) -> String {
    column.contains(where: { $0 == " " || $0 == "'" || $0 == "\"" }) ? "'\(column)'" : column
  }

  /// True for the actions that need the secret key (`--hash`).
  public var needsKey: Bool { self == .hash }
}
