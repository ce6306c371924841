import AssayCore

/// One field read as a time: the instant, whether it named a time of day, and its zone.
package struct ParsedTime {
  /// `zone` of a value without one (a wall-clock time).
  package static let naive = Int32.min
  /// `zone` of a value in UTC written `Z`.
  package static let utc = TimeCursor.utc

  /// Microseconds since the epoch (for a naive value, of its wall-clock time read as UTC).
  package var micros: Int64
  /// True when a time of day was written.
  package var hasTime: Bool
  /// Seconds east of UTC, or `naive`, or `utc`.
  package var zone: Int32 = ParsedTime.naive

  /// A time from a calendar date (checked to be real), the microsecond of its day and its zone
  /// (applied: a time at +02:00 is two hours earlier in UTC); nil when the date is not real.
  @inline(__always)
  static func from(year: Int, month: Int, day: Int, micro: Int64?, zone: Int32 = naive) -> ParsedTime? {
    guard month >= 1, month <= 12, day >= 1, day <= CivilDate.daysInMonth(year: year, month: month) else {
      return nil
    }
    let days = Int64(CivilDate(year: year, month: month, day: day).daysSinceEpoch)
    let offset = zone == naive || zone == utc ? 0 : Int64(zone) * TimeText.microsPerSecond
    return ParsedTime(
      micros: days * TimeText.microsPerDay + (micro ?? 0) - offset, hasTime: micro != nil, zone: zone)
  }
}
