import AssayCSV
import AssayCore

/// A JSON or JSON Lines source: a file, a gzipped file, a named pipe, stdin, or a stream (an
/// object in a store).
public struct JSONSource: TableSource {
  /// The locator as given.
  public let displayName: String
  let origin: InputOrigin
  let format: JSONFormat
  let options: SourceOptions
  /// Nominal bytes per parsed chunk.
  var chunkSize = 4 << 20

  /// A source for a local `locator` (`-` for stdin) read as `format`; the file must exist and be
  /// readable.
  public init(locator: String, format: JSONFormat, options: SourceOptions = SourceOptions()) throws {
    displayName = locator
    self.format = format
    self.options = options
    origin = try InputOrigin.local(locator)
  }

  /// A source whose bytes come from the stream `open` makes when the load starts (an object in a
  /// store, standard input), `totalBytes` long when known; named `name` for people and in errors,
  /// and read as `format`, else in the format the name says (`.json` a document, else JSON Lines).
  /// The stream gives the bytes as they are to be read: a compressed object is decompressed by it.
  public init(
    name: String, totalBytes: Int?, options: SourceOptions = SourceOptions(), format: JSONFormat? = nil,
    open: @escaping @Sendable () throws -> any ByteStream
  ) {
    displayName = name
    self.format = format ?? JSONFormat(name: name) ?? .lines
    self.options = options
    origin = .stream(open, totalBytes: totalBytes)
  }

  /// Loads on a background thread, yielding a first snapshot after the first rows and then
  /// growing ones about every 100 ms; the last has `finished == true`. Cancelling the consuming
  /// task stops the parse, keeping what the last snapshot holds.
  public func load() -> AsyncThrowingStream<LoadUpdate, Error> {
    let source = self
    return LoadControl.updates { control in _ = try source.run(control: control) }
  }

  /// Loads synchronously on the calling thread.
  func run(control: LoadControl) throws -> Table {
    guard case .file(let path) = origin else {
      let opened = try origin.stream(name: displayName)
      return try streamed(opened.bytes, totalBytes: opened.totalBytes, control: control)
    }
    let file = try MappedFile(path: path, name: displayName)
    return try file.reading {
      try JSONReader.load(
        base: file.base, count: file.count, name: displayName, format: format, options: options,
        chunkSize: chunkSize, parallel: true, control: control, release: file.release)
    }
  }

  private func streamed<Stream: ByteStream>(_ stream: Stream, totalBytes: Int?, control: LoadControl) throws
    -> Table
  {
    guard format == .document else {
      return try StreamedLines(
        stream: stream, name: displayName, columns: options.columns, chunkSize: chunkSize, control: control,
        totalBytes: totalBytes, displayZone: try TimeZoneForm.shown(by: options, source: displayName)
      ).run()
    }
    let buffer = try StreamBuffer(reading: stream, name: displayName)
    defer { buffer.stop() }
    let budget = MemoryBudget.limit()
    while !buffer.atEnd {
      if control.isCancelled { throw CancellationError() }
      if buffer.count > budget { throw MemoryBudget.exceeded(name: displayName, limit: budget, rows: 0) }
      try buffer.fill(upTo: buffer.count + max(chunkSize, buffer.count))
    }
    return try JSONReader.load(
      base: buffer.base, count: buffer.count, name: displayName, format: format, options: options,
      chunkSize: chunkSize, parallel: true, control: control, release: { _, _ in })
  }
}
