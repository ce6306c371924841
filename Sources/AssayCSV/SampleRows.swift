/// The first rows of an input, split into fields leniently (quotes honoured, no errors), for
/// sniffing the delimiter, the header and the initial column kinds.
struct SampleRows {
  /// Each row's fields, unescaped.
  var rows: [[[UInt8]]] = []
  /// Byte offset just past each row's terminator.
  var rowEnds: [Int] = []
  /// Line terminators consumed up to the end of each row (blank lines included).
  var linesAtRowEnds: [Int] = []
  /// True when the first row did not end within `InputLimits.firstRowBytes`.
  var firstRowTooLong = false
  /// Lines skipped as comments before the first row.
  var commentLinesBeforeFirstRow = 0

  /// Splits rows from `start` until `maxRows` rows are read or `byteBudget` bytes are passed (a
  /// row cut there is left out, except the first, which is read to its end); the last row may be
  /// cut short when the bytes run out. Stops at `InputLimits.firstRowBytes` when no row has ended
  /// by then. Lines starting with `comment`, when given, are stepped over; `quote` quotes fields,
  /// inside which `escape` makes the next byte literal.
  init(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, delimiter: UInt8, maxRows: Int, byteBudget: Int,
    comment: [UInt8]? = nil, quote: UInt8 = UInt8(ascii: "\""), escape: UInt8? = nil
  ) {
    let lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
    var index = start
    var lines = 0
    var fields: [[UInt8]] = []
    var field: [UInt8] = []
    var inQuotes = false
    var fieldStarted = false
    func endRow(at end: Int) {
      fields.append(field)
      if !(fields.count == 1 && fields[0].isEmpty && !fieldStarted) {
        rows.append(fields)
        rowEnds.append(end)
        linesAtRowEnds.append(lines)
      }
      fields = []
      field = []
      fieldStarted = false
    }
    while index < bytes.count && rows.count < maxRows
      && (index - start < byteBudget || rows.isEmpty)
    {
      if rows.isEmpty && index - start >= InputLimits.firstRowBytes {
        firstRowTooLong = true
        return
      }
      if let comment, !inQuotes, fields.isEmpty, field.isEmpty, !fieldStarted,
        bytes.count - index >= comment.count, comment.indices.allSatisfy({ bytes[index + $0] == comment[$0] })
      {
        while index < bytes.count && bytes[index] != lineFeed && bytes[index] != carriageReturn { index += 1 }
        if index < bytes.count {
          index +=
            bytes[index] == carriageReturn && index + 1 < bytes.count && bytes[index + 1] == lineFeed ? 2 : 1
        }
        lines += 1
        if rows.isEmpty { commentLinesBeforeFirstRow += 1 }
        continue
      }
      let byte = bytes[index]
      index += 1
      if inQuotes {
        if byte == escape && index < bytes.count {
          field.append(bytes[index])
          index += 1
        } else if byte == quote {
          if index < bytes.count && bytes[index] == quote {
            field.append(quote)
            index += 1
          } else {
            inQuotes = false
          }
        } else {
          if byte == lineFeed { lines += 1 }
          field.append(byte)
        }
      } else if byte == quote && field.isEmpty && !fieldStarted {
        inQuotes = true
        fieldStarted = true
      } else if byte == delimiter {
        fields.append(field)
        field = []
        fieldStarted = false
      } else if byte == lineFeed || byte == carriageReturn {
        if byte == carriageReturn && index < bytes.count && bytes[index] == lineFeed { index += 1 }
        lines += 1
        endRow(at: index)
      } else {
        field.append(byte)
      }
    }
    if index == bytes.count && rows.count < maxRows && (!fields.isEmpty || !field.isEmpty || fieldStarted) {
      endRow(at: index)
    }
  }
}
