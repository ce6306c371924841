import AssayCore

/// A strftime-style format given for a column (`--date-format COL=FORMAT`), read the way Python's
/// `strptime` reads it: `%Y` four digits, `%y` two (69-99 in the 1900s, else the 2000s), `%m` `%d`
/// `%H` `%M` `%S` one or two, `%j` a day of the year (one to three), `%f` one to nine digits of a
/// fraction (kept to the microsecond), `%b` `%B` an English month name, `%z` `Z` or `±hh[:]mm`,
/// `%%` a percent sign; any other character stands for itself.
struct CustomTimeFormat: Sendable, Equatable {
  /// One step of the format.
  enum Piece: Sendable, Equatable {
    case literal(UInt8)
    case field(UInt8)
  }

  /// The format as written.
  let text: String
  /// Its steps.
  let pieces: [Piece]

  /// True when the format names a time of day (the column is then a timestamp, else a date).
  var hasTime: Bool {
    pieces.contains { [.field(UInt8(ascii: "H")), .field(UInt8(ascii: "z"))].contains($0) }
  }

  /// The format, or nil when it uses a directive not listed above or ends in `%`.
  init?(_ text: String) {
    self.text = text
    var pieces: [Piece] = []
    var bytes = text.utf8.makeIterator()
    while let byte = bytes.next() {
      guard byte == UInt8(ascii: "%") else {
        pieces.append(.literal(byte))
        continue
      }
      guard let directive = bytes.next() else { return nil }
      if directive == UInt8(ascii: "%") {
        pieces.append(.literal(directive))
      } else if "YymdHMSjfbBz".utf8.contains(directive) {
        pieces.append(.field(directive))
      } else {
        return nil
      }
    }
    self.pieces = pieces
  }

  /// The field's value in this format, or nil when it does not fit or names no real time.
  func parse(_ p: UnsafePointer<UInt8>, _ count: Int) -> ParsedTime? {
    var c = TimeCursor(p, count)
    var year = 1900, month = 1, day = 1, dayOfYear: Int?, clock = [0, 0, 0]
    var micro: Int64 = 0
    var zone = ParsedTime.naive
    for piece in pieces {
      switch piece {
      case .literal(let byte): guard c.skip(byte) else { return nil }
      case .field(let directive):
        switch directive {
        case UInt8(ascii: "Y"): guard let v = c.digits(4) else { return nil }; year = v
        case UInt8(ascii: "y"):
          guard let v = c.digits(2) else { return nil }; year = v < 69 ? 2000 + v : 1900 + v
        case UInt8(ascii: "m"): guard let v = c.oneOrTwoDigits() else { return nil }; month = v
        case UInt8(ascii: "d"): guard let v = c.oneOrTwoDigits() else { return nil }; day = v
        case UInt8(ascii: "H"): guard let v = c.oneOrTwoDigits(), v < 24 else { return nil }; clock[0] = v
        case UInt8(ascii: "M"): guard let v = c.oneOrTwoDigits(), v < 60 else { return nil }; clock[1] = v
        case UInt8(ascii: "S"): guard let v = c.oneOrTwoDigits(), v < 60 else { return nil }; clock[2] = v
        case UInt8(ascii: "f"): guard let v = c.fraction() else { return nil }; micro = v
        case UInt8(ascii: "b"), UInt8(ascii: "B"): guard let v = c.monthName() else { return nil }; month = v
        case UInt8(ascii: "z"): guard let v = c.zone() else { return nil }; zone = v
        default: guard let v = c.dayOfYear() else { return nil }; dayOfYear = v
        }
      }
    }
    guard c.atEnd else { return nil }
    if let dayOfYear {
      guard let date = CivilDate(year: year, dayOfYear: dayOfYear) else { return nil }
      (month, day) = (date.month, date.day)
    }
    let time = Int64((clock[0] * 60 + clock[1]) * 60 + clock[2]) * TimeText.microsPerSecond + micro
    return ParsedTime.from(year: year, month: month, day: day, micro: hasTime ? time : nil, zone: zone)
  }
}

extension TimeCursor {
  /// One to three digits (`%j`).
  mutating func dayOfYear() -> Int? {
    guard var value = digits(1) else { return nil }
    for _ in 0..<2 {
      guard let d = digits(1) else { break }
      value = value * 10 + d
    }
    return value
  }
}

extension CivilDate {
  /// The `dayOfYear`th day (1-based) of `year`, or nil past the year's end.
  init?(year: Int, dayOfYear: Int) {
    let first = CivilDate(year: year, month: 1, day: 1).daysSinceEpoch
    let date = CivilDate(daysSinceEpoch: first + Int32(dayOfYear - 1))
    guard dayOfYear >= 1, date.year == year else { return nil }
    self = date
  }
}
