import AssayCSV
import AssayCore
import Dispatch
import Foundation

/// Loads JSON Lines that are wholly in memory (a mapped file, or a document that turned out to be
/// lines): a small first chunk for a quick first snapshot, then chunks split at line breaks
/// (which never fall inside a record) parsed on all cores and gathered in order.
struct LinesLoad {
  /// The bytes, laid out as lines.
  let input: RecordInput
  /// Byte offset of the first line (past a byte order mark).
  let start: Int
  /// Whose bytes, what to keep, how to split the work, where snapshots go.
  let settings: LoadSettings

  /// Parses everything and returns the table, sending snapshots on the way.
  func run() throws -> Table {
    var assembler = RecordAssembler(
      name: settings.name, start: start, wanted: settings.columns, displayZone: settings.displayZone)
    let firstEnd = lineEnd(after: start + min(settings.chunkSize, 256 * 1024))
    assembler.append(try parse(from: start, to: firstEnd, kinds: [:]))
    if assembler.end < input.limit {
      snapshot(&assembler)
      var starts = [assembler.end]
      while let last = starts.last, last < input.limit {
        starts.append(lineEnd(after: last + settings.chunkSize))
      }
      if settings.parallel {
        try parseInParallel(starts: starts, into: &assembler)
      } else {
        for index in 0..<starts.count - 1 {
          if settings.control.isCancelled { throw CancellationError() }
          assembler.append(
            try parse(from: starts[index], to: starts[index + 1], kinds: assembler.kindsByName))
          if settings.control.snapshotDue() { snapshot(&assembler) }
        }
      }
    }
    let table = try assembler.table(final: true, reparse: reparse)
    settings.control.send(
      table,
      LoadProgress(bytesRead: input.limit, totalBytes: input.limit, rows: table.rowCount, finished: true))
    return table
  }

  /// Just past the first line break at or after `offset`, or the end.
  private func lineEnd(after offset: Int) -> Int {
    guard offset < input.limit, let found = memchr(input.base + offset, 0x0A, input.limit - offset) else {
      return input.limit
    }
    return input.base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
  }

  /// The records from `start` to `end`; a failure is an error at its line and column.
  private func parse(from start: Int, to end: Int, kinds: [String: FieldKind]) throws -> ParsedRecords {
    do {
      let chunk = try RecordParser.parse(input, start: start, end: end, kinds: kinds)
      settings.release(chunk.start, chunk.end)
      return chunk
    } catch let failure as JSONFailure {
      throw failure.error(name: settings.name, in: input.base, lineStart: self.start, line: 1)
    }
  }

  private func reparse(_ chunk: ParsedRecords, _ kinds: [String: FieldKind]) throws -> ParsedRecords {
    try parse(from: chunk.start, to: chunk.end, kinds: kinds)
  }

  private func snapshot(_ assembler: inout RecordAssembler) {
    guard settings.control.wantsSnapshots, let table = try? assembler.table(reparse: reparse) else { return }
    settings.control.send(
      table,
      LoadProgress(bytesRead: assembler.end, totalBytes: input.limit, rows: table.rowCount, finished: false))
  }

  private func parseInParallel(starts: [Int], into assembler: inout RecordAssembler) throws {
    let work = ParallelRecords(assembler: assembler, chunks: starts.count - 1)
    let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while !settings.control.isCancelled, let index = work.claim() {
        let outcome = Result { try parse(from: starts[index], to: starts[index + 1], kinds: work.kinds) }
        work.finish(index, outcome) { assembler in
          if settings.control.snapshotDue() { snapshot(&assembler) }
        }
      }
    }
    if settings.control.isCancelled { throw CancellationError() }
    if let failure = work.failure { throw failure }
    assembler = work.assembler
  }
}

/// The shared state of a parallel parse: which chunk to take next, the outcomes waiting for the
/// chunks before them, the assembly of the chunks gathered in order, and the kinds so far (so
/// later chunks start with them). All of it sits behind a lock.
final class ParallelRecords: @unchecked Sendable {
  private let lock = NSLock()
  private var next = 0
  private var outcomes: [Result<ParsedRecords, any Error>?]
  private var gathered = 0
  private var sharedKinds: [String: FieldKind]
  private var assembly: RecordAssembler

  /// Work on `chunks` chunks, gathered after what `assembler` holds.
  init(assembler: RecordAssembler, chunks: Int) {
    assembly = assembler
    sharedKinds = assembler.kindsByName
    outcomes = Array(repeating: nil, count: chunks)
  }

  /// The next chunk index to parse, or nil when all are taken or one has failed.
  func claim() -> Int? {
    lock.withLock {
      guard next < outcomes.count else { return nil }
      next += 1
      return next - 1
    }
  }

  /// The kinds to start a chunk with.
  var kinds: [String: FieldKind] { lock.withLock { sharedKinds } }

  /// The assembly of every chunk gathered.
  var assembler: RecordAssembler { lock.withLock { assembly } }

  /// The error of the first chunk that failed (every chunk before it is gathered), if any.
  var failure: (any Error)? {
    lock.withLock {
      guard gathered < outcomes.count, case .failure(let error)? = outcomes[gathered] else { return nil }
      return error
    }
  }

  /// Records a chunk's outcome and gathers the chunks that are now next in order, handing the
  /// assembly to `gatheredMore` when it grew.
  func finish(
    _ index: Int, _ outcome: Result<ParsedRecords, any Error>, gatheredMore: (inout RecordAssembler) -> Void
  ) {
    lock.withLock {
      outcomes[index] = outcome
      var grew = false
      while gathered < outcomes.count, case .success(let chunk)? = outcomes[gathered] {
        assembly.append(chunk)
        outcomes[gathered] = nil
        gathered += 1
        grew = true
      }
      if gathered < outcomes.count, case .failure? = outcomes[gathered] { next = outcomes.count }
      if grew {
        sharedKinds = assembly.kindsByName
        gatheredMore(&assembly)
      }
    }
  }
}
