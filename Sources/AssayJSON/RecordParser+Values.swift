import AssayCSV
import AssayCore

/// Values stored in their columns: each converted by the kind the column has so far, which widens
/// (or, where its values so far cannot follow, marks the range to be parsed again) as values demand.
extension RecordParser {
  /// The value at `position` (not an object) stored under `node` in the current row.
  mutating func value(at node: Int32) throws {
    var column = paths.columns[Int(node)]
    if column == KeyPaths.unassigned { column = try assignColumn(node) }
    guard column >= 0 else { return try copyValue(writing: false) }
    if !repeats.isEmpty, try skipsReplaced(column) { return }
    let index = Int(column)
    let have = builders[index].count
    if have != row {
      if have > row { return try noteRepeat(column) }
      for _ in have..<row { builders[index].appendNull() }
    }
    guard position < limit else { throw expected("a value", hint: "") }
    switch base[position] {
    case UInt8(ascii: "\""):
      let start = position
      let text = try readString()
      try store(text: text, at: index, mayBeTime: true, offset: start + 1)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      try store(number: try scanNumber(), at: index)
    case UInt8(ascii: "t"):
      try literal("true")
      try store(bool: true, at: index)
    case UInt8(ascii: "f"):
      try literal("false")
      try store(bool: false, at: index)
    case UInt8(ascii: "n"):
      try literal("null")
      builders[index].appendNull()
    case UInt8(ascii: "["):
      let start = position
      compact.removeAll()
      try copyValue(writing: true)
      let text = StringToken(bytes: compact.base, count: compact.count, isPlainASCII: false, isDecoded: true)
      try store(text: text, at: index, mayBeTime: false, offset: start)
    default:
      throw expected("a value", hint: "text needs double quotes")
    }
  }

  /// A key met again in one object (or two keys that spell one dotted name): its value is passed
  /// over now, and the range parsed again keeping only the last, as Python's and JavaScript's
  /// parsers keep it.
  private mutating func noteRepeat(_ column: Int32) throws {
    repeats[RepeatedCell(row: row, column: column), default: 1] += 1
    pending = true
    try copyValue(writing: false)
  }

  /// Whether the value at `position` is one of a repeated key's values that a later one replaces;
  /// if so, moves past it.
  private mutating func skipsReplaced(_ column: Int32) throws -> Bool {
    let cell = RepeatedCell(row: row, column: column)
    guard let total = repeats[cell] else { return false }
    let met = repeatsMet[cell, default: 0] + 1
    repeatsMet[cell] = met
    guard met < total else { return false }
    try copyValue(writing: false)
    return true
  }

  /// Stores text: as text, or as a date or timestamp when it is one in ISO 8601 and the column
  /// holds those (`mayBeTime` is false for text that is not a JSON string).
  private mutating func store(text: StringToken, at column: Int, mayBeTime: Bool, offset: Int) throws {
    let kind = builders[column].kind
    switch kind.shape {
    case .string:
      if let problem = builders[column].append(text: text.bytes, text.count, isPlainASCII: text.isPlainASCII)
      {
        throw badText(at: offset + (text.isDecoded ? 0 : problem), in: "a string")
      }
      return
    case .date:
      if mayBeTime, let time = TimeParsing.parse(text.bytes, text.count, form: kind.time, dayFirst: false),
        !time.hasTime
      {
        builders[column].append(days: Int32(truncatingIfNeeded: time.micros / TimeText.microsPerDay))
        return
      }
    case .timestamp:
      if mayBeTime, let time = TimeParsing.parse(text.bytes, text.count, form: kind.time, dayFirst: false) {
        builders[column].append(time: time)
        return
      }
    case .empty, .bool, .int, .double:
      break
    }
    let own = mayBeTime ? Self.timeKind(text.bytes, text.count) ?? .string : .string
    if widen(column, toHold: own) {
      return try store(text: text, at: column, mayBeTime: mayBeTime, offset: offset)
    }
    // The text waits for the next pass, but is checked now: where it fails must not depend on
    // what the column held before it.
    if !text.isPlainASCII, let problem = TextValidation.firstProblem(text.bytes, text.count) {
      throw badText(at: offset + (text.isDecoded ? 0 : problem), in: "a string")
    }
  }

