import AssayCore
import Foundation

/// Opens CSV and TSV sources: files (`.csv`, `.tsv`, `.txt`, any other text file), gzipped files
/// (`.gz`) and stdin (`-`).
public struct CSVLoader: SourceLoader {
  /// A loader.
  public init() {}

  /// `-`, CSV/TSV/text names (gzipped too), gzip data, and any other regular file (checked to be text).
  public var declaration: LoaderDescription {
    LoaderDescription(
      name: "CSV/TSV", extensions: [".csv", ".tsv", ".tab", ".txt", ".csv.gz", ".tsv.gz", ".gz"],
      standardInput: true, anyFile: true,
      options: [
        LoaderOption("delimiter", help: "one character, or tab (default: detected)"),
        LoaderOption(
          "header", help: "yes or no: whether the first row names the columns (default: detected)"),
        LoaderOption("dayfirst", help: "yes: read dates like 01/02/2024 day first when no value decides"),
        LoaderOption(
          "date-format", help: "COLUMN=FORMAT (strftime: %Y %m %d %H %M %S %f %z %b ...), ';' between"),
        LoaderOption(
          "epoch",
          help:
            "COLUMN or COLUMN=ms: numbers as Unix seconds or milliseconds (a fraction to the µs), ';' between"
        ),
        .shownZone,
        LoaderOption(
          "strict",
          help: "yes: refuse rows whose field count differs from the header's (default: repair them)"),
        LoaderOption("comment", help: "a marker (#): skip lines starting with it; none: propose no marker"),
        LoaderOption("skip", help: "N: skip the first N lines (default: a preamble is detected)"),
        LoaderOption("header-row", help: "N: the header is on line N; the lines above are skipped"),
        LoaderOption("quote", help: "the character that quotes fields (default \")"),
        LoaderOption("escape", help: "the character that makes the next one literal inside quotes (e.g. \\)"),
        LoaderOption(
          "decimal", help: ", or .: numbers' decimal mark (default: a comma found in a ;-delimited file)"),
        LoaderOption(
          "null", help: "TEXT,TEXT: the texts read as null (default NA,N/A,NaN,nan,null,NULL,None,-)"),
        LoaderOption(
          "encoding", help: "latin1, utf16le or utf16be: convert a file from it (UTF-16 with a BOM is found)"),
      ])
  }

  /// Opens the request's locator with its `delimiter` and `header` options applied.
  public func open(_ request: SourceRequest) throws -> OpenedSource {
    let options = try request.options.resolvingDelimiterAndHeader(for: request.locator.displayName)
    return .table(try open(request.locator.path, options: options))
  }

  /// Opens the source after checking that it exists, is readable and looks like text; the rows are
  /// read by the source's `load()`.
  public func open(_ locator: String, options: SourceOptions) throws -> any TableSource {
    try CSVSource(locator: locator, options: options)
  }
}

/// A CSV/TSV source: a file, a gzipped file, a named pipe or stdin.
public struct CSVSource: TableSource {
  /// The locator as given.
  public let displayName: String
  let origin: InputOrigin
  let options: SourceOptions
  /// Nominal bytes per parsed chunk.
  var chunkSize = 4 << 20
  /// The file's encoding: anything but UTF-8 is converted before it is parsed.
  var encoding = TextEncoding.utf8

