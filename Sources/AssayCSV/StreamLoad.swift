import AssayCore
import Dispatch
import Foundation

/// Loads an input that arrives as a stream (stdin, a gzip file): a reader thread reads (or
/// decompresses) ahead while this thread parses each run of complete rows as it arrives, sending
/// snapshots on the way. Parsed bytes are dropped from memory; a chunk keeps a copy of its own
/// bytes only when a typed column's text could not be written again from its values (see
/// `TextForm`), in case that column turns out to be text further on.
struct StreamLoad<Stream: ByteStream> {
  /// Where the bytes come from.
  let stream: Stream
  /// The table's name (also the source name in errors).
  let name: String
  /// The person's options.
  let options: SourceOptions
  /// Bytes to gather before parsing a chunk.
  let chunkSize: Int
  /// Snapshots and cancellation.
  let control: LoadControl
  /// The stream's length when known (an object's size), for progress.
  var totalBytes: Int? = nil

  /// Bytes gathered before the first chunk is parsed.
  var firstChunkBytes: Int { 1 << 18 }

  /// Reads and parses everything, returning the table.
  func run() throws -> Table {
    let buffer = try StreamBuffer(reading: stream, name: name)
    defer { buffer.stop() }
    try buffer.fill(upTo: 1 << 16)
    try InputChecks.checkText(
      UnsafeBufferPointer(start: buffer.base, count: min(buffer.count, 1 << 16)), name: name)
    let start = InputChecks.byteOrderMarkLength(buffer.base, buffer.count)
    while !buffer.atEnd && !firstRowIsComplete(buffer, start: start) {
      if InputLimits.lacksFirstLineBreak(buffer.base + start, buffer.count - start)
        || buffer.count - start > 2 * InputLimits.firstRowBytes
      {
        throw InputLimits.firstRowTooLong(name: name)
      }
      try buffer.fill(upTo: buffer.count * 2)
    }
    let sample = UnsafeBufferPointer(start: UnsafePointer(buffer.base), count: buffer.count)
    guard
      let layout = try CSVLayout.detect(
        sample, start: start, name: name, options: options)
    else {
      let empty = Table(name: name, columns: [])
      control.send(
        empty,
        LoadProgress(
          bytesRead: buffer.count, totalBytes: totalBytes, rows: 0, finished: true,
          warnings: [CSVLayout.emptyInputNote]))
      return empty
    }
    var assembler = TableAssembler(layout: layout, name: name, inputStays: false)
    let budget = MemoryBudget.limit()
    var used = 0
    // The first rows are parsed once a first small part has come, not a whole chunk: from a slow
    // store, a 4 MB chunk takes seconds, and the first screen would wait for all of it.
    var wanted = layout.dataStart + min(chunkSize, firstChunkBytes)
    while true {
      if control.isCancelled { throw CancellationError() }
      try buffer.fill(upTo: wanted)
      let input = input(buffer, layout: layout)
      if assembler.end >= buffer.count && buffer.atEnd { break }
      var end = lastRowEnd(buffer, after: assembler.end)
      if buffer.atEnd && (buffer.count - assembler.end <= chunkSize || end == assembler.end) {
        end = buffer.count
      }
      guard end > assembler.end else {
        if buffer.count - assembler.end > InputLimits.rowBytes {
          let failure = InputLimits.rowTooLong(line: 0, offset: assembler.end)
          throw assembler.error(for: failure, chunkStartLine: assembler.nextLine)
        }
        wanted = grownTarget(buffer, from: assembler.end)
        continue
      }
      do {
        for var chunk in try parsed(
          input, buffer, from: assembler.end, to: end, kinds: assembler.kinds, rowLength: layout.rowLength)
        {
          if chunk.needsRetainedText {
            chunk.retainedText = Array(
              UnsafeBufferPointer(start: buffer.base + chunk.start, count: chunk.end - chunk.start))
          }
          assembler.append(chunk)
          used += MemoryBudget.bytes(of: chunk)
        }
        if used > budget { throw MemoryBudget.exceeded(name: name, limit: budget, rows: assembler.rowCount) }
        buffer.release(below: assembler.end)
        wanted = assembler.end + 2 * chunkSize
      } catch ChunkStop.incomplete {
        wanted = grownTarget(buffer, from: assembler.end)
        continue
      } catch ChunkStop.failure(let failure) {
        throw assembler.error(for: failure, chunkStartLine: assembler.nextLine)
      }
      if control.snapshotDue() && !buffer.atEnd {
        let table = try assembler.table(input: input)
        control.send(
          table,
          // Bytes received (the parser is behind them by at most what it has not yet asked for).
          LoadProgress(
            bytesRead: buffer.count, totalBytes: totalBytes, rows: table.rowCount, finished: false))
      }
    }
    let table = try assembler.table(input: input(buffer, layout: layout))
    control.send(
      table,
      LoadProgress(
        bytesRead: buffer.count, totalBytes: totalBytes, rows: table.rowCount, finished: true,
        warnings: assembler.warnings, nullTexts: assembler.nullTexts))
    return table
  }

