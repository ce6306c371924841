import AssayCore

/// The JSON form of a listing's summary, for `assay ls --format json`.
enum ListingJSON {
  /// `{"files": N, "bytes": N, "folders": N, "links": N, "special": {...}, "groups": {...}, "kinds": {...}}`;
  /// kinds and special entries without any are left out; a database's tables or a workbook's
  /// sheets add `"tables": {"count": N, "rows": N, "bytes": N}`, rows null when none is known.
  static func summary(_ summary: CollectionSummary) -> String {
    func total(_ total: CollectionSummary.Total) -> String {
      "{\"files\": \(total.files), \"bytes\": \(total.bytes)}"
    }
    func object(_ pairs: [(String, String)]) -> String {
      "{" + pairs.map { "\(TableWriter.jsonString($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }
    let special = EntryKind.allCases.compactMap { kind in
      summary.special[kind].map { (kind.rawValue, "\($0)") }
    }
    let kinds = EntryKind.allCases.compactMap { kind in summary.kinds[kind].map { (kind.rawValue, total($0)) }
    }
    let groups = CollectionSummary.Group.allCases.map { ($0.rawValue, total(summary.total(of: $0))) }
    return
      "{\"files\": \(summary.all.files), \"bytes\": \(summary.all.bytes), \"folders\": \(summary.folders), "
      + "\"links\": \(summary.links),\n  \"special\": \(object(special)),\n  \"groups\": \(object(groups)),\n"
      + "  \"kinds\": \(object(kinds))"
      + (summary.tables.files == 0
        ? "}"
        : ",\n  \"tables\": {\"count\": \(summary.tables.files), \"rows\": \(summary.tablesWithRows > 0 ? String(summary.tableRows) : "null"), "
          + "\"bytes\": \(summary.tables.bytes)}}")
  }
}
