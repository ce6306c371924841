extension ChunkParser {
  /// Throws when the row being parsed already spans more than `InputLimits.rowBytes` up to `end`.
  @inline(__always)
  func checkRowLength(upTo end: Int) throws {
    if end - rowStart > InputLimits.rowBytes {
      throw ChunkStop.failure(InputLimits.rowTooLong(line: rowStartLine, offset: rowStart))
    }
  }

  /// Why the parse stops at the end of the bytes available: the row is incomplete and more bytes
  /// are coming, unless it already spans more than a row may.
  func incompleteRow() -> ChunkStop {
    limit - rowStart > InputLimits.rowBytes
      ? ChunkStop.failure(InputLimits.rowTooLong(line: rowStartLine, offset: rowStart)) : ChunkStop.incomplete
  }
}