  /// A source for `locator`, checked as `CSVLoader.open` describes.
  public init(locator: String, options: SourceOptions = SourceOptions()) throws {
    displayName = locator
    self.options = options
    origin = try InputOrigin.local(locator)
    switch origin {
    case .gzip(let path):
      let stream = try GzipStream(path: path, name: locator)
      var head = [UInt8](repeating: 0, count: 1 << 16)
      let got = try head.withUnsafeMutableBufferPointer { buffer in
        try stream.read(into: buffer.baseAddress.unsafelyUnwrapped, capacity: buffer.count)
      }
      try head.withUnsafeBufferPointer {
        try InputChecks.checkText(UnsafeBufferPointer(rebasing: $0[0..<got]), name: locator)
      }
    case .file(let path):
      let file = try MappedFile(path: path, name: locator)
      let given = try TextEncoding.named(in: options, source: locator)
      encoding = try file.reading {
        let head = UnsafeBufferPointer(start: file.base, count: min(file.count, 1 << 16))
        let found = given ?? TextEncoding.sniffed(head) ?? .utf8
        if found == .utf8 { try InputChecks.checkText(head, name: locator) }
        return found
      }
    case .pipe, .standardInput, .stream: break
    }
    if case .file = origin {
    } else if let given = try TextEncoding.named(in: options, source: locator), given != .utf8 {
      throw AssayError(
        message: "\(locator): encoding=\(options.named["encoding"] ?? "") is read from a plain file only",
        hint: "save the data to a file and open that")
    }
  }

  /// A source whose bytes come from the stream `open` makes when the load starts (an object in a
  /// store), `totalBytes` long when known; named `name` for people and in errors.
  public init(
    name: String, totalBytes: Int?, options: SourceOptions = SourceOptions(),
    open: @escaping @Sendable () throws -> any ByteStream
  ) {
    displayName = name
    self.options = options
    origin = .stream(open, totalBytes: totalBytes)
  }

  /// A source whose bytes come as a stream `open` makes (standard input, an object in a store),
  /// with its `delimiter` and `header` options applied; an `AssayError` for an `encoding` other than
  /// UTF-8, which is converted from a plain file only.
  public static func streamed(
    name: String, totalBytes: Int?, options: SourceOptions,
    open: @escaping @Sendable () throws -> any ByteStream
  ) throws -> CSVSource {
    if let encoding = options.named["encoding"], !["utf8", "utf-8"].contains(encoding.lowercased()) {
      throw AssayError(
        message: "\(name): encoding=\(encoding) is read from a plain file only",
        hint: "save the data to a file and open that")
    }
    return CSVSource(
      name: name, totalBytes: totalBytes, options: try options.resolvingDelimiterAndHeader(for: name),
      open: open)
  }

  /// Loads on a background thread, yielding a first snapshot after the first rows and then
  /// growing ones about every 100 ms; the last has `finished == true`. Cancelling the consuming
  /// task stops the parse.
  public func load() -> AsyncThrowingStream<LoadUpdate, Error> {
    let source = self
    return LoadControl.updates { control in _ = try source.run(control: control) }
  }

  /// Loads synchronously on the calling thread.
  func run(control: LoadControl, parallel: Bool = true) throws -> Table {
    guard case .file(let path) = origin else {
      let opened = try origin.stream(name: displayName)
      return try streamed(opened.bytes, control: control, totalBytes: opened.totalBytes)
    }
    let file = try MappedFile(path: path, name: displayName)
    if encoding != .utf8 {
      let converted = try file.reading {
        encoding.utf8(UnsafeBufferPointer(start: file.base, count: file.count))
      }
      return try converted.withUnsafeBufferPointer { buffer in
        try CSVReader.load(
          base: buffer.baseAddress ?? file.base, count: buffer.count, name: displayName, options: options,
          chunkSize: chunkSize, parallel: parallel, control: control, release: { _, _ in },
          notes: options.named["encoding"] == nil ? ["read as \(encoding.name) and converted to UTF-8"] : [])
      }
    }
    return try file.reading {
      try CSVReader.load(
        base: file.base, count: file.count, name: displayName, options: options, chunkSize: chunkSize,
        parallel: parallel, control: control, release: file.release)
    }
  }

  private func streamed<Stream: ByteStream>(_ stream: Stream, control: LoadControl, totalBytes: Int? = nil)
    throws
    -> Table
  {
    try StreamLoad(
      stream: stream, name: displayName, options: options, chunkSize: chunkSize, control: control,
      totalBytes: totalBytes
    )
    .run()
  }
}
