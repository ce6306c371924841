import AssayCore
import AssaySQL
import NIOCore

/// ClickHouse's `TabSeparatedWithNamesAndTypes` read piece by piece as it arrives: the names, the
/// types, then rows, unescaped (`\t`, `\n`, `\\`, `\'`, …; `\N` alone is NULL) and typed, handed
/// on in pages. A line that is not a row of the result is the error ClickHouse wrote after it
/// began to answer.
struct TabSeparatedPages {
  /// The result's columns, once its two header lines were read.
  private(set) var columns: [SQLColumn]?
  /// The rows of the page being filled, column by column.
  private(set) var page: [[Value]] = []
  /// Bytes of a line not yet ended.
  private var carry: [UInt8] = []
  private var names: [String]?
  private var readers: [ClickHouseValueReader] = []
  private let serverZone: String
  private var unescaped: [UInt8] = []
  /// A row that reads like ClickHouse's exception text: the error it wrote, if no line follows.
  private var possibleException: [UInt8]?

  /// A reader whose DateTime columns without a zone are in `serverZone`.
  init(serverZone: String) { self.serverZone = serverZone }

  /// Rows in the page being filled.
  var rowCount: Int { page.first?.count ?? 0 }

  /// Reads the lines `piece` ends (with what came before them).
  /// - Throws: the error ClickHouse wrote in place of a row, as `failure` makes it.
  mutating func take(_ piece: ByteBuffer, failure: (String) -> any Error) throws {
    let searched = carry.count
    carry += piece.readableBytesView
    // Only the bytes just added can hold a new line break: a long cell is not searched again.
    guard let lastBreak = carry[searched...].lastIndex(of: 0x0A) else { return }
    try carry.withUnsafeBufferPointer { bytes in
      var start = 0
      while start <= lastBreak {
        var end = start
        while bytes[end] != 0x0A { end += 1 }
        try line(UnsafeBufferPointer(rebasing: bytes[start..<end]), failure: failure)
        start = end + 1
      }
    }
    carry.removeSubrange(0...lastBreak)
  }

  /// Checks that the answer ended as a result does: whole lines, both header lines, and not in
  /// the exception text ClickHouse writes when a statement fails after its first rows.
  func finish(failure: (String) -> any Error) throws {
    if let possibleException { throw failure(String(decoding: possibleException, as: UTF8.self)) }
    guard carry.isEmpty, names == nil || columns != nil else {
      throw failure(String(decoding: carry, as: UTF8.self))
    }
  }

  /// The page filled so far, emptied.
  mutating func takePage() -> ResultPage {
    defer { page = page.map { _ in [] } }
    return ResultPage(values: page)
  }

  private mutating func line(_ bytes: UnsafeBufferPointer<UInt8>, failure: (String) -> any Error) throws {
    var fields: [Range<Int>] = []
    var start = 0
    for index in 0..<bytes.count where bytes[index] == 0x09 {
      fields.append(start..<index)
      start = index + 1
    }
    fields.append(start..<bytes.count)
    guard let names else {
      names = fields.map { text(bytes, $0) }
      return
    }
    guard let columns else {
      guard fields.count == names.count else { throw failure(String(decoding: bytes, as: UTF8.self)) }
      let types = fields.map { text(bytes, $0) }
      readers = types.map { ClickHouseValueReader(kind: ClickHouseColumnType($0), serverZone: serverZone) }
      self.columns = zip(names, types).map { name, type in
        let kind = ClickHouseColumnType(type)
        return SQLColumn(
          name: name, type: kind.columnType, databaseType: type,
          timeZone: kind.columnType == .timestamp ? .utc : nil, decimalPlaces: kind.decimalPlaces)
      }
      page = names.map { _ in [] }
      return
    }
    guard fields.count == columns.count else { throw failure(String(decoding: bytes, as: UTF8.self)) }
    // A one-column row can read like the exception text: it is one only when it is the last line.
    if let earlier = possibleException {
      possibleException = nil
      earlier.withUnsafeBufferPointer { row($0, fields: [0..<earlier.count]) }
    }
    if Self.isException(bytes) {
      possibleException = Array(bytes)
      return
    }
    row(bytes, fields: fields)
  }

  /// Appends one row's fields to the page.
  private mutating func row(_ bytes: UnsafeBufferPointer<UInt8>, fields: [Range<Int>]) {
    for (column, range) in fields.enumerated() {
      let field = UnsafeBufferPointer(rebasing: bytes[range])
      if field.count == 2 && field[0] == 0x5C && field[1] == 0x4E {
        page[column].append(.null)
      } else if field.contains(0x5C) {
        unescape(field)
        page[column].append(unescaped.withUnsafeBufferPointer { readers[column].value($0) })
      } else {
        page[column].append(readers[column].value(field))
      }
    }
  }

  /// Whether a line is ClickHouse's exception text (`Code: 159, e.displayText() = DB::Exception: …`),
  /// which a one-column result cannot tell apart from a row by its fields.
  private static func isException(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    guard line.starts(with: "Code: ".utf8) else { return false }
    let text = String(decoding: line, as: UTF8.self)
    return text.contains("DB::Exception")
  }

  /// A header field's text, unescaped.
  private mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    unescape(UnsafeBufferPointer(rebasing: bytes[range]))
    return String(decoding: unescaped, as: UTF8.self)
  }

  /// Fills `unescaped` with `field`'s bytes, its escapes undone.
  private mutating func unescape(_ field: UnsafeBufferPointer<UInt8>) {
    unescaped.removeAll(keepingCapacity: true)
    var index = 0
    while index < field.count {
      let byte = field[index]
      guard byte == 0x5C, index + 1 < field.count else {
        unescaped.append(byte)
        index += 1
        continue
      }
      switch field[index + 1] {
      case UInt8(ascii: "t"): unescaped.append(0x09)
      case UInt8(ascii: "n"): unescaped.append(0x0A)
      case UInt8(ascii: "r"): unescaped.append(0x0D)
      case UInt8(ascii: "b"): unescaped.append(0x08)
      case UInt8(ascii: "f"): unescaped.append(0x0C)
      case UInt8(ascii: "0"): unescaped.append(0x00)
      case UInt8(ascii: "a"): unescaped.append(0x07)
      case UInt8(ascii: "v"): unescaped.append(0x0B)
      case let other: unescaped.append(other)
      }
      index += 2
    }
  }
}
