import ArgumentParser
import AssayCore
import AssayPrivacy

/// `assay pii`: the kind of personal data each column holds, and the share of its cells that match.
struct PiiCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pii",
    abstract:
      "Print each column's kind of personal data (email, phone, IBAN, card, ...) and the share of cells matching.",
    discussion: """
      Kinds: email, phone, iban (mod-97 checked), card (Luhn), ipv4, ipv6, ssn (US), nino (UK),
      bsn (Dutch, 11-check), nir (French, key checked), date-of-birth and person-name (by column
      name and the cells' shape). A column is of a kind when at least half its non-null cells are.

      Examples:
        assay pii customers.csv
        assay pii customers.parquet --format json
      """)

  @OptionGroup var source: SourceArguments
  @OptionGroup var output: OutputArguments

  @Option(help: "Output format: text (an aligned table), csv, tsv, json or jsonl.")
  var format: SheetFormat = .text

  func run() async throws {
    try await reportingFailures {
      let table = try await source.loadTable()
      try output.emitSheet(
        PiiSheet.table(PiiDetector.findings(in: table), name: "pii \(table.name)"), format: format)
    }
  }
}
