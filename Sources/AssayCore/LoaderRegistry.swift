import Foundation

/// Opens sources of one kind (CSV files, SQLite databases, S3 objects, folders, ...).
public protocol SourceLoader: Sendable {
  /// What it opens and which options it takes; the registry matches locators against it.
  var declaration: LoaderDescription { get }
  /// Opens the source; errors are `AssayError`s that name the locator.
  func open(_ request: SourceRequest) throws -> OpenedSource
  /// Whether this loader opens the local folder at `path` as one table (a folder of Parquet files);
  /// such a folder is not listed when opened, only by `assay ls`.
  func opensFolder(atPath path: String) -> Bool
}

extension SourceLoader {
  /// No folder opens as one table unless a loader says so.
  public func opensFolder(atPath path: String) -> Bool { false }
}

/// What a loader is asked to open: the locator, the options (with the locator's query merged in
/// and checked against the loader's declaration), and the registry, for collections whose
/// entries open further sources.
public struct SourceRequest: Sendable {
  /// The locator, taken apart.
  public let locator: SourceLocator
  /// The options.
  public let options: SourceOptions
  /// The registry that chose the loader.
  public let registry: LoaderRegistry

  /// A request.
  public init(locator: SourceLocator, options: SourceOptions, registry: LoaderRegistry) {
    self.locator = locator
    self.options = options
    self.registry = registry
  }
}

/// Picks the loader for a source locator (`data.csv`, `-`, `./data/`, `sqlite:x.db`, `s3://...`):
/// by scheme, then for a local file by its first bytes (signature), then by its name's extension.
/// A file whose signature names a format no loader reads is refused, whatever its name.
public struct LoaderRegistry: Sendable {
  /// The loaders, asked in order.
  public let loaders: [any SourceLoader]

  /// A registry asking these loaders in order.
  public init(loaders: [any SourceLoader]) { self.loaders = loaders }

  /// What this registry reads, for messages: `CSV/TSV (.csv .tsv, -), folders`.
  public var summary: String { loaders.map(\.declaration.summary).joined(separator: ", ") }

  /// Opens a locator with the loader `loader(for:)` picks, or for a local file with a `format`
  /// option (`-O format=jsonl`, for a name that does not tell), the loader that reads names ending
  /// `.jsonl` (standard input and named pipes go to the loader that streams them, which takes it);
  /// the locator's query options and the `named` options must be `format` or ones that loader
  /// declares (the named ones win over the query's). With `listing`, a
  /// folder opens as the collection of its entries even where a loader would open it as one table
  /// (`assay ls` of a folder of Parquet files).
  public func open(_ text: String, options: SourceOptions = SourceOptions(), listing: Bool = false) throws
    -> OpenedSource
  {
    let locator = SourceLocator(text)
    var options = options
    // Without options nothing is hashed: a dictionary's or set's first use looks conformances up.
    if !locator.query.isEmpty { options.named.merge(locator.query) { given, _ in given } }
    var format = locator.scheme == nil && !options.named.isEmpty ? options.named["format"] : nil
    // Standard input and named pipes go to the loader that streams them, which takes `format` itself.
    if format != nil, locator.path == "-" || Self.isPipe(locator.path) { format = nil }
    let loader =
      try format.map { try self.loader(forFormat: $0, of: locator) } ?? loader(for: locator, listing: listing)
    try loader.declaration.checkNames(of: options, for: locator.displayName)
    return try loader.open(SourceRequest(locator: locator, options: options, registry: self))
  }

  /// The loader for a locator; an `AssayError` that says what the source is and what this registry
  /// reads when none fits.
  public func loader(for locator: SourceLocator, listing: Bool = false) throws -> any SourceLoader {
    func first(_ what: String, _ accepts: (LoaderDescription) -> Bool) throws -> any SourceLoader {
      guard let loader = loaders.first(where: { accepts($0.declaration) }) else {
        throw AssayError(message: "\(locator.displayName): \(what); this build reads: \(summary)")
      }
      return loader
    }
    if let scheme = locator.scheme { return try first("\(scheme) source") { $0.schemes.contains(scheme) } }
    if locator.path == "-" { return try first("standard input") { $0.standardInput } }
    let path = locator.path
    var status = stat()
    guard stat(path, &status) == 0 else {
      if let loader = byExtension(path) { return loader }  // it reports the missing file its own way
      throw AssayError(message: "\(path): no such file or folder", hint: "check the path")
    }
    switch status.st_mode & S_IFMT {
    case S_IFDIR:
      if !listing, let loader = loaders.first(where: { $0.opensFolder(atPath: path) }) { return loader }
      return try first("a folder") { $0.folders }
    case S_IFREG: break
    // A named pipe is read once, as a stream, by the loader that streams standard input; its
    // first bytes are never read ahead to tell what it is.
    case S_IFIFO: return try first("a FIFO (named pipe)") { $0.standardInput }
    default:
      var note: String?
      let kind = FolderWalk.kind(
        of: status, named: path, classifiedAs: path, in: AT_FDCWD, sniffAll: false, note: &note)
      return try first(kind.description) { _ in false }
    }
    let leading = FolderWalk.leadingBytes(of: path, in: AT_FDCWD)
    let signature = leading.flatMap(FileSignature.of)
    // A signature of a few printable letters (`ORC`, `ID3`) is also how text can begin (a CSV
    // header `ORCID,…`): where the name says what the file is and the first bytes are all text,
    // the name wins over such a signature.
    let looksLikeText = leading?.allSatisfy { (0x20...0x7E).contains($0) || [0x09, 0x0A, 0x0D].contains($0) }
    // A gzip file whose name says what it holds (`.csv.gz`, `.jsonl.gz`) is read by that name's
    // loader, which decompresses it itself.
    if signature == .gzip, path.lowercased().hasSuffix(".gz"), let loader = byExtension(path, beyond: ".gz") {
      return loader
    }
    if let signature, !(signature.isPrintable && looksLikeText == true && byExtension(path) != nil) {
      if let loader = loaders.first(where: { $0.declaration.signatures.contains(signature) }) {
        return loader
      }
      if signature.kind != nil { return try first(signature.description) { _ in false } }
    }
    if let loader = byExtension(path) { return loader }
    return try first(signature?.description ?? "a file of a kind no loader names") { $0.anyFile }
  }

  /// The loader that reads names ending `.format`.
  private func loader(forFormat format: String, of locator: SourceLocator) throws -> any SourceLoader {
    let ending = "." + format.lowercased()
    guard let loader = loaders.first(where: { $0.declaration.extensions.contains(ending) }) else {
      let formats = loaders.flatMap(\.declaration.extensions).map { $0.dropFirst() }
      throw AssayError(
        message: "\(locator.displayName): no loader reads format=\(format)",
        hint: "formats: " + formats.joined(separator: ", "))
    }
    return loader
  }

  /// The loader with the longest extension that ends `path`, if any; with `beyond`, only one
  /// whose extension is longer than that ending (`.csv.gz`, not `.gz`).
  private func byExtension(_ path: String, beyond ending: String = "") -> (any SourceLoader)? {
    let name = path.lowercased()
    let matches = loaders.compactMap { loader in
      loader.declaration.extensions.filter { name.hasSuffix($0) }.map(\.count).max().map { (loader, $0) }
    }
    return matches.filter { $0.1 > ending.count }.max { $0.1 < $1.1 }?.0
  }

  /// True when `path` is a named pipe.
  private static func isPipe(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO
  }
}
