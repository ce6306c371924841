import AssayCSV
import AssayCore
import AssayJSON
import Foundation

/// Standard input, a named pipe or a gzip file, read as a stream whose first bytes tell what it
/// holds (`PipedInputLoader`). They are read when the load starts, on a thread of their own, and
/// handed on again with the rest to the CSV or JSON reader, so nothing is read twice or lost.
struct PipedInput: TableSource {
  /// How the bytes are read.
  enum Format: Equatable {
    case csv
    case json(JSONFormat)

    /// The format a `format` option names: `csv` (also `tsv`, `txt`), `json`, `jsonl`, `ndjson`.
    init?(option: String) {
      if ["csv", "tsv", "txt"].contains(option.lowercased()) {
        self = .csv
      } else if let json = JSONFormat(option: option) {
        self = .json(json)
      } else {
        return nil
      }
    }
  }

  /// `-`, a named pipe's path, or a gzip file's.
  let path: String
  /// The format given or named; nil tells it from the first bytes.
  let format: Format?
  /// The options, checked against the chosen reader's when the load starts.
  let options: SourceOptions

  /// Bytes read ahead at most to tell the format.
  static let readAhead = 64 << 10

  /// The locator as given.
  var displayName: String { path }

  /// Tells the format on a thread of its own, then loads as the chosen reader does.
  func load() -> AsyncThrowingStream<LoadUpdate, Error> {
    let input = self
    return AsyncThrowingStream(bufferingPolicy: .bufferingNewest(1)) { continuation in
      let forwarding = Task {
        do {
          let source: any TableSource = try await withCheckedThrowingContinuation { told in
            Thread.detachNewThread { told.resume(with: Result { try input.chosenSource() }) }
          }
          for try await update in source.load() { continuation.yield(update) }
          continuation.finish()
        } catch {
          continuation.finish(throwing: error)
        }
      }
      continuation.onTermination = { _ in forwarding.cancel() }
    }
  }

  /// Reads the first bytes (decompressing gzip) and makes the CSV or JSON source that reads them
  /// again with the rest.
  func chosenSource() throws -> any TableSource {
    var stream = try rawStream()
    var (head, atEnd) = try ReplayedStream.readAhead(&stream, limit: Self.readAhead) { $0.count >= 2 }
    if head.starts(with: [0x1F, 0x8B]) {
      stream = try InflatingStream(ReplayedStream(head: head, rest: stream), name: path)
      (head, atEnd) = try ReplayedStream.readAhead(&stream, limit: Self.readAhead) { !$0.isEmpty }
    }
    if format == nil, !atEnd, !JSONFormat.decides(head) {
      let more = try ReplayedStream.readAhead(
        &stream, limit: Self.readAhead - head.count, until: { JSONFormat.decides(head + $0) })
      (head, atEnd) = (head + more.head, more.atEnd)
    }
    let replayed = HandOver(ReplayedStream(head: head, rest: stream))
    switch format ?? JSONFormat(sniffing: head, atEnd: atEnd).map(Format.json) ?? .csv {
    case .json(let json):
      try JSONLoader().declaration.checkNames(of: options, for: path)
      return JSONSource(
        name: path, totalBytes: nil, options: JSONLoader.resolvingColumns(options), format: json,
        open: { replayed.take() })
    case .csv:
      try CSVLoader().declaration.checkNames(of: options, for: path)
      return try CSVSource.streamed(name: path, totalBytes: nil, options: options, open: { replayed.take() })
    }
  }

  /// The bytes as they come: standard input, the pipe, or the gzip file decompressed.
  private func rawStream() throws -> any ByteStream {
    if path == "-" { return try InputOrigin.standardInput.stream(name: path).bytes }
    try InputChecks.checkFile(path: path, name: path)
    var status = stat()
    let isPipe = stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO
    return try (isPipe ? InputOrigin.pipe(path) : .gzip(path)).stream(name: path).bytes
  }
}

/// A stream made on one thread and read on the loader's: handed over once, then read by that
/// thread alone.
private final class HandOver: @unchecked Sendable {
  private let stream: any ByteStream

  /// Holds `stream` until it is taken.
  init(_ stream: any ByteStream) { self.stream = stream }

  /// The stream.
  func take() -> any ByteStream { stream }
}