  /// The kind of text that is an ISO 8601 date or timestamp, or nil.
  @inline(__always)
  private static func timeKind(_ p: UnsafePointer<UInt8>, _ count: Int) -> FieldKind? {
    guard count >= 10, p[4] == UInt8(ascii: "-"), p[7] == UInt8(ascii: "-"),
      let kind = TimeParsing.detect(p, count), kind.time == .iso || kind.time == .isoZoned
    else { return nil }
    return kind
  }

  /// Stores a number: an integer that fits Int64 as one, others as a double, and as the text it
  /// is written as one that neither holds (an integer past Int64, more digits than a double writes
  /// back, a magnitude past a double's range), so no digit is lost (the column is then text).
  @inline(__always)
  private mutating func store(number: NumberToken, at column: Int) throws {
    let bytes = UnsafeBufferPointer(start: base + number.start, count: number.end - number.start)
    if number.isInteger {
      if number.digits <= 18 {
        let magnitude = Int64(number.mantissa)
        return store(int: number.negative ? -magnitude : magnitude, at: column)
      }
      if let value = NumberParsing.parseInt(bytes.baseAddress.unsafelyUnwrapped, bytes.count) {
        return store(int: value, at: column)
      }
      return try store(exactText: number, at: column)
    }
    if !number.hasExponent && number.digits <= DecimalDigits.exactInDouble {
      let magnitude = Double(number.mantissa) / NumberParsing.powerOfTen(number.fractionDigits)
      return store(double: number.negative ? -magnitude : magnitude, at: column)
    }
    let value = NumberParsing.parseDouble(bytes.baseAddress.unsafelyUnwrapped, bytes.count) ?? .infinity
    let keeps = number.digits <= DecimalDigits.exactInDouble || DecimalDigits.keeps(value, writtenAs: bytes)
    guard value.isFinite, keeps else {
      return try store(exactText: number, at: column)
    }
    store(double: value, at: column)
  }

  /// Stores a number's text as it is written (it is plain ASCII).
  private mutating func store(exactText number: NumberToken, at column: Int) throws {
    let text = StringToken(
      bytes: base + number.start, count: number.end - number.start, isPlainASCII: true, isDecoded: false)
    try store(text: text, at: column, mayBeTime: false, offset: number.start)
  }

  @inline(__always)
  private mutating func store(int value: Int64, at column: Int) {
    switch builders[column].kind.shape {
    case .int: builders[column].append(int: value)
    case .double: builders[column].append(double: Double(value))
    case .string: appendWritten(String(value), at: column)
    case .empty, .bool, .date, .timestamp:
      if widen(column, toHold: .int) { store(int: value, at: column) }
    }
  }

  @inline(__always)
  private mutating func store(double value: Double, at column: Int) {
    switch builders[column].kind.shape {
    case .double: builders[column].append(double: value)
    case .string: appendWritten(value.description, at: column)
    case .empty, .int, .bool, .date, .timestamp:
      if widen(column, toHold: .double) { store(double: value, at: column) }
    }
  }

  private mutating func store(bool value: Bool, at column: Int) throws {
    switch builders[column].kind.shape {
    case .bool: builders[column].append(bool: value)
    case .string: appendWritten(value ? "true" : "false", at: column)
    case .empty, .int, .double, .date, .timestamp:
      if widen(column, toHold: .bool) { try store(bool: value, at: column) }
    }
  }

  /// Appends a number's or a boolean's JSON text to a text column.
  private mutating func appendWritten(_ text: String, at column: Int) {
    var text = text
    text.withUTF8 { bytes in
      _ = builders[column].append(text: bytes.baseAddress.unsafelyUnwrapped, bytes.count, isPlainASCII: true)
    }
  }

  /// Widens a column to hold values of `kind` too; true when its builder now does (store the
  /// value again), false when the values so far cannot follow: the row gets a placeholder and the
  /// range is parsed again with the widened kind.
  private mutating func widen(_ column: Int, toHold kind: FieldKind) -> Bool {
    let target = kinds[column].joined(kind)
    kinds[column] = target
    if builders[column].widen(to: target) { return true }
    pending = true
    builders[column].appendNull()
    return false
  }
}
