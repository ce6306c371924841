/// Timestamps and durations as text: ISO 8601 for instants, `1d 02:03:04.5` for durations.
public enum TimeText {
  /// Microseconds in a second.
  public static let microsPerSecond: Int64 = 1_000_000
  /// Microseconds in a day.
  public static let microsPerDay: Int64 = 86_400 * microsPerSecond

  /// The day since 1970-01-01 and the microsecond of that day of an instant (floor division, so
  /// instants before 1970 fall on the right day).
  @inlinable public static func split(_ micros: Int64) -> (day: Int64, micro: Int64) {
    let day = micros >= 0 ? micros / microsPerDay : (micros + 1) / microsPerDay - 1
    return (day, micros - day * microsPerDay)
  }

  /// `2024-03-01 08:00:00[.f][suffix]` for an instant shown in `zone`.
  public static func iso(_ micros: Int64, zone: TimeZoneForm) -> String {
    let (day, micro) = split(micros &+ zone.seconds &* microsPerSecond)
    return CivilDate(daysSinceEpoch: Int32(truncatingIfNeeded: day)).iso + " " + clock(micro) + zone.suffix
  }

  /// A duration: `02:03:04` under a day, `1d 02:03:04` from a day, fractional seconds only when
  /// present (`02:03:04.5`), negative ones with a leading `-`.
  public static func duration(_ micros: Int64) -> String {
    let magnitude = micros.magnitude
    let perDay = UInt64(microsPerDay)
    let days = magnitude / perDay
    let text = (days > 0 ? "\(days)d " : "") + clock(Int64(magnitude % perDay))
    return micros < 0 ? "-" + text : text
  }

  /// `HH:MM:SS` and, when not zero, a point and the fraction's digits without trailing zeros.
  static func clock(_ micro: Int64) -> String {
    let seconds = Int(micro / microsPerSecond)
    var text = padded(seconds / 3600, 2) + ":" + padded(seconds / 60 % 60, 2) + ":" + padded(seconds % 60, 2)
    var fraction = Int(micro % microsPerSecond)
    if fraction > 0 {
      var digits = 6
      while fraction % 10 == 0 {
        fraction /= 10
        digits -= 1
      }
      text += "." + padded(fraction, digits)
    }
    return text
  }

  /// `value` in decimal with leading zeros to `width` digits.
  static func padded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}
