import AssayCore

/// The findings of `PiiDetector` as tables people read: `assay pii`'s sheet, and the `pii` column
/// `assay describe --pii` adds.
public enum PiiSheet {
  /// One row per column: column, type, kind (empty when none), share, matches, cells.
  public static func table(_ findings: [PiiFinding], name: String) -> Table {
    Table(
      name: name,
      columns: [
        Column(name: "column", type: .string, values: findings.map { .string($0.column) }),
        Column(name: "type", type: .string, values: findings.map { .string($0.type.rawValue) }),
        kindColumn(findings, name: "kind"),
        Column(name: "share", type: .double, values: findings.map { .double(rounded($0.share)) }),
        Column(name: "matches", type: .int, values: findings.map { .int(Int64($0.matches)) }),
        Column(name: "cells", type: .int, values: findings.map { .int(Int64($0.cells)) }),
      ])
  }

  /// The columns' kinds (null where none), as a column named `name`.
  public static func kindColumn(_ findings: [PiiFinding], name: String) -> Column {
    Column(name: name, type: .string, values: findings.map { $0.kind.map { .string($0.rawValue) } ?? .null })
  }

  /// A share to four decimals, as the sheet shows it.
  private static func rounded(_ share: Double) -> Double { (share * 10_000).rounded() / 10_000 }
}
