import AssayAnalysis
import AssayCore

/// `--shift-dates`: every date and timestamp of a row moves by the same whole number of days,
/// from 1 to `maxDays` earlier or later, so the intervals within a row hold. With a key column,
/// the shift is drawn from the row's key under the secret key, so every row of one person (and
/// that person's rows in another table shifted with the same key) moves alike, and a row whose key
/// is null draws its shift from its position under the secret key, so a run with the same key and
/// input repeats; without a key column, each row draws its own shift at random (`seed` repeats a
/// run).
struct DateShift {
  /// The largest shift, in days.
  let maxDays: Int
  /// The column whose value keys a row's shift, with the secret key; nil: a random shift per row.
  let keyed: (column: Column, key: AnonymizationKey)?
  /// The seed of the per-row shifts when not keyed.
  let seed: UInt64

  /// Each row's shift in days (never 0).
  func shifts(rowCount: Int) -> [Int64] {
    var random = SeededRandom(seed: seed)
    return (0..<rowCount).map { row in
      let bits: UInt64
      if let keyed {
        let value = keyed.column[row]
        let text = value.isNull ? "shift-dates-null-row\u{0}\(row)" : "shift-dates\u{0}\(value)"
        bits = KeyedHash.number(text, key: keyed.key)
      } else {
        bits = random.next()
      }
      let magnitude = Int64((bits >> 1) % UInt64(maxDays)) + 1
      return bits & 1 == 0 ? magnitude : -magnitude
    }
  }

  /// A value moved by `days`; other types unchanged.
  static func shifted(_ value: Value, days: Int64) -> Value {
    switch value {
    case .date(let day): return .date(Int32(clamping: Int64(day) + days))
    case .timestamp(var time):
      let (moved, overflow) = time.microseconds.addingReportingOverflow(days * 86_400_000_000)
      time.microseconds = overflow ? (days < 0 ? .min : .max) : moved
      return .timestamp(time)
    default: return value
    }
  }
}
