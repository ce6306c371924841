import AssayCore
import Dispatch
import Foundation

/// Loads an input that is wholly in memory (a mapped file or a byte array): a small first chunk
/// for a quick first snapshot, then chunks split at guessed row starts and parsed on all cores.
/// A guess is kept only when the chunk before it, parsed from a known row start, ends exactly
/// there; otherwise that stretch is parsed again from the true row start, so the result is the
/// same as one sequential parse.
struct MappedLoad {
  /// The bytes (read-only while the load runs).
  let input: ChunkInput
  /// The table's name (also the source name in errors).
  let name: String
  /// How the input is laid out.
  let layout: CSVLayout
  /// Nominal bytes per chunk.
  let chunkSize: Int
  /// Parse chunks on all cores (false: one after another on this thread).
  let parallel: Bool
  /// Snapshots and cancellation.
  let control: LoadControl
  /// Called with each parsed byte range, so a mapping can drop the pages behind it.
  let release: @Sendable (Int, Int) -> Void

  /// Parses everything and returns the table, sending snapshots on the way.
  func run() throws -> Table {
    var assembler = TableAssembler(layout: layout, name: name)
    let firstEnd = min(input.limit, layout.dataStart + min(chunkSize, 256 * 1024))
    try appendParsed(from: layout.dataStart, to: firstEnd, into: &assembler)
    snapshot(&assembler, finished: assembler.end >= input.limit)
    if assembler.end < input.limit {
      if parallel {
        try parseInParallel(into: &assembler)
      } else {
        while assembler.end < input.limit {
          if control.isCancelled { throw CancellationError() }
          try appendParsed(from: assembler.end, to: assembler.end + chunkSize, into: &assembler)
          if control.snapshotDue() { snapshot(&assembler, finished: false) }
        }
      }
      snapshot(&assembler, finished: true)
    }
    return try assembler.table(input: input)
  }

  /// Parses one chunk from a known row start and appends it.
  private func appendParsed(from start: Int, to end: Int, into assembler: inout TableAssembler) throws {
    do {
      let chunk = try ChunkParser.parse(
        input, start: start, end: min(end, input.limit), kinds: assembler.kinds, rowLength: layout.rowLength)
      release(chunk.start, chunk.end)
      assembler.append(chunk)
    } catch ChunkStop.failure(let failure) {
      throw assembler.error(for: failure, chunkStartLine: assembler.nextLine)
    }
  }

  private func snapshot(_ assembler: inout TableAssembler, finished: Bool) {
    guard control.wantsSnapshots, let table = try? assembler.table(input: input) else { return }
    control.send(
      table,
      LoadProgress(
        bytesRead: assembler.end, totalBytes: input.limit, rows: table.rowCount, finished: finished,
        warnings: finished ? assembler.warnings : [], nullTexts: finished ? assembler.nullTexts : [:]))
  }

  private func parseInParallel(into assembler: inout TableAssembler) throws {
    let origin = assembler.end
    let count = (input.limit - origin + chunkSize - 1) / chunkSize
    let starts =
      (0..<count).map { $0 == 0 ? origin : input.guessedRowStart(after: origin + $0 * chunkSize) } + [
        input.limit
      ]
    let work = ParallelChunks(assembler: assembler, starts: starts)
    let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while !control.isCancelled, let index = work.claim() {
        let outcome = Result {
          try ChunkParser.parse(
            input, start: starts[index], end: starts[index + 1], kinds: work.kinds,
            rowLength: layout.rowLength)
        }
        if case .success(let chunk) = outcome { release(chunk.start, chunk.end) }
        work.finish(index, outcome, input: input, control: control, snapshot: snapshot)
      }
    }
    if control.isCancelled { throw CancellationError() }
    assembler = work.assembler
    try stitch(work, starts: starts, into: &assembler)
  }

  /// Appends the chunks the parallel pass could not confirm, in order, parsing again from the
  /// true row start wherever a guessed start was wrong.
  private func stitch(_ work: ParallelChunks, starts: [Int], into assembler: inout TableAssembler) throws {
    var index = work.confirmed
    while assembler.end < input.limit {
      if control.isCancelled { throw CancellationError() }
      while index < starts.count - 1 && starts[index] < assembler.end { index += 1 }
      if index < starts.count - 1 && starts[index] == assembler.end, let outcome = work.outcome(index) {
        switch outcome {
        case .success(let chunk):
          assembler.append(chunk)
          index += 1
          continue
        case .failure(ChunkStop.failure(let failure)):
          throw assembler.error(for: failure, chunkStartLine: assembler.nextLine)
        case .failure:
          break
        }
      }
      try appendParsed(
        from: assembler.end, to: index < starts.count - 1 ? starts[index + 1] : input.limit, into: &assembler)
    }
  }
}

/// The shared state of a parallel parse: which chunk to take next, the outcomes so far, the
/// column kinds of the confirmed chunks (so later chunks start with them; a chunk parsed from a
/// wrong guess must not widen them), and the confirmed prefix of chunks.
/// All of it sits behind a lock.
final class ParallelChunks: @unchecked Sendable {
  private let lock = NSLock()
  private var next = 0
  private var outcomes: [Result<ParsedChunk, any Error>?]
  private var sharedKinds: [FieldKind]
  private let starts: [Int]
  private(set) var assembler: TableAssembler
  private(set) var confirmed = 0

  init(assembler: TableAssembler, starts: [Int]) {
    self.assembler = assembler
    self.starts = starts
    outcomes = Array(repeating: nil, count: starts.count - 1)
    sharedKinds = assembler.kinds
  }

  /// The next chunk index to parse, or nil when all are taken or one has failed for sure.
  func claim() -> Int? {
    lock.withLock {
      guard next < outcomes.count else { return nil }
      next += 1
      return next - 1
    }
  }

  /// The kinds to start a chunk with.
  var kinds: [FieldKind] { lock.withLock { sharedKinds } }

  /// The outcome of chunk `index`, once parsed.
  func outcome(_ index: Int) -> Result<ParsedChunk, any Error>? { lock.withLock { outcomes[index] } }

  /// Records a chunk's outcome and extends the confirmed prefix, sending a snapshot when due.
  func finish(
    _ index: Int, _ outcome: Result<ParsedChunk, any Error>, input: ChunkInput, control: LoadControl,
    snapshot: (inout TableAssembler, Bool) -> Void
  ) {
    lock.withLock {
      outcomes[index] = outcome
      var grew = false
      while confirmed < outcomes.count, case .success(let chunk)? = outcomes[confirmed],
        chunk.start == assembler.end
      {
        assembler.append(chunk)
        sharedKinds = zip(sharedKinds, chunk.kinds).map { $0.joined($1) }
        confirmed += 1
        grew = true
      }
      if confirmed < outcomes.count, case .failure(ChunkStop.failure)? = outcomes[confirmed],
        starts[confirmed] == assembler.end
      {
        next = outcomes.count
      }
      if grew && control.snapshotDue() { snapshot(&assembler, false) }
    }
  }
}

extension ChunkInput {
  /// The first row start at or after `offset`, guessing that `offset` is outside quotes.
  func guessedRowStart(after offset: Int) -> Int {
    var index = offset
    while index < limit {
      let byte = base[index]
      index += 1
      if byte == UInt8(ascii: "\n") { return index }
      if byte == UInt8(ascii: "\r") {
        if index < limit && base[index] == UInt8(ascii: "\n") { index += 1 }
        return index
      }
    }
    return limit
  }
}
