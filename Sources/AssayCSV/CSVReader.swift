import AssayCore

/// Synchronous loading of a whole CSV into a table, for tools and tests.
public enum CSVReader {
  /// Reads the file at `path` (plain or gzipped); errors are `AssayError`s naming `path`.
  public static func read(path: String, options: SourceOptions = SourceOptions()) throws -> Table {
    try CSVSource(locator: path, options: options).run(control: LoadControl())
  }

  /// Reads CSV text held in memory; `name` names the table and the source in errors.
  public static func read(bytes: [UInt8], name: String, options: SourceOptions = SourceOptions()) throws
    -> Table
  {
    try read(bytes: bytes, name: name, options: options, chunkSize: 4 << 20, parallel: true)
  }

  /// `read(bytes:name:options:)` with the chunk size and parallelism chosen, so tests can split an
  /// input into many chunks and compare the parallel and sequential paths.
  static func read(
    bytes: [UInt8], name: String, options: SourceOptions, chunkSize: Int, parallel: Bool
  ) throws -> Table {
    let storage = bytes.isEmpty ? [0] : bytes
    return try storage.withUnsafeBufferPointer { buffer in
      let base = buffer.baseAddress.unsafelyUnwrapped
      try InputChecks.checkText(
        UnsafeBufferPointer(rebasing: buffer[0..<min(bytes.count, 1 << 16)]), name: name)
      return try load(
        base: base, count: bytes.count, name: name, options: options, chunkSize: chunkSize,
        parallel: parallel,
        control: LoadControl(), release: { _, _ in })
    }
  }

  /// Loads `count` bytes at `base` (a whole input in memory).
  static func load(
    base: UnsafePointer<UInt8>, count: Int, name: String, options: SourceOptions, chunkSize: Int,
    parallel: Bool,
    control: LoadControl, release: @escaping @Sendable (Int, Int) -> Void
  ) throws -> Table {
    let bytes = UnsafeBufferPointer(start: base, count: count)
    let start = InputChecks.byteOrderMarkLength(base, count)
    guard
      let layout = try CSVLayout.detect(
        bytes, start: start, name: name, options: options)
    else {
      let empty = Table(name: name, columns: [])
      control.send(empty, LoadProgress(bytesRead: count, totalBytes: count, rows: 0, finished: true))
      return empty
    }
    let input = ChunkInput(
      base: base, limit: count, isFinal: true, delimiter: layout.delimiter,
      columnCount: layout.columnNames.count)
    let load = MappedLoad(
      input: input, name: name, layout: layout, chunkSize: max(1, chunkSize), parallel: parallel,
      control: control,
      release: release)
    return try load.run()
  }
}
