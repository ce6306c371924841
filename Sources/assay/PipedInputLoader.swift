import AssayCSV
import AssayCore
import AssayJSON

/// Opens what is read as a stream whose name does not say what it holds: standard input (`-`),
/// named pipes, and gzip files not named for their content (`data.gz`, a `.csv` that is gzip). Its
/// first bytes tell: gzip is decompressed, and JSON (first `{` or `[`) is read as JSON Lines or a
/// document, anything else as CSV/TSV; `-O format=` decides instead.
struct PipedInputLoader: SourceLoader {
  /// Standard input, gzip data by its signature, and the CSV and JSON loaders' options.
  var declaration: LoaderDescription {
    let csv = CSVLoader().declaration.options
    let json = JSONLoader.options.filter { option in !csv.contains { $0.name == option.name } }
    return LoaderDescription(
      name: "piped or gzipped CSV/TSV/JSON", signatures: [.gzip], standardInput: true, options: csv + json)
  }

  /// A source that tells the format when it loads, so that opening waits for no byte; an
  /// `AssayError` for a `format` it does not read.
  func open(_ request: SourceRequest) throws -> OpenedSource {
    let name = request.locator.displayName
    var format: PipedInput.Format?
    if let text = request.options.named["format"] {
      guard let named = PipedInput.Format(option: text) else {
        throw AssayError(
          message: "\(name): format=\(text) is not csv, tsv, json or jsonl", hint: "e.g. -O format=jsonl")
      }
      format = named
    } else if let named = JSONFormat(name: request.locator.path) {
      format = .json(named)
    }
    return .table(PipedInput(path: request.locator.path, format: format, options: request.options))
  }
}
