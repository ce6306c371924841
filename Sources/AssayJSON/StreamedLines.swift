import AssayCSV
import AssayCore
import Foundation

/// Loads JSON Lines that arrive as a stream (standard input, a pipe, a gzip file, an object in a
/// store): a reader thread reads (or decompresses) ahead while this thread parses each run of
/// whole lines as it arrives, sending snapshots on the way. Parsed bytes are dropped from memory,
/// except that a chunk holding timestamps keeps a copy of its bytes, in case their column turns
/// to text further on (their text cannot be written again from their values).
struct StreamedLines<Stream: ByteStream> {
  /// Where the bytes come from.
  let stream: Stream
  /// The table's name (also the source name in errors).
  let name: String
  /// The columns asked for, by name; nil asks for all.
  let columns: [String]?
  /// Nominal bytes per chunk.
  let chunkSize: Int
  /// Snapshots and cancellation.
  let control: LoadControl
  /// The stream's length when known (an object's size), for progress.
  let totalBytes: Int?
  /// The zone form zone-aware timestamps are shown in, when one is asked for.
  var displayZone: TimeZoneForm? = nil

  /// Bytes one line may span.
  static var lineBytes: Int { 512 << 20 }

  /// Reads and parses everything, returning the table.
  func run() throws -> Table {
    let buffer = try StreamBuffer(reading: stream, name: name)
    defer { buffer.stop() }
    try buffer.fill(upTo: 1 << 16)
    let start = InputChecks.byteOrderMarkLength(buffer.base, buffer.count)
    var assembler = RecordAssembler(name: name, start: start, wanted: columns, displayZone: displayZone)
    let budget = MemoryBudget.limit()
    var used = 0
    var window = min(chunkSize, 256 * 1024)
    var wanted = start + window
    while true {
      if control.isCancelled { throw CancellationError() }
      try buffer.fill(upTo: wanted)
      if assembler.end >= buffer.count && buffer.atEnd { break }
      guard let end = try linesEnd(buffer, from: assembler.end, window: window) else {
        wanted = buffer.count + max(chunkSize, buffer.count - assembler.end)
        continue
      }
      var chunk = try parse(
        buffer, from: assembler.end, to: end, line: assembler.lineCount + 1, kinds: assembler.kindsByName)
      if chunk.hasTimestamps {
        chunk.retainedText = Array(
          UnsafeBufferPointer(start: buffer.base + chunk.start, count: end - chunk.start))
      }
      used += MemoryBudget.bytes(of: chunk.columns) + (chunk.retainedText?.count ?? 0)
      if used > budget { throw MemoryBudget.exceeded(name: name, limit: budget, rows: assembler.rowCount) }
      assembler.append(chunk)
      buffer.release(below: assembler.end)
      window = chunkSize
      wanted = assembler.end + 2 * chunkSize
      if control.snapshotDue() && !buffer.atEnd, let table = try? assembler.table(reparse: reparse) {
        control.send(
          table,
          LoadProgress(bytesRead: buffer.count, totalBytes: totalBytes, rows: table.rowCount, finished: false)
        )
      }
    }
    let table = try assembler.table(final: true, reparse: reparse)
    control.send(
      table,
      LoadProgress(bytesRead: buffer.count, totalBytes: totalBytes, rows: table.rowCount, finished: true))
    return table
  }

  /// Just past the last line break within `window` bytes from `start` (or past the first one
  /// after, for a longer line); the end of the input when it has come; nil when more bytes are
  /// needed for a whole line.
  private func linesEnd(_ buffer: StreamBuffer, from start: Int, window: Int) throws -> Int? {
    var index = min(buffer.count, start + window)
    while index > start {
      if buffer.base[index - 1] == 0x0A { return index }
      index -= 1
    }
    let rest = buffer.count - start
    if let found = memchr(buffer.base + start, 0x0A, rest) {
      return buffer.base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
    }
    if buffer.atEnd { return buffer.count }
    if rest > Self.lineBytes {
      throw AssayError(
        message: "\(name): the line starting at byte \(start) runs past \(Self.lineBytes >> 20) MiB",
        hint: "JSON Lines hold one object per line; Assay reads lines of up to \(Self.lineBytes >> 20) MiB")
    }
    return nil
  }

  /// The lines from `start` to `end`, the first of them line `line`; a failure is an error at its
  /// line and column.
  private func parse(
    _ buffer: StreamBuffer, from start: Int, to end: Int, line: Int, kinds: [String: FieldKind]
  ) throws -> ParsedRecords {
    let input = RecordInput(base: buffer.base, limit: end, layout: .lines, wanted: columns.map(Set.init))
    do {
      return try RecordParser.parse(input, start: start, end: end, kinds: kinds)
    } catch let failure as JSONFailure {
      throw failure.error(name: name, in: buffer.base, lineStart: start, line: line)
    }
  }

  /// A chunk parsed again from the bytes it kept.
  private func reparse(_ chunk: ParsedRecords, _ kinds: [String: FieldKind]) throws -> ParsedRecords {
    guard let text = chunk.retainedText else {
      throw AssayError(
        message: "\(name): the text of the rows from byte \(chunk.start) is no longer held",
        hint: "save the input to a file and open that")
    }
    do {
      var reparsed = try text.withUnsafeBufferPointer { bytes in
        let input = RecordInput(
          base: bytes.baseAddress.unsafelyUnwrapped, limit: bytes.count, layout: .lines,
          wanted: columns.map(Set.init))
        return try RecordParser.parse(input, start: 0, end: bytes.count, kinds: kinds)
      }
      reparsed.start = chunk.start
      reparsed.end = chunk.end
      reparsed.retainedText = reparsed.hasTimestamps ? text : nil
      return reparsed
    } catch let failure as JSONFailure {
      throw failure.error(name: name, chunkStart: chunk.start)
    }
  }
}
