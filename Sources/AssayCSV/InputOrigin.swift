import AssayCore

/// How a source's bytes are reached: a file mapped into memory, or a stream read front to back
/// (a gzip file, a named pipe, standard input, an object in a store).
package enum InputOrigin: Sendable {
  /// A regular file, read by mapping it.
  case file(String)
  /// A gzip-compressed file, decompressed as it is read.
  case gzip(String)
  /// A named pipe, read once.
  case pipe(String)
  /// Standard input.
  case standardInput
  /// Bytes from a stream made when the load starts (an object in a store), and their count when known.
  case stream(@Sendable () throws -> any ByteStream, totalBytes: Int?)

  /// The origin of a local locator (`-` for standard input), checked to be a readable file.
  package static func local(_ locator: String) throws -> InputOrigin {
    if locator == "-" { return .standardInput }
    try InputChecks.checkFile(path: locator, name: locator)
    if PipeStream.isPipe(path: locator) { return .pipe(locator) }
    return locator.lowercased().hasSuffix(".gz") ? .gzip(locator) : .file(locator)
  }

  /// The bytes as a stream, with their count when known (a file is usually mapped instead).
  /// Errors name `name`.
  package func stream(name: String) throws -> (bytes: any ByteStream, totalBytes: Int?) {
    switch self {
    case .file(let path): return (try PipeStream(path: path, name: name), nil)
    case .standardInput: return (DescriptorStream(descriptor: 0, name: name), nil)
    case .stream(let open, let totalBytes): return (try open(), totalBytes)
    case .pipe(let path): return (try PipeStream(path: path, name: name), nil)
    case .gzip(let path):
      #if canImport(CIsal)
        if try FastGzipStream.isGzip(path: path, name: name) {
          return (try FastGzipStream(path: path, name: name), nil)
        }
      #endif
      return (try GzipStream(path: path, name: name), nil)
    }
  }
}
