import AssayCore
import AssayPrivacy

/// The columns synthesis must not sample: those `assay pii` finds (`PiiDetector`) to hold direct
/// identifiers or contact details (e-mails, phone numbers, IBANs, cards, national numbers, IP
/// addresses, person names). Learned as categories, their real values would come out verbatim, with
/// their real pairings; they are generated in their shape instead. A date of birth is learned like
/// any date (drawn between real dates).
enum PersonalData {
  /// The most rows, evenly spread, whose cells decide a column's kind.
  static let sampleRows = 20_000

  /// Each column's kind of personal data to generate (its `PiiKind` name), nil for the others.
  static func kinds(in table: Table) -> [String?] {
    let stride = Swift.max(1, table.rowCount / sampleRows)
    let sample =
      stride == 1
      ? table : table.gathering(rows: Array(Swift.stride(from: 0, to: table.rowCount, by: stride)))
    return PiiDetector.findings(in: sample).map { finding in
      guard let kind = finding.kind, kind != .birthDate else { return nil }
      return kind.rawValue
    }
  }
}
