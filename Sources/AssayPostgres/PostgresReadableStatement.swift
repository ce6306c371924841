import PostgresNIO

/// A statement rewritten so that every column of its result reads as psql shows it: the columns
/// whose type Assay does not read in PostgreSQL's binary format (postgres-nio asks every result in
/// it) are cast (`PostgresColumnType.cast`) in a `SELECT` around the statement, which keeps its
/// rows, their order and its column names. The result's types are learned first, by `describing`.
enum PostgresReadableStatement {
  /// A statement with the result of `sql` and no row: its columns' types, without reading a row.
  static func describing(_ sql: String) -> String {
    "SELECT * FROM (\n\(body(sql))\n) AS assay_described LIMIT 0"
  }

  /// `sql` with its columns of a type to cast (`columns`, as `describing` gave them) cast, nil
  /// when every column is read as it comes.
  static func readable(_ sql: String, columns: [PostgresColumn]) -> String? {
    let casts = columns.map { PostgresColumnType.cast($0.dataType) }
    guard casts.contains(where: { $0 != nil }) else { return nil }
    // The columns are renamed by their place, so that names written twice (`SELECT a, a`) or
    // never (`?column?`) are told apart, and given their own names back.
    let places = columns.indices.map { "c\($0 + 1)" }
    let selected = zip(columns, casts).enumerated().map { index, pair in
      let value = "assay_cast.\(places[index])" + (pair.1.map { "::" + $0 } ?? "")
      return value + " AS " + quoted(pair.0.name)
    }
    return "SELECT \(selected.joined(separator: ", ")) FROM (\n\(body(sql))\n) AS assay_cast("
      + places.joined(separator: ", ") + ")"
  }

  /// `sql` without the white space and semicolons that may end it.
  private static func body(_ sql: String) -> Substring {
    var text = sql[...]
    while let last = text.last, last.isWhitespace || last == ";" { text.removeLast() }
    return text
  }

  /// `name` as a quoted identifier.
  private static func quoted(_ name: String) -> String {
    "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
