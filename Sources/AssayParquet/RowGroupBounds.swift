import AssayCore

extension ParquetReader {
  /// The bounds row group `group`'s statistics give planned column `column`, in the terms a filter
  /// compares in; nil when the statistics say nothing a filter can use (nested columns, unsigned
  /// and decimal numbers, INT96 times, or none written).
  func bounds(group: Int, column: Int) -> ColumnBounds? {
    let plan = plans[column]
    guard let kind = plan.kind else { return nil }
    let rowGroup = footer.metadata.rowGroups[group]
    let chunk = rowGroup.columns[plan.field.leaves.lowerBound]
    guard let statistics = chunk.statistics else { return nil }
    let rows = Int(rowGroup.rowCount)
    let nulls = statistics.nullCount.map { Int(clamping: $0) }
    // The older bounds are signed comparisons: right for numbers, not for text.
    let numeric = kind != .text
    let low = statistics.minimum ?? (numeric ? statistics.legacyMinimum : nil)
    let high = statistics.maximum ?? (numeric ? statistics.legacyMaximum : nil)
    let physical = plan.field.element.physical
    return ColumnBounds(
      minimum: low.flatMap { Self.bound($0, kind: kind, physical: physical) },
      maximum: high.flatMap { Self.bound($0, kind: kind, physical: physical) }, nulls: nulls, rows: rows)
  }

  /// A PLAIN-encoded statistics value as a bound.
  private static func bound(_ bytes: [UInt8], kind: ValueKind, physical: PhysicalType?) -> ColumnBounds.Bound?
  {
    func integer() -> Int64? {
      guard bytes.count == 4 || bytes.count == 8 else { return nil }
      var raw: UInt64 = 0
      for (k, b) in bytes.enumerated() { raw |= UInt64(b) << (8 * UInt64(k)) }
      return bytes.count == 4 ? Int64(Int32(truncatingIfNeeded: raw)) : Int64(bitPattern: raw)
    }
    switch kind {
    case .integer(let unsigned): return unsigned ? nil : integer().map { .number(Double($0)) }
    case .bool: return bytes.first.map { .number($0 == 0 ? 0 : 1) }
    case .float:
      if physical == .float, bytes.count == 4 {
        return .number(Double(Float(bitPattern: UInt32(truncatingIfNeeded: integer() ?? 0))))
      }
      guard physical == .double, let raw = integer() else { return nil }
      return .number(Double(bitPattern: UInt64(bitPattern: raw)))
    case .date: return integer().map { .time($0 * NumberConversion.microsPerDay) }
    case .timestamp(let unit, _):
      return integer().flatMap { NumberConversion.micros($0, unit: unit) }.map { .time($0) }
    case .time(let unit):
      return integer().flatMap { NumberConversion.micros($0, unit: unit) }.map { .number(Double($0) / 1e6) }
    case .text: return .text(bytes)
    default: return nil
    }
  }
}
