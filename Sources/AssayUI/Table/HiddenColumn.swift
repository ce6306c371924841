import AssayCore

/// A column `-` hid from a sheet, with what puts it back as it was: its width, how its doubles
/// were shown, and where it stood (next to the same column, even after pins moved the columns).
struct HiddenColumn: Sendable, Equatable {
  /// The column, rows in the sheet's stored order.
  let column: Column
  /// Its laid-out width.
  let width: Int
  /// The significant digits its doubles were shown with; nil for every digit.
  let significantDigits: Int?
  /// The name of the column it stood right of; nil when it was the first.
  let leftNeighbour: String?
  /// True when it was a pinned key column.
  let wasPinned: Bool
}
