import AssayCSV
import AssayCore

/// Opens JSON documents (`.json`) and JSON Lines (`.jsonl`, `.ndjson`), gzipped too, and stdin
/// (`-`) with `-O format=jsonl` or `format=json`.
public struct JSONLoader: SourceLoader {
  /// A loader.
  public init() {}

  /// `.json`, `.jsonl` and `.ndjson` names (gzipped too), and the `format` option.
  public var declaration: LoaderDescription {
    LoaderDescription(
      name: "JSON/JSONL",
      extensions: [".json", ".jsonl", ".ndjson", ".json.gz", ".jsonl.gz", ".ndjson.gz"],
      options: Self.options)
  }

  /// The options JSON input takes, wherever it comes from.
  public static let options = [
    LoaderOption("format", help: "json or jsonl (ndjson): how to read input whose name does not say, e.g. -"),
    LoaderOption("columns", help: "a,b,...: load only these columns (dotted names for nested keys)"),
    .shownZone,
  ]

  /// `options` with the columns a `columns` option names to load, where the command asks for no
  /// columns of its own (it loads only those it uses).
  public static func resolvingColumns(_ options: SourceOptions) -> SourceOptions {
    guard options.columns == nil, let listed = options.named["columns"] else { return options }
    var resolved = options
    resolved.columns = listed.split(separator: ",").map(String.init)
    return resolved
  }

  /// Opens the request's locator in the format its `format` option or its name says (else JSON Lines).
  public func open(_ request: SourceRequest) throws -> OpenedSource {
    let format: JSONFormat
    if let text = request.options.named["format"] {
      guard let named = JSONFormat(option: text) else {
        throw AssayError(
          message: "\(request.locator.displayName): format=\(text) is not json or jsonl",
          hint: "e.g. -O format=jsonl")
      }
      format = named
    } else {
      format = JSONFormat(name: request.locator.path) ?? .lines
    }
    return .table(
      try JSONSource(
        locator: request.locator.path, format: format, options: Self.resolvingColumns(request.options)))
  }
}