  /// The chunks of rows from `start`: one up to `end` (just past a line break, or the end of the
  /// input), and when about a chunk's worth more has arrived, a second one from `end`, parsed at
  /// the same time on another thread as if `end` started a row (kept only when the first chunk
  /// ends exactly there, that is, when the line break was not inside quotes).
  private func parsed(
    _ input: ChunkInput, _ buffer: StreamBuffer, from start: Int, to end: Int, kinds: [FieldKind],
    rowLength: Int
  ) throws -> [ParsedChunk] {
    let secondEnd = lastRowEnd(buffer, after: end)
    guard secondEnd - end >= chunkSize / 2 else {
      return [try ChunkParser.parse(input, start: start, end: end, kinds: kinds, rowLength: rowLength)]
    }
    let second = ResultBox<ParsedChunk>()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) {
      second.set(
        Result {
          try ChunkParser.parse(input, start: end, end: secondEnd, kinds: kinds, rowLength: rowLength)
        })
    }
    let first = Result {
      try ChunkParser.parse(input, start: start, end: end, kinds: kinds, rowLength: rowLength)
    }
    group.wait()
    let chunk = try first.get()
    if case .success(let next)? = second.value, next.start == chunk.end { return [chunk, next] }
    return [chunk]
  }

  /// How many bytes to wait for when the row at `start` has not ended in what the buffer holds:
  /// twice as many pending bytes (at least a chunk more), so a long row is scanned a few times,
  /// not once per chunk.
  private func grownTarget(_ buffer: StreamBuffer, from start: Int) -> Int {
    buffer.count + max(chunkSize, buffer.count - start)
  }

  private func input(_ buffer: StreamBuffer, layout: CSVLayout) -> ChunkInput {
    layout.input(base: UnsafePointer(buffer.base), limit: buffer.count, isFinal: buffer.atEnd)
  }

  /// True when the buffer holds the first row and the start of a second (or the stream ended).
  private func firstRowIsComplete(_ buffer: StreamBuffer, start: Int) -> Bool {
    let count = buffer.count - start
    guard memchr(buffer.base + start, 0x0A, count) != nil || memchr(buffer.base + start, 0x0D, count) != nil
    else { return false }
    let bytes = UnsafeBufferPointer(start: UnsafePointer(buffer.base), count: buffer.count)
    return SampleRows(bytes, from: start, delimiter: UInt8(ascii: ","), maxRows: 2, byteBudget: Int.max).rows
      .count
      >= 2
  }

  /// Just past the last line break in the next `chunkSize` bytes after `start` (or, when there is
  /// none, in all the buffer holds), or `start` when there is none at all.
  private func lastRowEnd(_ buffer: StreamBuffer, after start: Int) -> Int {
    for limit in [min(buffer.count, start + chunkSize), buffer.count] {
      var index = limit
      while index > start {
        if buffer.base[index - 1] == UInt8(ascii: "\n") { return index }
        index -= 1
      }
    }
    return start
  }
}

/// One result handed from a worker thread to the thread that waits for it; behind a lock.
final class ResultBox<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: Result<Value, any Error>?

  /// The result, once set.
  var value: Result<Value, any Error>? { lock.withLock { stored } }

  /// Stores the result.
  func set(_ result: Result<Value, any Error>) { lock.withLock { stored = result } }
}
