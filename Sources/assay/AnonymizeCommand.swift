import ArgumentParser
import AssayCore
import AssayPrivacy
import AssayUI
import Foundation

/// How `assay anonymize` reports what it did, on standard error.
enum AnonymizeReportFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}

/// `assay anonymize`: a table with per-column actions applied (drop, mask, hash, generalize, shift
/// dates, top-code), its k-anonymity and l-diversity, and the rows of small classes suppressed.
struct AnonymizeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "anonymize",
    abstract: "Write a table with columns dropped, masked, hashed, generalized, date-shifted or top-coded.",
    discussion: """
      Without an action, prints the actions proposed from the personal data found (assay pii);
      --auto applies them. The report of what was done goes to standard error. --hash (and
      --shift-dates with --key-column) take a secret key from ASSAY_ANON_KEY, or ask for it on the
      terminal; it is never written anywhere.

      Examples:
        assay anonymize customers.csv
        assay anonymize customers.csv --auto -o safe.parquet
        assay anonymize visits.csv --hash patient_id --generalize age=10 --generalize visit=month \\
          --quasi age,zip --sensitive diagnosis --k 5 -o safe.csv
      """)

  @OptionGroup var source: SourceArguments
  @OptionGroup var actions: AnonymizeArguments
  @OptionGroup var output: OutputArguments

  @Flag(help: "Apply the actions proposed from the personal data found (options given override them).")
  var auto = false

  @Option(help: "The report on standard error: text or json.")
  var report: AnonymizeReportFormat = .text

  func run() async throws {
    try await reportingFailures {
      var request = try actions.request()
      let destination = try TableDestination(path: output.output)
      let table = try await source.loadTable()
      if actions.isEmpty && !auto {
        let proposal = AnonymizationProposal(PiiDetector.findings(in: table)).text(source: table.name)
        // Only a proposal: it is printed, and nothing is written, to `-o` least of all.
        return try StandardOutput.write(SafeText.visibleKeepingLayout(proposal))
      }
      if auto {
        let given = Set(request.steps.map(\.column))
        let proposed = AnonymizationProposal(PiiDetector.findings(in: table)).steps
        request.steps += proposed.filter { !given.contains($0.column) }
      }
      // A mistake in the options is told before the key is asked for.
      try AnonymizationChecks.validate(request, for: table)
      if request.needsKey { request.key = try KeyPrompt.key() }
      let (result, done) = try Anonymizer.apply(request, to: table)
      try destination.write(result)
      FileHandle.standardError.write(
        Data(SafeText.visibleKeepingLayout(report == .json ? done.json : done.text).utf8))
    }
  }
}
