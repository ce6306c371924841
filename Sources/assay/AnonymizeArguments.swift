import ArgumentParser
import AssayCore
import AssayPrivacy
import Foundation

/// The per-column actions and privacy options of `assay anonymize`, read into an
/// `AnonymizationRequest`.
struct AnonymizeArguments: ParsableArguments {
  @Option(help: ArgumentHelp("Leave a column out (repeatable).", valueName: "column"))
  var drop: [String] = []

  @Option(
    help: ArgumentHelp("Hide a column's cells, keeping their shape: j***@e******.com.", valueName: "column"))
  var mask: [String] = []

  @Option(
    help: ArgumentHelp(
      "Replace a column's cells by keyed HMAC-SHA256 tokens (key: ASSAY_ANON_KEY, or asked on the terminal).",
      valueName: "column"))
  var hash: [String] = []

  @Option(
    help: ArgumentHelp(
      "Bin a number column (age=10 writes 30-39) or cut a date/timestamp to year, month, day or hour.",
      valueName: "column=width|year|month|day|hour"))
  var generalize: [String] = []

  @Option(
    help: ArgumentHelp(
      "Move a date/timestamp column by 1 to --max-shift-days days, the same for all of a row's shifted dates.",
      valueName: "column"))
  var shiftDates: [String] = []

  @Option(
    help: ArgumentHelp(
      "Shift the dates of all rows with the same value here alike (keyed; a null by its row).",
      valueName: "column"))
  var keyColumn: String?

  // `.unconditional`: a negative number is the value, to be refused as one, not a missing value.
  @Option(parsing: .unconditional, help: "The largest date shift, in days.")
  var maxShiftDays = 30

  @Option(help: "The seed of unkeyed date shifts (default: random).")
  var seed: UInt64?

  @Option(
    help: ArgumentHelp("Set a number column's values above its q-quantile to it.", valueName: "column=q"))
  var topCode: [String] = []

  @Option(help: ArgumentHelp("Quasi-identifier columns: report k-anonymity over them.", valueName: "a,b,c"))
  var quasi: String?

  @Option(
    help: ArgumentHelp(
      "A sensitive column: report l-diversity of it within the classes.", valueName: "column"))
  var sensitive: String?

  @Option(
    name: .customLong("k"), parsing: .unconditional,
    help: "Suppress the rows in classes of the --quasi columns smaller than this.")
  var k: Int?

  /// The request these options make (without the key).
  func request() throws -> AnonymizationRequest {
    var request = AnonymizationRequest()
    request.steps =
      drop.map { ColumnStep(column: $0, action: .drop) } + mask.map { ColumnStep(column: $0, action: .mask) }
      + hash.map { ColumnStep(column: $0, action: .hash) }
    for text in generalize {
      let (column, value) = try Self.pair(text, option: "--generalize", example: "age=10 or date=month")
      if let grain = TimeGrain(rawValue: value) {
        request.steps.append(ColumnStep(column: column, action: .generalizeTime(grain)))
      } else if let width = Double(value) {
        request.steps.append(ColumnStep(column: column, action: .generalizeBins(width)))
      } else {
        throw AssayError(
          message: "--generalize \(text): '\(value)' is neither a bin width nor year, month, day or hour",
          hint: "e.g. age=10 or date=month")
      }
    }
    request.steps += shiftDates.map { ColumnStep(column: $0, action: .shiftDates) }
    for text in topCode {
      let (column, value) = try Self.pair(text, option: "--top-code", example: "income=0.99")
      guard let q = Double(value) else {
        throw AssayError(
          message: "--top-code \(text): '\(value)' is not a quantile", hint: "e.g. income=0.99")
      }
      request.steps.append(ColumnStep(column: column, action: .topCode(q)))
    }
    request.keyColumn = keyColumn
    request.maxShiftDays = maxShiftDays
    request.seed = seed ?? UInt64.random(in: 0...UInt64.max)
    request.quasi = try quasi.map(AnonymizationRequest.quasiColumns) ?? []
    request.sensitive = sensitive
    request.k = k
    return request
  }

  /// A `column=value` option's two parts (split at the last `=`).
  private static func pair(_ text: String, option: String, example: String) throws -> (String, String) {
    guard let equals = text.lastIndex(of: "="), equals != text.startIndex else {
      throw AssayError(message: "\(option) \(text): expected column=value", hint: "e.g. \(example)")
    }
    return (String(text[..<equals]), String(text[text.index(after: equals)...]))
  }

  /// True when no action and no privacy option was given: then the command proposes actions.
  var isEmpty: Bool {
    drop.isEmpty && mask.isEmpty && hash.isEmpty && generalize.isEmpty && shiftDates.isEmpty
      && topCode.isEmpty
      && quasi == nil && sensitive == nil && k == nil && keyColumn == nil
  }
}
