import ArgumentParser
import AssayCore

/// `assay ls`: lists a folder (or any collection) with each entry's kind, size and modification
/// time, and sums its files by kind.
struct LsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ls",
    abstract:
      "List a folder (each entry's kind, size and modification time, and a summary by kind) or a database's tables.",
    discussion: """
      Kinds: folder, table, json, log, image, audio, video, document, archive, database, other (by a \
      file's first bytes, then its name), and link-loop, broken-link, unreadable, fifo, device, socket \
      for entries that are listed but never opened or followed. Links are listed with their target's \
      kind and not descended into. The summary counts regular files as find -type f does: files and \
      bytes, and the structured (table, json, database) against the unstructured (log, image, audio, \
      video, document) and the rest (archive, other).

      Formats: text prints the listing as an aligned table and the summary under it; json prints \
      {"summary": {...}, "entries": [...]}; csv, tsv and jsonl print the listing (with --summary, \
      the files and bytes of each kind).

      Examples:
        assay ls sampledata
        assay ls ~/data --recursive --all
        assay ls ~/data --recursive --summary
        assay ls ~/data -r --format json -o listing.json
        assay ls shop.db                       a database's tables and views, rows as its catalog says
        assay ls s3://lake/2024/ --recursive  a bucket's objects by kind (AWS_PROFILE, AWS_ENDPOINT_URL, --endpoint)
      """)

  @Argument(
    help:
      "The folder, database or bucket to list (default: the current folder): a path, sqlite:FILE, a database URL, or s3://BUCKET/PREFIX/."
  )
  var path: String = "."

  @Flag(name: .shortAndLong, help: "List the entries of subfolders too (never through links).")
  var recursive = false

  @Flag(name: .shortAndLong, help: "Include hidden entries (names starting with a dot).")
  var all = false

  @Flag(help: "Tell every file's kind by its first bytes, not by its name (an open and a read per file).")
  var sniff = false

  @Flag(help: "Print only the summary.")
  var summary = false

  @Option(help: "Output format: text (an aligned table and a summary), csv, tsv, json or jsonl.")
  var format: SheetFormat = .text

  @OptionGroup var output: OutputArguments

  @OptionGroup var store: StoreArguments

  /// What was asked, as a plain value.
  var request: LsRequest {
    var request = LsRequest()
    request.path = path
    request.scope = ListScope(recursive: recursive, hidden: all, sniffAll: sniff)
    request.summary = summary
    request.format = format
    request.output = output.plain
    store.apply(to: &request.options)
    return request
  }

  /// Runs the request where it is called (see `LsRequest.run`).
  nonisolated(nonsending) func run() async throws {
    try await request.run()
  }
}
