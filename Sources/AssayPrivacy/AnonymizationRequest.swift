import AssayCore
import Foundation

/// One column's action in an anonymization.
public struct ColumnStep: Sendable, Equatable {
  /// The column's name.
  public var column: String
  /// What is done to it.
  public var action: ColumnAction

  /// A step.
  public init(column: String, action: ColumnAction) {
    self.column = column
    self.action = action
  }
}

/// What `assay anonymize` is asked to do: per-column actions, the secret key they may need, and
/// the k-anonymity check and suppression.
public struct AnonymizationRequest: Sendable {
  /// The actions, one per column at most.
  public var steps: [ColumnStep] = []
  /// The secret key of `--hash` and of keyed date shifts.
  public var key: AnonymizationKey?
  /// The column whose value keys each row's date shift (`--key-column`); nil: a shift per row.
  public var keyColumn: String?
  /// The largest date shift in days (`--max-shift-days`).
  public var maxShiftDays = 30
  /// The seed of unkeyed date shifts.
  public var seed: UInt64 = 0
  /// The quasi-identifier columns k-anonymity is computed over (`--quasi`).
  public var quasi: [String] = []
  /// The sensitive column l-diversity counts (`--sensitive`).
  public var sensitive: String?
  /// Suppress the rows of classes smaller than this (`--k`).
  public var k: Int?

  /// An empty request.
  public init() {}

  /// The columns of a `--quasi a,b,c` list (spaces around a name trimmed); an `AssayError` when
  /// a name is empty, the whole list included.
  public static func quasiColumns(_ list: String) throws -> [String] {
    let names = list.split(separator: ",", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    guard !names.contains("") else {
      throw AssayError(
        message: "--quasi '\(list)': a column name is empty",
        hint: "name the quasi-identifiers split by commas: --quasi a,b,c")
    }
    return names
  }

  /// True when some step needs the secret key: a hash, or a date shift keyed by a column.
  public var needsKey: Bool {
    steps.contains { $0.action.needsKey || ($0.action == .shiftDates && keyColumn != nil) }
  }
}
