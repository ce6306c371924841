import ArgumentParser
import AssayCore
import AssayParquet
import AssaySynth
import AssayUI
import Foundation

/// `assay synth`: a synthetic twin of a table (a Gaussian-copula model fitted on it), or rows
/// drawn from a declared spec, written in any format Assay writes, with an optional fidelity and
/// privacy report.
struct SynthCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "synth",
    abstract: "Generate synthetic rows from a model of a table, or from a spec of distributions.",
    discussion: """
      The model keeps each column's distribution (quantiles of numbers, frequencies of categories,
      null rates, dates and times in their granularity) and the rank correlations between columns;
      near-unique text and personal data (as assay pii finds it) are generated in their shape
      (length, character classes) and not learned. A source needs 10 rows or more. A drawn row
      equal to a real row is drawn again; rows that still are are counted on standard error.
      Rows for standard output, .csv, .tsv and .jsonl are written as they are drawn. --report
      compares the result with the real rows (on standard output, or on standard error when the
      rows go there).

      Examples:
        assay synth sampledata/penguins.csv -n 1000 -o twin.csv --seed 7
        assay synth sampledata/penguins.csv -n 500 --where "species == 'Adelie'" --report
        assay synth sales.parquet -n 1000000 -o twin.parquet --report json
        assay synth --spec customers.json -n 10000 -o customers.jsonl
      """)

  @OptionGroup var source: SourceArguments

  // `.unconditional`: `-n -5` is refused as a count, not read as a missing value.
  @Option(
    name: [.customShort("n"), .customLong("rows")], parsing: .unconditional,
    help: "Rows to generate (default: as many as the source has).")
  var rows: Int?

  @Option(
    name: [.customShort("o"), .customLong("output")],
    help: "The file to write (.csv, .tsv, .json, .jsonl, .parquet); - or none: CSV on standard output.")
  var output: String?

  @Option(help: "The random seed: the same seed gives the same rows (default: a random one).")
  var seed: UInt64?

  @Option(help: "Generate from this JSON spec of columns and correlations instead of a source.")
  var spec: String?

  @Option(help: "Compare the synthetic rows with the real ones: text (the default) or json.")
  var report: ReportFormat?

  @Option(help: "With a .parquet output: the pages' compression, snappy (default), zstd or none.")
  var compression: ParquetWriter.Compression?

  /// How the report is written.
  enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  func validate() throws {
    if let rows, rows < 0 { throw ValidationError("-n takes a number of rows, 0 or more") }
    if rows == 0 && report != nil { throw ValidationError("--report compares rows: give -n 1 or more") }
    if spec != nil && source.source != "-" { throw ValidationError("give a source or --spec, not both") }
    if spec != nil && rows == nil { throw ValidationError("--spec needs -n, the number of rows to generate") }
    if spec != nil && report != nil {
      throw ValidationError("--report compares with a real source; a spec has none")
    }
    if spec != nil, let flag = source.givenOptions.first {
      throw ValidationError("\(flag) reads a source; it does not apply to --spec")
    }
    if compression != nil && output.flatMap(ExportRequest.format(forPath:)) != .parquet {
      throw ValidationError("--compression applies to a .parquet output (-o FILE.parquet) only")
    }
  }

  func run() async throws {
    try await reportingFailures {
      let seed = self.seed ?? UInt64.random(in: 0...UInt64.max)
      let destination = try TableDestination(path: output, compression: compression ?? .snappy)
      guard let spec else {
        let real = try await loadRealRows()
        let model = try SynthesisModel.fit(real)
        let count = rows ?? real.rowCount
        try model.checkSequences(rows: count)
        let drawn = try SynthesisDraw(model: model, rows: count, seed: seed, keepsRows: report != nil)
          .write(to: destination)
        if drawn.copies > 0 { warnOfCopies(drawn.copies, of: count, source: real.name) }
        if let report, let synthetic = drawn.table {
          try emit(
            report: report, real: real, synthetic: synthetic, model: model, seed: seed,
            toStandardError: destination.isStandardOutput)
        }
        return
      }
      let data: Data
      do {
        data = try Data(contentsOf: URL(fileURLWithPath: spec))
      } catch {
        throw AssayError(message: "\(spec): cannot read the spec", hint: "check the path")
      }
      let model = try SynthesisSpec.model(json: data, source: spec)
      try model.checkSequences(rows: rows ?? 0)
      _ = try SynthesisDraw(model: model, rows: rows ?? 0, seed: seed, keepsRows: false).write(
        to: destination)
    }
  }

  /// The source's rows, refused in one line when there are fewer than `SynthesisModel.fewestRows`,
  /// the loader's warnings (an empty file, short rows) folded into it.
  private func loadRealRows() async throws -> Table {
    let loaded = try await source.loadSource(printingWarnings: false)
    try SynthesisModel.checkTrainingRows(
      loaded.table.rowCount,
      source: loaded.warnings.isEmpty ? loaded.table.name : loaded.warnings.joined(separator: "; "))
    LoadedSource.print(loaded.warnings)
    return loaded.table
  }

  /// One line on standard error when some synthetic rows equal a real row in every cell: how many,
  /// and why (the model could draw little else).
  private func warnOfCopies(_ copies: Int, of rows: Int, source: String) {
    let line =
      "assay: \(source): \(NumberFormatting.grouped(copies)) of \(NumberFormatting.counted(rows, "synthetic row")) "
      + "\(copies == 1 ? "copies" : "copy") a real row exactly, each drawn again \(SynthesisModel.redraws) times: "
      + "its columns' values allow few other rows\n"
    FileHandle.standardError.write(Data(line.utf8))
  }

  /// Writes the report on standard output, or on standard error when the rows went to standard output.
  private func emit(
    report: ReportFormat, real: Table, synthetic: Table, model: SynthesisModel, seed: UInt64,
    toStandardError: Bool
  ) throws {
    let fidelity = FidelityReport.compare(
      real: real, synthetic: synthetic, generated: model.generatedColumns, seed: seed)
    let text = report == .json ? fidelity.json : fidelity.text
    if toStandardError {
      FileHandle.standardError.write(Data(text.utf8))
    } else {
      try StandardOutput.write(text)
    }
  }

  /// The arguments with `text` after a `--report` that is not followed by a format, so that a bare
  /// `--report` asks for the text report (`--report data.csv` reads data.csv).
  static func reportDefaulted(_ arguments: [String]) -> [String] {
    guard arguments.first == "synth" else { return arguments }
    var out: [String] = []
    for (index, argument) in arguments.enumerated() {
      out.append(argument)
      let next = index + 1 < arguments.count ? arguments[index + 1] : nil
      if argument == "--report" && !isReportFormat(next) { out.append(ReportFormat.text.rawValue) }
    }
    return out
  }

  /// True when the word after `--report` is meant as its format: a format, or any other bare word
  /// (letters only) that names no file, which the parser then refuses as a format, where a source
  /// (a path, a URL, `-`, a file) or an option takes the default.
  private static func isReportFormat(_ word: String?) -> Bool {
    guard let word else { return false }
    if ReportFormat(rawValue: word) != nil { return true }
    return word.allSatisfy(\.isLetter) && !word.isEmpty && !FileManager.default.fileExists(atPath: word)
  }
}
