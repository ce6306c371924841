private let lineFeed = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")

/// The repairs of a lenient parse: comment lines skipped, short rows padded with nulls, the fields
/// of long rows past the header's kept aside for added columns.
extension ChunkParser {
  /// True when the line at `position` starts with the comment marker.
  @inline(__always)
  func isCommentStart() -> Bool {
    guard let marker = repairOptions.comment, position + marker.count <= limit else { return false }
    for (k, byte) in marker.enumerated() where base[position + k] != byte { return false }
    return true
  }

  /// Steps over the comment line at `position` and its terminator, whatever it holds.
  mutating func skipCommentLine() throws {
    rowStart = position
    rowStartLine = lines
    while position < limit && base[position] != lineFeed && base[position] != carriageReturn {
      position += 1
    }
    try checkRowLength(upTo: position)
    try consumeTerminator()
    if repairs.commentLines == 0 { repairs.firstCommentLine = rowStartLine }
    repairs.commentLines += 1
  }

  /// Fills the kept columns of the fields after `field` (0-based, the row's last) with nulls.
  mutating func padShortRow(after field: Int) throws {
    for missing in (field + 1)..<columnCount where slots[missing] >= 0 {
      try store(Int(slots[missing]), base + position, 0, at: position)
    }
    if repairs.shortRows == 0 { repairs.firstShortLine = rowStartLine }
    repairs.shortRows += 1
  }

  /// Reads the fields at `position` past the header's to the end of the row, keeps them aside and
  /// consumes the row's terminator.
  mutating func keepExtraFields() throws {
    var extra: [[UInt8]] = []
    while true {
      let start = position
      if start < limit && base[start] == quote {
        let (contentEnd, hasEscapes) = try scanQuotedField(fieldNumber: columnCount + extra.count + 1)
        extra.append(
          hasEscapes
            ? unescaped(from: start + 1, to: contentEnd)
            : Array(UnsafeBufferPointer(start: base + start + 1, count: contentEnd - start - 1)))
      } else {
        position = unquotedFieldEnd(from: start)
        extra.append(Array(UnsafeBufferPointer(start: base + start, count: position - start)))
      }
      try checkRowLength(upTo: position)
      guard position < limit && base[position] == delimiter else { break }
      position += 1
    }
    try consumeTerminator()
    if repairs.longRows == 0 { repairs.firstLongLine = rowStartLine }
    repairs.longRows += 1
    repairs.extraFields.append((row: rows, fields: extra))
  }
}
