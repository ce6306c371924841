import AssayCore

/// `--generalize`: numbers into bins of a width, dates and timestamps to a coarser grain, each
/// written as text so that equal generalized values compare equal.
enum Generalization {
  /// A number's bin of `width`: `30-39` for an integer and a whole width (see `integerBin`),
  /// `[2.5, 5)` otherwise; a number no bin holds (infinite, NaN) as itself: `[inf, inf)`.
  static func bin(_ value: Value, width: Double) -> Value {
    if case .int(let x) = value, let (first, last) = integerBin(x, width: width) {
      return .string("\(first)-\(last)")
    }
    guard let x = value.doubleValue else { return .null }
    let (low, high) = bounds(x, width: width) ?? (x, x)
    return .string("[\(BinText.number(low)), \(BinText.number(high)))")
  }

  /// True when `bin` gives a value a bin of its own: always for an integer and a whole width, and
  /// for any other number unless it is finite and `bounds` has no bin for it.
  static func canBin(_ value: Value, width: Double) -> Bool {
    if case .int(let x) = value, integerBin(x, width: width) != nil { return true }
    guard let x = value.doubleValue, x.isFinite else { return true }
    return bounds(x, width: width) != nil
  }

  /// The first and last integer of the bin of a whole, positive `width` that holds `x`, computed in
  /// integers, so no digit is lost at any magnitude; a bin reaching past Int64's range is clipped
  /// to it (`-9223372036854775808--1` for a negative number and a width of 1e19). Nil for a width
  /// with a fraction, or not positive.
  static func integerBin(_ x: Int64, width: Double) -> (first: Int64, last: Int64)? {
    guard width > 0, width == width.rounded() else { return nil }
    guard let whole = Int64(exactly: width) else { return x < 0 ? (.min, -1) : (0, .max) }
    var quotient = x / whole
    if x % whole < 0 { quotient -= 1 }
    // The bin's first integer is at most x, so it only overflows below Int64.min; the next bin's
    // first is above x, so it only overflows above Int64.max.
    let (first, below) = quotient.multipliedReportingOverflow(by: whole)
    let (nextQuotient, pastEnd) = quotient.addingReportingOverflow(1)
    let (next, above) = nextQuotient.multipliedReportingOverflow(by: whole)
    return (below ? .min : first, pastEnd || above ? .max : next - 1)
  }

  /// The bounds of a finite number's bin of `width`; nil when the width is too small for the
  /// number's magnitude, so that the bin would be empty or infinite (0.5 at 1e300, 1e-320 at 5).
  private static func bounds(_ x: Double, width: Double) -> (low: Double, high: Double)? {
    let low = (x / width).rounded(.down) * width
    let high = low + width
    return low.isFinite && high.isFinite && low < high ? (low, high) : nil
  }

  /// A date's or timestamp's year (`2024`), month (`2024-03`), day (`2024-03-15`) or hour
  /// (`2024-03-15 08:00`), as its wall-clock time reads.
  static func truncate(_ value: Value, to grain: TimeGrain) -> Value {
    let micros: Int64
    switch value {
    case .date(let day): micros = Int64(day) * 86_400_000_000
    case .timestamp(let time): micros = time.microseconds &+ time.zone.seconds * 1_000_000
    default: return .null
    }
    let day = micros >= 0 ? micros / 86_400_000_000 : (micros + 1) / 86_400_000_000 - 1
    let date = CivilDate(daysSinceEpoch: Int32(clamping: day))
    let iso = date.iso  // YYYY-MM-DD
    switch grain {
    case .year: return .string(String(iso.dropLast(6)))
    case .month: return .string(String(iso.dropLast(3)))
    case .day: return .string(iso)
    case .hour:
      let hour = Int((micros - day * 86_400_000_000) / 3_600_000_000)
      return .string(iso + (hour < 10 ? " 0" : " ") + "\(hour):00")
    }
  }
}

/// Numbers as anonymization writes them in bins and options: whole numbers without a decimal point.
enum BinText {
  /// `10`, `2.5`, `0.99`.
  static func number(_ x: Double) -> String { NumberFormatting.shortest(x) }
}
