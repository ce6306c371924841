/// How a timestamp column's values are shown: the zone form its source wrote them in.
/// Every value is stored as an instant (microseconds since 1970-01-01T00:00:00Z); the form only
/// decides how it reads. A column whose values gave several offsets is shown in UTC (`.utc`).
public enum TimeZoneForm: Hashable, Sendable {
  /// No zone was given: a wall-clock time, stored as if it were UTC and shown as written, no suffix.
  case naive
  /// UTC, shown with a `Z` suffix.
  case utc
  /// A fixed offset east of UTC in seconds, shown as `+02:00` after the wall-clock time there.
  case offset(Int32)

  /// Seconds to add to an instant to get the wall-clock time shown.
  public var seconds: Int64 {
    if case .offset(let s) = self { return Int64(s) }
    return 0
  }

  /// The suffix the form writes after the time: none, `Z` or `±hh:mm`.
  public var suffix: String {
    switch self {
    case .naive: return ""
    case .utc: return "Z"
    case .offset(let s):
      let minutes = abs(Int(s)) / 60
      return (s < 0 ? "-" : "+") + TimeText.padded(minutes / 60, 2) + ":" + TimeText.padded(minutes % 60, 2)
    }
  }

  /// The form both of two forms can be shown in: the same one, else UTC.
  public func merged(_ other: TimeZoneForm) -> TimeZoneForm { self == other ? self : .utc }

  /// True for a zone-aware form (UTC or an offset).
  public var isAware: Bool { self != .naive }
}

/// An instant with microsecond resolution and the zone form it is shown in. Equal, hashed and
/// ordered as instants: the zone form only changes how it reads.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Microseconds since 1970-01-01T00:00:00Z (for a naive timestamp, of its wall-clock time read as UTC).
  public var microseconds: Int64
  /// How it is shown.
  public var zone: TimeZoneForm

  /// A timestamp of an instant, shown in `zone`.
  public init(microseconds: Int64, zone: TimeZoneForm = .naive) {
    self.microseconds = microseconds
    self.zone = zone
  }

  /// Same instant.
  public static func == (a: Timestamp, b: Timestamp) -> Bool { a.microseconds == b.microseconds }

  /// Earlier instant first.
  public static func < (a: Timestamp, b: Timestamp) -> Bool { a.microseconds < b.microseconds }

  /// Hashes the instant.
  public func hash(into hasher: inout Hasher) { hasher.combine(microseconds) }

  /// ISO 8601 with a space: `2024-03-01 08:00:00`, fractional seconds only when present
  /// (`.5`, `.123456`), then the zone form's suffix (`Z`, `+02:00`, or none).
  public var description: String { TimeText.iso(microseconds, zone: zone) }

  /// Seconds since the epoch as a double (microseconds kept: 2^53 µs is 285 years).
  public var seconds: Double { Double(microseconds) / 1e6 }
}
