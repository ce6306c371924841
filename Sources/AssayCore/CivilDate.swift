/// A calendar date (proleptic Gregorian), convertible to and from days since 1970-01-01.
public struct CivilDate: Equatable, Sendable {
  /// Four-digit year.
  public var year: Int
  /// Month, 1...12.
  public var month: Int
  /// Day of month, 1...31.
  public var day: Int

  /// A date from its parts; no validation (see `isValid`).
  @inlinable public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// True when the day exists in that month of that year.
  public var isValid: Bool {
    guard (1...12).contains(month), day >= 1 else { return false }
    return day <= CivilDate.daysInMonth(year: year, month: month)
  }

  /// Number of days in a month, leap years included.
  @inlinable public static func daysInMonth(year: Int, month: Int) -> Int {
    switch month {
    case 2:
      let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
      return leap ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 (negative before), by Howard Hinnant's days-from-civil algorithm.
  @inlinable @inline(__always) public var daysSinceEpoch: Int32 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return Int32(era * 146097 + doe - 719468)
  }

  /// The calendar date of a day number.
  public init(daysSinceEpoch days: Int32) {
    let z = Int(days) + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    day = doy - (153 * mp + 2) / 5 + 1
    month = mp < 10 ? mp + 3 : mp - 9
    year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  }

  /// `YYYY-MM-DD`.
  public var iso: String {
    func pad(_ v: Int, _ n: Int) -> String {
      let s = String(abs(v))
      return (v < 0 ? "-" : "") + String(repeating: "0", count: max(0, n - s.count)) + s
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }
}
