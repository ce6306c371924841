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
      near-unique text is generated in its shape (length, character classes) and not learned. A
      drawn row equal to a real row is drawn again. --report compares the result with the real
      rows (on standard output, or on standard error when the rows go there).

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
  var compression: ParquetWriter.Compression = .snappy

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
  }

  func run() async throws {
    try await reportingFailures {
      let seed = self.seed ?? UInt64.random(in: 0...UInt64.max)
      let destination = try TableDestination(path: output, compression: compression)
      guard let spec else {
        let real = try await source.loadTable()
        let model = try SynthesisModel.fit(real)
        try model.checkSequences(rows: rows ?? real.rowCount)
        let synthetic = model.sample(rows: rows ?? real.rowCount, seed: seed)
        try destination.write(synthetic)
        if let report {
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
      try destination.write(model.sample(rows: rows ?? 0, seed: seed))
    }
  }

  /// Writes the report on standard output, or on standard error when the rows went to standard output.
  private func emit(
    report: ReportFormat, real: Table, synthetic: Table, model: SynthesisModel, seed: UInt64,
    toStandardError: Bool
  ) throws {
    let fidelity = FidelityReport.compare(
      real: real, synthetic: synthetic, generated: model.generatedColumnNames, seed: seed)
    let text = report == .json ? fidelity.json : fidelity.text
    if toStandardError {
      FileHandle.standardError.write(Data(text.utf8))
    } else {
      try StandardOutput.write(text)
    }
  }

  /// The arguments with `text` after a `--report` that is not followed by a format, so that a bare
  /// `--report` asks for the text report.
  static func reportDefaulted(_ arguments: [String]) -> [String] {
    guard arguments.first == "synth" else { return arguments }
    var out: [String] = []
    for (index, argument) in arguments.enumerated() {
      out.append(argument)
      let next = index + 1 < arguments.count ? arguments[index + 1] : nil
      if argument == "--report" && !ReportFormat.allCases.map(\.rawValue).contains(next ?? "") {
        out.append(ReportFormat.text.rawValue)
      }
    }
    return out
  }
}
