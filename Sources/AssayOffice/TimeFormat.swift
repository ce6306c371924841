/// What a cell's number format makes of its number: a date, a date and time, a time of day or an
/// elapsed time. Excel keeps every date as a number (days since its epoch); only the format tells.
enum TimeFormat: Sendable, Equatable {
  /// Days only (`yyyy-mm-dd`, built-in 14–17).
  case date
  /// A day and a time of it (`m/d/yy h:mm`, built-in 22).
  case dateTime
  /// A time of day (`h:mm:ss`, built-in 18–21, 45 and 47).
  case timeOfDay
  /// A length of time that may pass 24 hours (`[h]:mm:ss`, built-in 46).
  case elapsed

  /// The kind of the built-in format `id` (those a workbook uses without writing their code), or
  /// nil when it is not a time format.
  static func builtIn(_ id: Int) -> TimeFormat? {
    switch id {
    case 14...17: return .date
    case 18...21, 45, 47: return .timeOfDay
    case 22: return .dateTime
    case 46: return .elapsed
    default: return nil
    }
  }

  /// The kind of a format code, judged by its first section (the one for positive numbers): the
  /// letters d, m, y, h and s outside quoted text (`"days"`), brackets (`[Red]`, `[$-409]`), escapes
  /// (`\d`) and padding or fill (`_d`, `*d`) make it a time format; `[h]`, `[m]` or `[s]` make it an
  /// elapsed time; d or y (or m without h or s) a date; h, s or AM/PM a time.
  static func of(code: String) -> TimeFormat? {
    var (hasDay, hasClock, hasMonthOrMinute, elapsed) = (false, false, false, false)
    var characters = Array(code.lowercased().unicodeScalars)[...]
    while let character = characters.popFirst() {
      switch character {
      case ";": characters = []
      case "\"": characters = characters.drop { $0 != "\"" }.dropFirst()
      case "\\", "_", "*": characters = characters.dropFirst()
      case "[":
        let inside = String(String.UnicodeScalarView(characters.prefix { $0 != "]" }))
        if !inside.isEmpty, inside.allSatisfy({ "hms".contains($0) }), Set(inside).count == 1 {
          elapsed = true
        }
        characters = characters.drop { $0 != "]" }.dropFirst()
      case "a":
        for marker in ["m/pm", "/p"] where characters.starts(with: marker.unicodeScalars) {
          characters = characters.dropFirst(marker.unicodeScalars.count)
          hasClock = true
          break
        }
      case "d", "y": hasDay = true
      case "h", "s": hasClock = true
      case "m": hasMonthOrMinute = true
      default: continue
      }
    }
    if elapsed { return .elapsed }
    switch (hasDay, hasClock) {
    case (true, true): return .dateTime
    case (true, false): return .date
    case (false, true): return .timeOfDay
    case (false, false): return hasMonthOrMinute ? .date : nil
    }
  }
}
